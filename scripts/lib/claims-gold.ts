/**
 * Gold PolNeAR attributions projected onto project tokens: cue BIO labels, source/content
 * BIO labels and cue token ranges. A token takes a role when its middle lies inside the range.
 */
import type { Token } from '../../utils/nlp/tokenize';
import { firstEndingAfter, type GoldAttribution, type Range } from './polnear';

/** Token-level gold for one article. */
export interface TokenGold {
  cue: Int32Array;
  role: Int32Array;
  cueSpans: [number, number][];
}

function mark(tokens: Token[], ranges: Range[], owner: Int32Array, value: number): void {
  for (const r of ranges) {
    const lo = firstEndingAfter(tokens, r.start);
    for (let i = lo; i < tokens.length && tokens[i]!.start < r.end; i++) {
      const m = (tokens[i]!.start + tokens[i]!.end) / 2;
      if (m > r.start && m < r.end) owner[i] = value;
    }
  }
}

/** Projects an article's gold attributions onto its tokens. */
export function tokenGold(tokens: Token[], gold: GoldAttribution[]): TokenGold {
  const n = tokens.length;
  // Owner ids: attribution index * 4 + role (1 cue, 2 source, 3 content), 0 = none.
  const owner = new Int32Array(n);
  gold.forEach((g, k) => {
    mark(tokens, g.cue, owner, k * 4 + 1);
    mark(tokens, g.source, owner, k * 4 + 2);
    mark(tokens, g.content, owner, k * 4 + 3);
  });
  const cue = new Int32Array(n);
  const role = new Int32Array(n);
  const cueSpans: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const o = owner[i]!;
    if (!o) continue;
    const begins = i === 0 || owner[i - 1] !== o;
    const r = o % 4;
    if (r === 1) {
      cue[i] = begins ? 1 : 2;
      if (begins) cueSpans.push([i, i + 1]);
      else cueSpans[cueSpans.length - 1]![1] = i + 1;
    } else if (r === 2) role[i] = begins ? 1 : 2;
    else if (r === 3) role[i] = begins ? 3 : 4;
  }
  return { cue, role, cueSpans };
}
