import ipaddr from 'ipaddr.js';

/**
 * IP-range rules: which workstation addresses may reach staff functions. Pure functions used by the server's guard,
 * by validation and by the Network screen's "would this lock me out?" warning.
 */
type Addr = ipaddr.IPv4 | ipaddr.IPv6;

/** Parses an address; an IPv4-mapped IPv6 address (::ffff:10.1.2.3) becomes its IPv4 form. */
export function parseAddress(text: string): Addr | null {
  const trimmed = text.trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  // Only dotted-quad IPv4: ipaddr also accepts old shorthand like "10.0.0", which nobody means here.
  if (!trimmed.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(trimmed)) return null;
  if (!ipaddr.isValid(trimmed)) return null;
  const addr = ipaddr.parse(trimmed);
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (addr as ipaddr.IPv6).toIPv4Address();
  }
  return addr;
}

/** Parses "a.b.c.d/n", "x::/n" or a single address (as /32 or /128). */
export function parseRange(text: string): [Addr, number] | null {
  const t = text.trim();
  if (t.includes('/')) {
    const [base, bits] = t.split('/');
    if (base === undefined || bits === undefined || !/^\d{1,3}$/.test(bits)) return null;
    const addr = parseAddress(base);
    if (!addr) return null;
    let prefix = Number(bits);
    // A mapped IPv6 range ::ffff:a.b.c.d/n is the IPv4 range a.b.c.d/(n-96).
    if (addr.kind() === 'ipv4' && base.includes(':')) prefix -= 96;
    const max = addr.kind() === 'ipv4' ? 32 : 128;
    if (prefix < 0 || prefix > max) return null;
    return [addr, prefix];
  }
  const addr = parseAddress(t);
  if (!addr) return null;
  return [addr, addr.kind() === 'ipv4' ? 32 : 128];
}

export function isValidCidrOrAddress(text: string): boolean {
  return parseRange(text) !== null;
}

/** Canonical text of a range, for storage and display (10.0.0.0/8, 2001:db8::/32, 192.168.1.5). */
export function normalizeRange(text: string): string {
  const r = parseRange(text);
  if (!r) throw new Error(`Ongeldig IP-bereik: ${text}`);
  const [addr, prefix] = r;
  const full = addr.kind() === 'ipv4' ? 32 : 128;
  return prefix === full ? addr.toString() : `${addr.toString()}/${prefix}`;
}

export function rangeContains(range: string, address: string): boolean {
  const r = parseRange(range);
  const a = parseAddress(address);
  if (!r || !a) return false;
  const [base, prefix] = r;
  if (base.kind() !== a.kind()) return false;
  return a.match(base, prefix);
}

export function isLoopback(address: string): boolean {
  const a = parseAddress(address);
  return a !== null && a.range() === 'loopback';
}

export interface RangeRule {
  cidr: string;
  admin: boolean;
  kcc: boolean;
}

/**
 * Whether a staff member with these roles may connect from `address`.
 * No ranges at all: anywhere. Loopback: always, unless `loopbackExempt` is false: the server passes false
 * when the address came from X-Forwarded-For, because only a connection from the server host itself is
 * exempt, never a proxy's word for it. Otherwise the address must sit in a range flagged for one of the
 * staff member's role groups (admin → "admin"; kcc, kcc-admin, helpdesk → "kcc").
 * With `roles` unknown (before sign-in) any range counts.
 */
export function isAddressAllowed(
  address: string,
  ranges: readonly RangeRule[],
  roles?: readonly string[],
  opts: { loopbackExempt?: boolean } = {},
): boolean {
  if (ranges.length === 0) return true;
  if ((opts.loopbackExempt ?? true) && isLoopback(address)) return true;
  const wantsAdmin = roles ? roles.includes('admin') : true;
  const wantsKcc = roles ? roles.some((r) => r !== 'admin') : true;
  return ranges.some((r) => ((wantsAdmin && r.admin) || (wantsKcc && r.kcc)) && rangeContains(r.cidr, address));
}

/** Display form of a peer address: IPv4-mapped IPv6 shown as plain IPv4. */
export function displayAddress(address: string): string {
  const a = parseAddress(address);
  return a ? a.toString() : address;
}
