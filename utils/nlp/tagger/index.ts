/**
 * A generic averaged-perceptron sequence tagger: callers supply string features per position and
 * string labels; the tagger hashes, scores, decodes greedily, trains and serialises compactly.
 */
export { FeatureBuffer, type FeatureSink } from './features';
export { combineHash, hashFeature, hashString } from './hash';
export { LinearModel } from './model';
export { bestLabel, tagGreedy, type Allowed, type FeatureFn } from './greedy';
export { PerceptronTrainer } from './perceptron';
export { deserializeModel, serializeModel, type SerializedModel } from './serialize';
