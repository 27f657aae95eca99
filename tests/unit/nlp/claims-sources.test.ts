import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../utils/nlp/claims/context';
import { mentionClasses } from '../../../utils/nlp/claims/mentions';
import { fillSourcesFromMentions } from '../../../utils/nlp/claims/source-fallback';
import { assemble, type ClaimDraft } from '../../../utils/nlp/claims/assemble';
import { splitSentences } from '../../../utils/nlp/sentences';
import { tokenize } from '../../../utils/nlp/tokenize';
import type { Actor } from '../../../utils/nlp/types';

/** A one-claim draft for `cue` (its first occurrence) with no source, and the tagger's context. */
function setup(text: string, cue: string, names: string[]) {
  const tokens = tokenize(text);
  const actors: Actor[] = names.map((name, k) => {
    const start = text.indexOf(name);
    return {
      id: `a${k}`,
      name,
      type: 'person',
      mentions: [{ start, end: start + name.length, text: name, form: 'name' }],
    };
  });
  const ctx = buildContext(
    text,
    tokens,
    splitSentences(text, tokens),
    mentionClasses(tokens, actors),
  );
  const at = tokens.findIndex((t) => t.text === cue);
  const draft: ClaimDraft = { cue: [at, at + 1], source: null, content: [] };
  const sourceText = () =>
    draft.source
      ? text.slice(tokens[draft.source[0]]!.start, tokens[draft.source[1] - 1]!.end)
      : null;
  return { ctx, draft, sourceText };
}

/** The source the fallback gives `cue` (a token range of the cue, or its first occurrence). */
function filled(text: string, cue: string, names: string[], range?: [number, number]) {
  const { ctx, draft, sourceText } = setup(text, cue, names);
  if (range) draft.cue = range;
  fillSourcesFromMentions(ctx, [draft]);
  return sourceText();
}

describe('speakers for cues the tagger left without a source', () => {
  it('takes the name before a long appositive', () => {
    const text =
      'Richard Curtin, the chief economist for the survey of consumers, said confidence rose.';
    expect(filled(text, 'said', ['Richard Curtin'])).toBe('Richard Curtin');
  });

  it('takes an inverted speaker right after the cue', () => {
    const text = 'The plan will fail, warned Elizabeth Warren.';
    expect(filled(text, 'warned', ['Elizabeth Warren'])).toBe('Elizabeth Warren');
  });

  it('leaves passive cues and mentions in another sentence alone', () => {
    expect(filled('Smith was accused of fraud.', 'accused', ['Smith'], [1, 3])).toBeNull();
    expect(filled('Smith left. Critics said it was late.', 'said', ['Smith'])).toBeNull();
  });
});

describe('tagged source runs', () => {
  it('never takes the auxiliaries of a verb group as the speaker', () => {
    const text = 'The union, which has endorsed her, said so. It has not endorsed him.';
    const tokens = tokenize(text);
    const ctx = buildContext(text, tokens, splitSentences(text, tokens));
    const at = (w: string, from = 0) => ctx.lower.indexOf(w, from);
    const cue = at('endorsed', at('it'));
    // The right-to-left tagger put "has not" before the cue as its source.
    const [draft] = assemble(
      ctx,
      [[cue, cue + 1]],
      [
        { role: 'S', start: cue - 2, end: cue },
        { role: 'C', start: cue + 1, end: cue + 2 },
      ],
    );
    expect(draft!.source).toBeNull();
    const which = at('which');
    const [relative] = assemble(
      ctx,
      [[which + 2, which + 3]],
      [{ role: 'S', start: which, end: which + 2 }],
    );
    expect(relative!.source).toEqual([which, which + 2]);
  });
});
