/** Trains the metonymy classifier on ReLocaR + SemEval, holding out a seeded 15% to report on. */
import { METONYMY_LABELS, isMetonymic, metonymyFeatures } from '../../utils/nlp/actors/metonymy';
import { PerceptronTrainer, serializeModel, type SerializedModel } from '../../utils/nlp/tagger';
import { tokenize, type Token } from '../../utils/nlp/tokenize';
import { seededRandom, shuffle } from './actor-data';
import { readMetonymy } from './metonymy-data';

interface Example {
  tokens: Token[];
  start: number;
  end: number;
  label: number;
}

function prepare(): Example[] {
  return readMetonymy().flatMap((e) => {
    const tokens = tokenize(e.text);
    const start = tokens.findIndex((t) => t.start >= e.start);
    let end = start;
    while (end < tokens.length && tokens[end]!.end <= e.end) end++;
    return start < 0 || end === start ? [] : [{ tokens, start, end, label: e.metonymic ? 1 : 0 }];
  });
}

/** Trains, reports held-out accuracy, retrains on everything and returns the serialised model. */
export function trainMetonymy(seed: number, epochs = 10): SerializedModel {
  const examples = shuffle(prepare(), seededRandom(seed));
  const heldOut = examples.slice(0, Math.round(examples.length * 0.15));
  const fit = (data: Example[]) => {
    const trainer = new PerceptronTrainer(METONYMY_LABELS);
    const random = seededRandom(seed + 1);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (const e of shuffle([...data], random)) {
        trainer.trainGreedy(1, [e.label], (_i, _h, f) =>
          metonymyFeatures(e.tokens, e.start, e.end, f),
        );
      }
    }
    return trainer.average(1, 0.01);
  };
  const probe = fit(examples.slice(heldOut.length));
  const correct = heldOut.filter(
    (e) => isMetonymic(probe, e.tokens, e.start, e.end) === (e.label === 1),
  ).length;
  const base = heldOut.filter((e) => e.label === 0).length;
  console.log(
    `metonymy: ${examples.length} examples; held-out accuracy ${((100 * correct) / heldOut.length).toFixed(1)}% ` +
      `(all-literal baseline ${((100 * base) / heldOut.length).toFixed(1)}%)`,
  );
  return serializeModel(fit(examples));
}
