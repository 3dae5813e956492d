// A small deterministic PRNG (sfc32) seeded from (seed, target, case index), so any case can be
// regenerated from its three numbers alone: by the parent when it must save what a child ran.
import { createHash } from 'node:crypto';

export class Rng {
  #a; #b; #c; #d;

  /** @param {string} key any string; the same key gives the same sequence */
  constructor(key) {
    const h = createHash('sha256').update(key).digest();
    this.#a = h.readUInt32LE(0);
    this.#b = h.readUInt32LE(4);
    this.#c = h.readUInt32LE(8);
    this.#d = h.readUInt32LE(12);
    for (let i = 0; i < 12; i++) this.u32();
  }

  static forCase(seed, target, index) {
    return new Rng(`${seed}:${target}:${index}`);
  }

  u32() {
    const t = (((this.#a + this.#b) >>> 0) + this.#d) >>> 0;
    this.#d = (this.#d + 1) >>> 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) >>> 0;
    this.#c = ((this.#c << 21) | (this.#c >>> 11)) >>> 0;
    this.#c = (this.#c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  float() {
    return this.u32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n) {
    return Math.floor(this.float() * n);
  }

  /** An integer in [lo, hi]. */
  range(lo, hi) {
    return lo + this.int(hi - lo + 1);
  }

  chance(p) {
    return this.float() < p;
  }

  pick(arr) {
    return arr[this.int(arr.length)];
  }

  /** A size that is usually small and sometimes large (log-uniform up to max). */
  size(max) {
    return Math.floor(Math.exp(this.float() * Math.log(max + 1)));
  }
}
