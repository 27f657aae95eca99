/**
 * `npx tsx scripts/agreement-claims.ts`: how far two PolNeAR annotators agree, in eval:claims'
 * own measures, on the articles that several annotators labelled (train and dev). The second
 * annotation is scored as if it were a system's output against the first: a ceiling for what
 * any system can be expected to reach against one annotator's labels.
 */
import { extent, loadMultiAnnotated } from './lib/polnear';
import { newTally, prf, scoreDoc, type Counts } from './lib/claims-metrics';
import { tokenize } from '../utils/nlp/tokenize';
import { splitSentences } from '../utils/nlp/sentences';

const tally = newTally();
let articles = 0;
let attributions = 0;
for (const split of ['train', 'dev']) {
  for (const doc of loadMultiAnnotated(split)) {
    const [a, b] = doc.annotations as [
      (typeof doc.annotations)[number],
      (typeof doc.annotations)[number],
    ];
    const tokens = tokenize(doc.text);
    const asSystem = b.map((x) => ({
      cue: extent(x.cue)!,
      source: extent(x.source),
      content: x.content,
    }));
    scoreDoc(tally, doc.text, splitSentences(doc.text, tokens), a, asSystem);
    articles++;
    attributions += a.length;
  }
}
const f = (c: Counts) => {
  const { p, r, f: f1 } = prf(c);
  return `P ${p.toFixed(1)}  R ${r.toFixed(1)}  F1 ${f1.toFixed(1)}`;
};
console.log(
  `PolNeAR annotator agreement: ${articles} articles, ${attributions} attributions (first annotator)`,
);
console.log(`sentence has attribution   ${f(tally.sentence)}`);
console.log(`cue exact                  ${f(tally.cueExact)}`);
console.log(`cue overlap                ${f(tally.cueOverlap)}`);
const src = (n: number) => ((100 * n) / tally.matchedCues).toFixed(1);
console.log(
  `source acc | cue matched   overlap ${src(tally.sourceOverlap)}  exact ${src(tally.sourceExact)}`,
);
console.log(`content word tokens        ${f(tally.content)}`);
console.log(`end-to-end attribution     ${f(tally.endToEnd)}`);
