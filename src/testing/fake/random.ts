/**
 * Deterministic randomness: every id, token and generated value of a fake comes from a stream
 * seeded by a string, so the same options and the same requests give the same answers in every
 * run. Not for secrets: the fake's keys and tokens protect nothing.
 */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const HEX = '0123456789abcdef';

/** A 32-bit hash of a string (cyrb53's mixing, cut to 32 bits): seeds differ when strings differ. */
export function hashString(text: string, salt = 0): number {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 ^ h1) >>> 0;
}

/** A stream of pseudo-random numbers (sfc32): small, fast, and the same for the same seed. */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: string) {
    this.#a = hashString(seed, 1);
    this.#b = hashString(seed, 2);
    this.#c = hashString(seed, 3);
    this.#d = 1;
    for (let warmUp = 0; warmUp < 12; warmUp++) this.next();
  }

  /** A number in [0, 1). */
  next(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** A whole number in [0, below). */
  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** `length` characters drawn from `alphabet`. */
  chars(length: number, alphabet: string): string {
    let text = '';
    for (let index = 0; index < length; index++) text += alphabet[this.int(alphabet.length)];
    return text;
  }

  /** An id in Clerk's form: the prefix, an underscore, 27 letters and digits (`user_2xhF…`). */
  id(prefix: string): string {
    return `${prefix}_${this.chars(27, BASE62)}`;
  }

  /** An id of Clerk's machine-auth form: the prefix, an underscore, 32 hex digits (`ak_3bee…`). */
  hexId(prefix: string): string {
    return `${prefix}_${this.chars(32, HEX)}`;
  }

  base62(length: number): string {
    return this.chars(length, BASE62);
  }

  hex(length: number): string {
    return this.chars(length, HEX);
  }
}
