// Small, fast, seedable PRNG (sfc32). Math.random is not seedable, and the demo data must be
// identical for the same seed, so every random choice in the seed goes through this.

/** Mixes two integers into a well-spread 32-bit seed (murmur3 finaliser). */
export function mix(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class Rng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(seed = 1) {
    this.reseed(seed, 0);
  }

  /**
   * Restarts the stream for (seed, stream). The seed reseeds per household so household i
   * looks the same whatever the total count (HM-000001 is the same in a 300 and a 1 M seed).
   */
  reseed(seed: number, stream: number): void {
    this.a = mix(seed, stream);
    this.b = mix(this.a, 0x1b873593);
    this.c = mix(this.b, 0xe6546b64);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.u32();
  }

  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks from [item, weight] pairs. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  }

  /** Digits as a string, leading zeros allowed. */
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(48 + Math.floor(this.next() * 10));
    return s;
  }

  /** 64 hex characters: shaped like a sha256, but derived from the seed, never a real secret. */
  hex64(): string {
    let s = '';
    for (let i = 0; i < 8; i++) s += this.u32().toString(16).padStart(8, '0');
    return s;
  }
}
