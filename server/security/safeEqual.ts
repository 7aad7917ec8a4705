import { timingSafeEqual } from 'node:crypto';

/** Compares two hex digests (or any strings) without leaking where they differ. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
