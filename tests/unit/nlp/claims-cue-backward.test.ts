import { describe, expect, it } from 'vitest';
import {
  backCueSpans,
  cueBackFeatureFn,
  mergeCues,
  reverseCueLabels,
  sentencesWithCues,
} from '../../../utils/nlp/claims/cue-backward';
import { cueSpans } from '../../../utils/nlp/claims/taggers';
import { buildContext } from '../../../utils/nlp/claims/context';
import { claimModels } from '../../../utils/nlp/claims/model';
import { FeatureBuffer } from '../../../utils/nlp/tagger';
import { tokenize } from '../../../utils/nlp/tokenize';
import { splitSentences } from '../../../utils/nlp/sentences';

function contextOf(text: string) {
  const tokens = tokenize(text);
  return buildContext(text, tokens, splitSentences(text, tokens));
}

describe('backward cue tagger', () => {
  it('reads back the cues of a forward label sequence from its reversed labels', () => {
    const forward = [0, 1, 2, 0, 1, 0, 1, 2, 2, 1];
    const reversed = reverseCueLabels(forward);
    // Right to left, "B" marks each cue's last token.
    expect([...reversed]).toEqual([1, 1, 2, 2, 0, 1, 0, 1, 2, 0]);
    expect(backCueSpans(reversed)).toEqual(cueSpans(forward));
  });

  it('leaves the sentences that already have a cue unscored', () => {
    const ctx = contextOf('Smith said it rained. Jones touts the plan.');
    const done = sentencesWithCues(ctx, [[1, 2]]);
    expect([...done]).toEqual([1, 0]);
    const fn = cueBackFeatureFn(ctx, undefined, done);
    const n = ctx.tokens.length;
    const history = new Int32Array(n);
    const written: number[] = [];
    // Positions run right to left: the second sentence first.
    for (let j = 0; j < n; j++) {
      const sink = new FeatureBuffer();
      fn(j, history, sink);
      written.push(sink.length);
    }
    const first = ctx.sentences[0]!;
    for (let i = first.tokenStart; i < first.tokenEnd; i++) expect(written[n - 1 - i]).toBe(0);
    const touts = ctx.lower.indexOf('touts');
    expect(written[n - 1 - touts]).toBeGreaterThan(0);
  });

  it('merges the two taggers’ cues in text order', () => {
    expect(
      mergeCues(
        [
          [1, 2],
          [9, 10],
        ],
        [[5, 7]],
      ),
    ).toEqual([
      [1, 2],
      [5, 7],
      [9, 10],
    ]);
  });

  it('ships with the trained model', () => {
    expect(claimModels().cueBack).toBeDefined();
  });
});
