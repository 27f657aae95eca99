/**
 * Trains the actor model: first the gazetteer (from the world-countries package), then the
 * entity tagger on CoNLL-2003 train. A seeded 10% of train documents is held out to choose the
 * number of epochs; valid is never read here. Deterministic: seeded shuffles only.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGazetteer } from './lib/build-gazetteer';
import { PROJECT_ROOT } from './lib/data-path';

const SEED = 20240619;
const gazetteerFile = join(PROJECT_ROOT, 'utils', 'nlp', 'models', 'gazetteer.json');
writeFileSync(gazetteerFile, JSON.stringify(buildGazetteer()));
console.log(`wrote ${gazetteerFile}`);
// Imported only now: the tagger's gazetteer features read the file just written.
const { trainEntityTagger } = await import('./lib/entity-training');
const { trainMetonymy } = await import('./lib/metonymy-training');
// SELECT_ONLY=1 prints the held-out model selection and writes no model.
const selectOnly = process.env.SELECT_ONLY === '1';
const metonymy = trainMetonymy(SEED);
const tagger = trainEntityTagger(selectOnly);
if (!tagger) process.exit(0);
const modelFile = join(PROJECT_ROOT, 'utils', 'nlp', 'models', 'actors.json');
writeFileSync(modelFile, JSON.stringify({ version: 1, tagger, metonymy }));
console.log(`wrote ${modelFile}`);
