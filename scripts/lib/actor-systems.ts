/**
 * The two actor recognisers compared by eval-actors, behind one interface: text in, typed
 * CoNLL-style spans out. compromise spans run from its first to its last term, with leading
 * honorifics and a trailing possessive trimmed, as CoNLL spans exclude them.
 */
import nlp from 'compromise';
import { recognizeNames } from '../../utils/nlp/actors';
import { splitSentences } from '../../utils/nlp/sentences';
import { tokenize } from '../../utils/nlp/tokenize';
import type { ConllType, EntitySpan } from './conll';

/** A recogniser under test. */
export interface ActorSystem {
  name: string;
  run(text: string): EntitySpan[];
}

const CONLL_TYPE = { person: 'PER', organization: 'ORG', place: 'LOC', other: 'MISC' } as const;

/** Margin: the full runtime path (tokenise, split, tag). */
export const margin: ActorSystem = {
  name: 'Margin',
  run(text) {
    const tokens = tokenize(text);
    return recognizeNames(text, tokens, splitSentences(text, tokens)).map((m) => ({
      start: m.start,
      end: m.end,
      type: CONLL_TYPE[m.type],
    }));
  },
};

interface Term {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** compromise 14: people(), organizations() and places(). */
export const compromise: ActorSystem = {
  name: 'compromise',
  run(text) {
    const doc = nlp(text);
    const out: EntitySpan[] = [];
    const add = (view: { json(o: object): unknown }, type: ConllType) => {
      for (const match of view.json({ offset: true, terms: { offset: true } }) as {
        terms: Term[];
      }[]) {
        const terms = match.terms.filter((t, i) => !(i === 0 && t.tags.includes('Honorific')));
        if (!terms.length) continue;
        const last = terms[terms.length - 1]!;
        let end = last.offset.start + last.offset.length;
        const possessive = /['’]s$/.exec(text.slice(last.offset.start, end));
        if (possessive) end -= 2;
        out.push({ start: terms[0]!.offset.start, end, type });
      }
    };
    add(doc.people(), 'PER');
    add(doc.organizations(), 'ORG');
    add(doc.places(), 'LOC');
    return out;
  },
};
