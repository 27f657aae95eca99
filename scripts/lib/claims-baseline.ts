/**
 * The comparison baseline the project keeps: a plain reporting-verb rule set. One cue per
 * sentence (the first lexicon verb or "according to"); source is the noun phrase right before
 * the cue, or right after it in "..., said Smith"; content is the rest of the sentence on the
 * other side of the cue. No learning, no quotes across sentences.
 */
import type { Token } from '../../utils/nlp/tokenize';
import type { Sentence } from '../../utils/nlp/sentences';
import type { PredAttribution } from './claims-metrics';

const STEMS = (
  'say said says saying tell told tells telling claim claimed claims claiming deny denied denies ' +
  'denying accuse accused accuses accusing allege alleged alleges alleging warn warned warns ' +
  'insist insisted insists argue argued argues add added adds note noted notes believe believed ' +
  'believes think thought thinks announce announced announces report reported reports write wrote ' +
  'writes explain explained explains suggest suggested suggests acknowledge acknowledged admits ' +
  'admit admitted state stated states declare declared declares vow vowed vows promise promised ' +
  'promises predict predicted predicts indicate indicated indicates emphasize emphasized stress ' +
  'stressed contend contended asked asks ask confirmed confirms confirm reject rejected rejects ' +
  'tweeted tweets wants wanted want hopes hoped hope expects expected expect'
).split(' ');
const CUES = new Set(STEMS);
const STOP = new Set([',', '.', ';', ':', '"', '“', '”', '(', ')', '—', '--', 'and', 'but']);

function lower(tokens: Token[], i: number): string {
  return tokens[i]?.text.toLowerCase() ?? '';
}

/** Finds attributions with the reporting-verb rules; linear in the number of tokens. */
export function baselineClaims(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
): PredAttribution[] {
  const out: PredAttribution[] = [];
  for (const s of sentences) {
    let cue = -1;
    let cueEnd = -1;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const w = lower(tokens, i);
      if (w === 'according' && lower(tokens, i + 1) === 'to') {
        cue = i;
        cueEnd = i + 2;
        break;
      }
      if (CUES.has(w)) {
        cue = i;
        cueEnd = i + 1;
        break;
      }
    }
    if (cue < 0) continue;
    const span = (a: number, b: number) =>
      b > a ? { start: tokens[a]!.start, end: tokens[b - 1]!.end } : null;
    let last = s.tokenEnd;
    while (last > cueEnd && /^[.!?]$/.test(tokens[last - 1]!.text)) last--;
    // "..., Smith said" / "..., said Smith": content is everything before the cue.
    let before = cue;
    while (before > s.tokenStart && !STOP.has(tokens[before - 1]!.text)) before--;
    const inverted = before > s.tokenStart + 2 && tokens[before - 1]!.text === ',';
    if (inverted) {
      let after = cueEnd;
      while (after < last && !STOP.has(tokens[after]!.text)) after++;
      out.push({
        cue: span(cue, cueEnd)!,
        source: span(before, cue) ?? span(cueEnd, after),
        content: [span(s.tokenStart, before - 1)!],
      });
      continue;
    }
    if (tokens[cue]!.text.toLowerCase() === 'according') {
      // "According to X, content" or "content, according to X".
      let after = cueEnd;
      while (after < last && !STOP.has(tokens[after]!.text)) after++;
      const rest = span(after + 1, last);
      const head = span(s.tokenStart, before > s.tokenStart ? before - 1 : before);
      const content = rest ?? head;
      out.push({
        cue: span(cue, cueEnd)!,
        source: span(cueEnd, after),
        content: content ? [content] : [],
      });
      continue;
    }
    // PolNeAR counts "that" as part of the content.
    const content = span(cueEnd, last);
    out.push({
      cue: span(cue, cueEnd)!,
      source: span(before, cue),
      content: content ? [content] : [],
    });
  }
  void text;
  return out;
}
