/**
 * The actor stage's mentions laid over the tokens, as a small class per token, so the claim
 * taggers know where names, pronouns and descriptions are: a source is mostly one of them, and a
 * cue mostly follows or precedes one.
 */
import type { Actor } from '../types';
import type { Token } from '../tokenize';

const TYPE_CLASS: Record<string, number> = { person: 1, organization: 2, place: 3, other: 4 };

/**
 * Per token: 0 outside every mention; a name's type (1 person, 2 organisation, 3 place, 4 other),
 * 5 for a pronoun, the type plus 8 for a description; plus 16 on a mention's first token.
 */
export function mentionClasses(tokens: Token[], actors: readonly Actor[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  const spans: { start: number; end: number; cls: number }[] = [];
  for (const a of actors) {
    for (const m of a.mentions) {
      const type = TYPE_CLASS[m.type ?? a.type] ?? 4;
      const cls = m.form === 'pronoun' ? 5 : m.form === 'description' ? type + 8 : type;
      spans.push({ start: m.start, end: m.end, cls });
    }
  }
  spans.sort((x, y) => x.start - y.start);
  let t = 0;
  for (const s of spans) {
    while (t > 0 && tokens[t - 1]!.end > s.start) t--;
    while (t < tokens.length && tokens[t]!.end <= s.start) t++;
    for (let i = t; i < tokens.length && tokens[i]!.start < s.end; i++) {
      if (tokens[i]!.end > s.end) break;
      out[i] = s.cls + (i === t ? 16 : 0);
    }
  }
  return out;
}
