// A small seeded PRNG for the demo and benchmark data: the same seed always gives the same clinic.
// mulberry32 (Tommy Ettinger's 32-bit generator): tiny, fast and good enough for sample data;
// Math.random can be neither seeded nor repeated, so it is never used here.

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** One of `entries`, each as likely as its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** `count` distinct items of `list`, in random order. */
  sample<T>(list: readonly T[], count: number): T[];
  /** Roughly normal (sum of three uniforms): enough for "about 5, give or take 1". */
  around(mean: number, spread: number): number;
  /** An independent stream for one part of the data, so adding draws elsewhere does not reshuffle it. */
  fork(label: string): Rng;
}

/** FNV-1a: a seed from any text ("42", "demo"), so the CLI takes words as well as numbers. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function createRng(seed: number | string): Rng {
  const base = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed);
  const next = mulberry32(base);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => {
      if (list.length === 0) throw new Error('pick from an empty list');
      return list[Math.floor(next() * list.length)]!;
    },
    weighted: (entries) => {
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [value, weight] of entries) {
        r -= weight;
        if (r < 0) return value;
      }
      return entries[entries.length - 1]![0];
    },
    sample: (list, count) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, Math.max(0, Math.min(count, copy.length)));
    },
    around: (mean, spread) => mean + ((next() + next() + next()) / 3 - 0.5) * 2 * spread,
    fork: (label) => createRng(hashSeed(`${base}:${label}`)),
  };
  return rng;
}
