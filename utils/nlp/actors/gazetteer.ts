/** Gazetteer hits per token, a tagger feature (filled in once gazetteers are bundled). */
import type { Token } from '../tokenize';

/** Hashed gazetteer hit per token ("country:B" and the like), 0 where none. */
export function gazetteerHits(tokens: Token[]): Int32Array {
  return new Int32Array(tokens.length);
}
