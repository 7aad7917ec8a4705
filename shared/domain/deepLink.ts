import type { DeepLink } from '../bridge';

/** Longer than any valid link by a wide margin; anything beyond is refused before matching. */
const MAX_LENGTH = 64;

/**
 * The only accepted shape: kcc://customer/HM-nnnnn(n), optional trailing slash. Matching the raw
 * string (not a URL parser) keeps out percent-encoding, queries, fragments, credentials and ports.
 */
const CUSTOMER_LINK = /^kcc:\/\/customer\/hm-(\d{5,6})\/?$/i;

/** Parses a kcc:// deep link; null for anything that is not exactly a customer link. */
export function parseDeepLink(url: unknown): DeepLink | null {
  if (typeof url !== 'string' || url.length > MAX_LENGTH) return null;
  const match = CUSTOMER_LINK.exec(url);
  const digits = match?.[1];
  if (!digits) return null;
  return { kind: 'customer', customerNumber: `HM-${digits}` };
}
