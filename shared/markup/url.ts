/** A link target the portal may show: an absolute http(s) URL (opens in a new tab) or a relative portal path. */
export interface SafeLink {
  href: string;
  /** Absolute http(s): opened in a new tab. Relative: the portal's own page, same tab. */
  external: boolean;
}

// Characters a relative portal path may hold: no scheme (no ':'), no spaces, no quotes or angle brackets.
const RELATIVE_PATH = /^(?:\.{0,2}\/)?[A-Za-z0-9._~\-/?#=&%+]*$/;

/**
 * Checks a link target from the markup. Anything that is not http(s) or a relative path is refused
 * (javascript:, data:, vbscript:, mailto:, protocol-relative "//host", control characters, spaces).
 */
export function safeLink(raw: string): SafeLink | null {
  const url = raw.trim();
  if (url === '' || url.length > 2000) return null;
  // Control characters and whitespace inside: browsers strip some of them, which is how "java\tscript:" works.
  if ([...url].some((c) => c.charCodeAt(0) <= 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f)) || /\s/.test(url)) return null;
  if (/^https?:\/\//i.test(url)) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
      if (!parsed.hostname) return null;
      return { href: parsed.href, external: true };
    } catch {
      return null;
    }
  }
  if (url.startsWith('//') || url.startsWith('\\') || url.includes('\\')) return null;
  if (!RELATIVE_PATH.test(url)) return null;
  return { href: url, external: false };
}

/** Says which kind of link an editor typed: for the "opens in a new tab / in the portal" hint. */
export function linkKind(raw: string): 'external' | 'relative' | 'invalid' {
  const link = safeLink(raw);
  return link === null ? 'invalid' : link.external ? 'external' : 'relative';
}
