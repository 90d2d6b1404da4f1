/**
 * The generator's only source of randomness.
 *
 * A benchmark must measure the same register every time it runs, so the same seed has to give
 * byte-identical files. `Math.random` cannot be seeded; this module wraps a small seeded PRNG
 * (mulberry32) in draws that read as intent at the call site ("pick a working group", "with
 * probability 0.3"), and every other module takes its choices from one `Random` passed in.
 */

/**
 * mulberry32: a 32-bit PRNG that is fast, trivial to seed and plenty for synthetic data.
 * Returns a function giving numbers in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws over one seeded PRNG stream. */
export class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** A number in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer from `lo` to `hi`, both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Up to `count` distinct elements, in the list's order, so the output is stable and readable. */
  sample<T>(items: readonly T[], count: number): T[] {
    const indexes = items.map((_, i) => i);
    const chosen: number[] = [];
    for (let k = 0; k < Math.min(count, items.length); k++) {
      // A partial Fisher-Yates shuffle: each draw swaps a not-yet-chosen index into place.
      const j = k + Math.floor(this.next() * (indexes.length - k));
      const tmp = indexes[k] as number;
      indexes[k] = indexes[j] as number;
      indexes[j] = tmp;
      chosen.push(indexes[k] as number);
    }
    return chosen.sort((a, b) => a - b).map((i) => items[i] as T);
  }

  /** One key of a table of weights, chosen in proportion to its weight. */
  weighted<K>(weights: readonly (readonly [K, number])[]): K {
    if (weights.length === 0) throw new Error('cannot choose from an empty table of weights');
    const total = weights.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [key, w] of weights) {
      r -= w;
      if (r < 0) return key;
    }
    return (weights[weights.length - 1] as readonly [K, number])[0];
  }
}
