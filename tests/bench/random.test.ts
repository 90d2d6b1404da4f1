/**
 * The benchmark's register must be the same every run, so all its randomness comes from one
 * seeded PRNG. These tests pin the PRNG's determinism and the ranges of its draws.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32, Random } from '../../scripts/bench/generate/random';

const draws = (seed: number, count = 50) => Array.from({ length: count }, mulberry32(seed));

describe('the seeded PRNG', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    expect(draws(1)).toEqual(draws(1));
    expect(draws(2)).not.toEqual(draws(1));
  });

  it('stays in [0, 1)', () => {
    for (const x of draws(7, 10_000)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('Random', () => {
  it('draws whole numbers in the range given, both ends included', () => {
    const rng = new Random(3);
    const seen = new Set(Array.from({ length: 1000 }, () => rng.int(2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('samples distinct items in the list order', () => {
    const rng = new Random(4);
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (let k = 0; k < 100; k++) {
      const sample = rng.sample(items, 3);
      expect(new Set(sample).size).toBe(3);
      expect(sample).toEqual([...sample].sort((x, y) => items.indexOf(x) - items.indexOf(y)));
    }
    expect(rng.sample(items, 10)).toEqual(items);
  });

  it('never picks a key of weight zero', () => {
    const rng = new Random(5);
    for (let k = 0; k < 1000; k++) expect(rng.weighted([['never', 0], ['a', 1], ['b', 2]] as const)).not.toBe('never');
  });

  it('refuses to pick from nothing', () => {
    expect(() => new Random(6).pick([])).toThrow(/empty/);
  });
});
