/**
 * Seeded random numbers: xoshiro128** (Blackman & Vigna 2018) with its state in an Int32Array
 * (Chromium boxes int state kept in closures or fields: ~12x slower per draw, bench kit §7).
 *
 * Streams. Every (iteration, stream key) pair gets its own generator state, derived by hashing
 * the run seed, the iteration number and the key. So results do not depend on how iterations
 * are split over workers or chunks, any single iteration can be replayed exactly, and an item
 * (step, event, parameter) keeps its random numbers when other items are added, removed or
 * changed (common random numbers across paths and across variants of a scenario).
 */
export const GENERATOR_NAME = 'xoshiro128** per (iteration, item) stream, lowbias32 seeding';

/** lowbias32 (C. Wellons, "Prospecting for hash functions", 2018): a bijective 32-bit mixer. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x | 0;
}

/** 32-bit FNV-1a of a string, then mixed: the stable stream key of an item id. */
export function streamKeyOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

const TWO_M32 = 2.3283064365386963e-10; // 2^-32

export class Random {
  /** xoshiro128** state words. */
  readonly s = new Int32Array(4);
  /** Per-run keys (from the seed) and per-iteration keys (from the run keys and iteration). */
  private readonly runKeys = new Int32Array(4);
  private readonly iterationKeys = new Int32Array(4);

  constructor(seed = 0) {
    this.setSeed(seed);
  }

  setSeed(seed: number): void {
    for (let k = 0; k < 4; k++)
      this.runKeys[k] = mix32(mix32((seed >>> 0) ^ Math.imul(k + 1, 0x9e3779b9)) + k);
    this.setIteration(0);
  }

  /** Select the iteration whose streams `setStream` then opens. */
  setIteration(iteration: number): void {
    // For each k, iteration -> key is a bijection, so iterations never share a key word.
    for (let k = 0; k < 4; k++) this.iterationKeys[k] = mix32(this.runKeys[k]! ^ iteration);
  }

  /** Position the generator at the start of the stream `key` of the current iteration. */
  setStream(key: number): void {
    const s = this.s;
    const ik = this.iterationKeys;
    const kk = Math.imul(key, 0x85ebca6b); // a bijection of the key (odd multiplier)
    s[0] = mix32(ik[0]! + kk);
    s[1] = mix32(ik[1]! ^ kk);
    s[2] = mix32(ik[2]! - kk);
    s[3] = mix32(ik[3]! + Math.imul(kk, 0x27d4eb2f));
    if ((s[0] | s[1] | s[2] | s[3]) === 0) s[0] = 1;
  }

  /** Next raw output as a signed 32-bit integer. */
  nextInt(): number {
    const s = this.s;
    const a = s[0]!;
    const b = s[1]!;
    let c = s[2]!;
    let d = s[3]!;
    const t = b << 9;
    let r = Math.imul(b, 5);
    r = Math.imul((r << 7) | (r >>> 25), 9);
    c ^= a;
    d ^= b;
    s[1] = b ^ c;
    s[0] = a ^ d;
    s[2] = c ^ t;
    s[3] = (d << 11) | (d >>> 21);
    return r;
  }

  /** Uniform on the open interval (0, 1) with 32-bit resolution. */
  uniform(): number {
    return ((this.nextInt() >>> 0) + 0.5) * TWO_M32;
  }
}
