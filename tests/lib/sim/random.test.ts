import { describe, expect, it } from 'vitest';
import { GENERATOR_NAME, mix32, Random, streamKeyOf } from '../../../src/lib/sim/random';
import {
  draw,
  expectMoments,
  expectWithin,
  ksStatistic,
  KS_CRITICAL,
  sampleMoments,
  streamAt,
  uniformMoments,
  Z,
} from './sample-stats';

const N = 50_000;

/** Inverse of lowbias32 (C. Wellons, hash-prospector): proves mix32 is a bijection where it holds. */
function unmix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x43021123);
  x ^= (x >>> 15) ^ (x >>> 30);
  x = Math.imul(x, 0x1d69e2a5);
  x ^= x >>> 16;
  return x | 0;
}

/** xoshiro128** written from the reference C code with unsigned arithmetic. */
function referenceXoshiro128ss(state: [number, number, number, number]): () => number {
  const s = state.map((v) => v >>> 0);
  const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;
  return () => {
    const result = Math.imul(rotl(Math.imul(s[1]!, 5) >>> 0, 7), 9) >>> 0;
    const t = (s[1]! << 9) >>> 0;
    s[2] = (s[2]! ^ s[0]!) >>> 0;
    s[3] = (s[3]! ^ s[1]!) >>> 0;
    s[1] = (s[1]! ^ s[2]!) >>> 0;
    s[0] = (s[0]! ^ s[3]!) >>> 0;
    s[2] = (s[2]! ^ t) >>> 0;
    s[3] = rotl(s[3]!, 11);
    return result;
  };
}

const firstInts = (rng: Random, count = 8): number[] => Array.from({ length: count }, () => rng.nextInt());

describe('Random', () => {
  it('names its generator', () => {
    expect(GENERATOR_NAME).toMatch(/xoshiro128\*\*/);
  });

  it('nextInt follows the xoshiro128** reference from a given state', () => {
    const rng = new Random(0);
    rng.s.set([1, 2, 3, 4]);
    const ref = referenceXoshiro128ss([1, 2, 3, 4]);
    // The first outputs of xoshiro128** from state {1, 2, 3, 4} are 11520 and 0.
    expect(rng.nextInt() >>> 0).toBe(11520);
    expect(ref()).toBe(11520);
    expect(rng.nextInt() >>> 0).toBe(0);
    expect(ref()).toBe(0);
    const got = Array.from({ length: 10_000 }, () => rng.nextInt() >>> 0);
    const want = Array.from({ length: 10_000 }, () => ref());
    expect(got).toEqual(want);
  });

  it('nextInt returns signed 32-bit integers', () => {
    const rng = streamAt(1, 1);
    let negatives = 0;
    for (let i = 0; i < 1000; i++) {
      const x = rng.nextInt();
      expect(x).toBe(x | 0);
      if (x < 0) negatives++;
    }
    expect(negatives).toBeGreaterThan(400);
    expect(negatives).toBeLessThan(600);
  });

  it('uniform() returns numbers in the open interval (0, 1)', () => {
    const rng = streamAt(3, 9);
    const s = sampleMoments(draw(N, () => rng.uniform()));
    expect(s.min).toBeGreaterThan(0);
    expect(s.max).toBeLessThan(1);
  });

  it('uniform() stays strictly inside (0, 1) at the extreme raw outputs 0 and 2^32 - 1', () => {
    class Fixed extends Random {
      constructor(private readonly raw: number) {
        super(0);
      }
      override nextInt(): number {
        return this.raw;
      }
    }
    const low = new Fixed(0).uniform();
    const high = new Fixed(-1).uniform();
    expect(low).toBeGreaterThan(0);
    expect(low).toBe(2 ** -33);
    expect(high).toBeLessThan(1);
    expect(high).toBe(1 - 2 ** -33);
  });

  it('uniform() has mean 1/2 and variance 1/12', () => {
    const rng = streamAt(42, streamKeyOf('uniform'));
    const xs = draw(N, () => rng.uniform());
    // Uniform(0, 1): kurtosis 9/5, so the variance's standard error is sqrt((1/80 - 1/144) / n).
    expectMoments(xs, uniformMoments(0, 1), { skewness: true });
    const s = sampleMoments(xs);
    expectWithin(s.mean, 1 / 2, Z * Math.sqrt(1 / 12 / N), 'mean');
    expectWithin(s.variance, 1 / 12, Z * Math.sqrt((1 / 80 - 1 / 144) / N), 'variance');
  });

  it('uniform() passes a Kolmogorov-Smirnov test against Uniform(0, 1)', () => {
    const rng = streamAt(7, 123);
    expect(
      ksStatistic(
        draw(N, () => rng.uniform()),
        (x) => x,
      ),
    ).toBeLessThan(KS_CRITICAL);
  });

  it('every bit of nextInt is set about half of the time', () => {
    const rng = streamAt(11, 5);
    const ones = new Array<number>(32).fill(0);
    for (let i = 0; i < N; i++) {
      const x = rng.nextInt();
      for (let b = 0; b < 32; b++) ones[b]! += (x >>> b) & 1;
    }
    for (let b = 0; b < 32; b++) expectWithin(ones[b]! / N, 0.5, Z * Math.sqrt(0.25 / N), `bit ${b}`);
  });

  it('consecutive uniforms of one stream are uncorrelated', () => {
    const rng = streamAt(5, 77);
    const xs = draw(N + 1, () => rng.uniform());
    let sxy = 0;
    for (let i = 0; i < N; i++) sxy += (xs[i]! - 0.5) * (xs[i + 1]! - 0.5);
    // Lag-1 autocorrelation of independent draws has standard error 1/sqrt(n).
    expectWithin(sxy / N / (1 / 12), 0, Z / Math.sqrt(N), 'lag-1 correlation');
  });

  it('the first draws of neighbouring streams and iterations are uniform and uncorrelated', () => {
    // The engine opens many streams per iteration and takes few draws from each, so the quality
    // that matters is across (iteration, key) pairs, not along one stream.
    const rng = new Random(2024);
    const n = 20_000;
    const a = new Float64Array(n);
    const b = new Float64Array(n);
    const c = new Float64Array(n);
    for (let it = 0; it < n; it++) {
      rng.setIteration(it);
      rng.setStream(1);
      a[it] = rng.uniform();
      rng.setStream(2);
      b[it] = rng.uniform();
      rng.setIteration(it + 1);
      rng.setStream(1);
      c[it] = rng.uniform();
    }
    const corr = (x: Float64Array, y: Float64Array) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += (x[i]! - 0.5) * (y[i]! - 0.5);
      return s / n / (1 / 12);
    };
    expectMoments(a, uniformMoments(0, 1));
    expectMoments(b, uniformMoments(0, 1));
    expect(ksStatistic(a, (x) => x)).toBeLessThan(KS_CRITICAL);
    expectWithin(corr(a, b), 0, Z / Math.sqrt(n), 'correlation of streams 1 and 2');
    // c[i] is stream 1 of iteration i + 1, so pairing a with c compares neighbouring iterations.
    expectWithin(corr(a, c), 0, Z / Math.sqrt(n), 'correlation of iterations i and i + 1');
    expect(c.subarray(0, n - 1)).toEqual(a.subarray(1));
  });

  it('the same seed, iteration and stream give the identical sequence', () => {
    const a = streamAt(123, 456, 7);
    const b = streamAt(123, 456, 7);
    const xs = draw(1000, () => a.uniform());
    const ys = draw(1000, () => b.uniform());
    expect(ys).toEqual(xs);
  });

  it('setStream rewinds to the start of the stream, whatever was drawn before', () => {
    const rng = streamAt(9, 1, 3);
    const first = firstInts(rng);
    rng.setStream(2);
    firstInts(rng, 50);
    rng.setStream(1);
    expect(firstInts(rng)).toEqual(first);
  });

  it('an iteration is reproduced without visiting the iterations before it', () => {
    const walked = new Random(17);
    for (let it = 0; it <= 5; it++) {
      walked.setIteration(it);
      walked.setStream(99);
      firstInts(walked, 3);
    }
    walked.setIteration(5);
    walked.setStream(99);
    expect(firstInts(walked)).toEqual(firstInts(streamAt(17, 99, 5)));
  });

  it('setSeed gives the same generator as constructing with that seed', () => {
    const a = new Random();
    a.setSeed(31337);
    a.setStream(4);
    expect(firstInts(a)).toEqual(firstInts(streamAt(31337, 4, 0)));
  });

  it('the default seed is 0', () => {
    const a = new Random();
    a.setStream(4);
    expect(firstInts(a)).toEqual(firstInts(streamAt(0, 4, 0)));
  });

  it('a different seed gives a different sequence', () => {
    const base = firstInts(streamAt(1, 10, 0));
    for (const seed of [0, 2, 3, 1000, 2 ** 31, 2 ** 32 - 1]) {
      expect(firstInts(streamAt(seed, 10, 0))).not.toEqual(base);
    }
  });

  it('a different iteration gives a different sequence', () => {
    const seen = new Set<string>();
    for (let it = 0; it < 1000; it++) seen.add(firstInts(streamAt(1, 10, it), 2).join());
    expect(seen.size).toBe(1000);
  });

  it('a different stream key gives a different sequence', () => {
    const rng = new Random(1);
    const seen = new Set<string>();
    const keys = [
      ...Array.from({ length: 1000 }, (_, i) => i - 500),
      ...Array.from({ length: 1000 }, (_, i) => streamKeyOf(`item:${i}`)),
    ];
    for (const key of keys) {
      rng.setStream(key);
      seen.add(firstInts(rng, 2).join());
    }
    expect(seen.size).toBe(keys.length);
  });

  it('no stream starts in the all-zero state, which xoshiro cannot leave', () => {
    const rng = new Random(0);
    for (let key = -1000; key < 1000; key++) {
      rng.setStream(key);
      expect(rng.s[0]! | rng.s[1]! | rng.s[2]! | rng.s[3]!).not.toBe(0);
    }
  });
});

describe('mix32', () => {
  it('mix32 has no collisions among 100,000 consecutive inputs', () => {
    const seen = new Set<number>();
    for (let x = 0; x < 100_000; x++) seen.add(mix32(x));
    expect(seen.size).toBe(100_000);
  });

  it('mix32 is undone by the inverse of lowbias32, so it is a bijection on 32-bit integers', () => {
    const rng = streamAt(8, 8);
    const inputs = [
      0,
      1,
      -1,
      0x7fffffff,
      -0x80000000,
      ...Array.from({ length: 10_000 }, () => rng.nextInt()),
    ];
    expect(inputs.map((x) => unmix32(mix32(x)))).toEqual(inputs);
  });

  it('mix32 returns signed 32-bit integers and maps 0 to 0', () => {
    expect(mix32(0)).toBe(0);
    for (const x of [1, 2, 12345, -7, 2 ** 32 - 1]) expect(mix32(x)).toBe(mix32(x) | 0);
  });

  it('mix32 changes about half of the output bits when one input bit flips (avalanche)', () => {
    const rng = streamAt(21, 21);
    let flips = 0;
    let trials = 0;
    for (let i = 0; i < 2000; i++) {
      const x = rng.nextInt();
      for (let b = 0; b < 32; b++) {
        let d = mix32(x) ^ mix32(x ^ (1 << b));
        for (; d !== 0; d &= d - 1) flips++;
        trials++;
      }
    }
    expectWithin(flips / trials, 16, 0.1, 'mean bits flipped');
  });
});

describe('streamKeyOf', () => {
  it('streamKeyOf is 32-bit FNV-1a of the text, then mix32', () => {
    // FNV-1a test vectors: "" -> 0x811c9dc5, "a" -> 0xe40c292c, "foobar" -> 0xbf9cf968.
    expect(streamKeyOf('')).toBe(mix32(0x811c9dc5));
    expect(streamKeyOf('a')).toBe(mix32(0xe40c292c));
    expect(streamKeyOf('foobar')).toBe(mix32(0xbf9cf968));
  });

  it('streamKeyOf is stable and tells similar ids apart', () => {
    expect(streamKeyOf('item:step-1')).toBe(streamKeyOf('item:step-1'));
    const keys = new Set<number>();
    for (let i = 0; i < 10_000; i++) keys.add(streamKeyOf(`item:${i}`));
    expect(keys.size).toBe(10_000);
  });
});
