import type { IpRange } from '../../../../shared/api/ipRanges';
import type { StaffAddress } from '../../../../shared/api/staff';
import { isAddressAllowed, normalizeRange, type RangeRule } from '../../../../shared/domain/cidr';

/** What a change to the IP ranges means for the workstation making it. */
export type LockoutRisk =
  | { kind: 'none' }
  /** This workstation would be refused right after the change. */
  | { kind: 'lockout'; address: string }
  /** Working on the server itself (always allowed), but the change narrows access for everyone else. */
  | { kind: 'loopback'; address: string }
  /** The change narrows access and we could not learn our own address. */
  | { kind: 'unknown' };

export type RangeChange =
  | { kind: 'add'; rule: RangeRule }
  | { kind: 'edit'; id: number; rule: RangeRule }
  | { kind: 'delete'; id: number };

function canonical(rule: RangeRule): string {
  let cidr = rule.cidr;
  try {
    cidr = normalizeRange(rule.cidr);
  } catch {
    // An invalid range never reaches this point (validated first); keep the text as it is.
  }
  return `${cidr}|${rule.admin ? 1 : 0}|${rule.kcc ? 1 : 0}`;
}

export function rangesAfter(ranges: readonly IpRange[], change: RangeChange): RangeRule[] {
  const rules = (list: readonly IpRange[]) => list.map(({ cidr, admin, kcc }) => ({ cidr, admin, kcc }));
  switch (change.kind) {
    case 'add':
      return [...rules(ranges), change.rule];
    case 'edit':
      return ranges.map((r) => (r.id === change.id ? change.rule : { cidr: r.cidr, admin: r.admin, kcc: r.kcc }));
    case 'delete':
      return rules(ranges.filter((r) => r.id !== change.id));
  }
}

/**
 * Whether the change can take access away from anyone: from "no ranges" (anywhere) to some, or a rule that
 * disappears or changes. Adding a range next to existing ones, or editing only a description, only widens.
 */
export function narrowsAccess(before: readonly RangeRule[], after: readonly RangeRule[]): boolean {
  if (after.length === 0) return false;
  if (before.length === 0) return true;
  const kept = new Set(after.map(canonical));
  return before.some((r) => !kept.has(canonical(r)));
}

/** The lock-out check: isAddressAllowed on the ranges as they would be after the change, with my roles. */
export function lockoutRisk(
  me: StaffAddress | null,
  ranges: readonly IpRange[],
  change: RangeChange,
  roles: readonly string[],
): LockoutRisk {
  const before = rangesAfter(ranges, { kind: 'delete', id: -1 });
  const after = rangesAfter(ranges, change);
  if (!narrowsAccess(before, after)) return { kind: 'none' };
  if (!me) return { kind: 'unknown' };
  if (me.loopback) return { kind: 'loopback', address: me.address };
  return isAddressAllowed(me.address, after, roles) ? { kind: 'none' } : { kind: 'lockout', address: me.address };
}
