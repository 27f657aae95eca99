/** Shared test material: the seed article's body text and a seeded random generator. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Body text of the seed article (blocks separated by blank lines). */
export const SEED_TEXT = readFileSync(join(__dirname, '../../fixtures/seed-article.txt'), 'utf8');

/** Deterministic PRNG in [0, 1) so that failures reproduce. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Offsets of `needle` in `text`; throws when it is missing so tests never pass vacuously. */
export function spanOf(text: string, needle: string, from = 0): [number, number] {
  const start = text.indexOf(needle, from);
  if (start === -1) throw new Error(`fixture lacks ${JSON.stringify(needle)}`);
  return [start, start + needle.length];
}
