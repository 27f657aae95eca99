/**
 * Text to claim drafts with two trained models: cue tagger, then source/content tagger with the
 * cues as context, then assembly. Models are passed in, so training can score its candidates
 * with exactly the run-time path.
 */
import { tagGreedy, type LinearModel } from '../tagger';
import { tagBeams } from '../tagger/beam';
import type { Token } from '../tokenize';
import type { Sentence } from '../sentences';
import { assemble, type ClaimDraft } from './assemble';
import { buildContext, type ClaimContext } from './context';
import {
  cutContentsAtCoordination,
  dropHeadlineCues,
  extendSources,
  repairCues,
  repairPassives,
  repairRelativeClauses,
} from './repair';
import { buildRoleContext } from './role-features';
import { foldNestedClaims } from './nesting';
import { dropAppearanceSources } from './impersonal';
import { fillSourcesFromMentions, inheritSources } from './source-fallback';
import { fillEmptyContents } from './content-fallback';
import { addSubjectVerbCues } from './subject-cues';
import { growCues } from './cue-extent';
import {
  cueAllowed,
  cueFeatureFn,
  cueSpans,
  roleAllowed,
  roleHistoryFns,
  roleStaticFn,
  roleSpans,
} from './taggers';

/** The two linear models the claim stage runs. */
export interface ClaimModels {
  cue: LinearModel;
  role: LinearModel;
  /** Word hashes the cue tagger need not score outside a cue (see `cueFeatureFn`). */
  cueSkip?: ReadonlySet<number>;
}

function findCues(ctx: ClaimContext, n: number, models: ClaimModels): [number, number][] {
  const cueLabels = tagGreedy(models.cue, n, cueFeatureFn(ctx, models.cueSkip), cueAllowed);
  return growCues(ctx, addSubjectVerbCues(ctx, repairCues(ctx, cueSpans(cueLabels))));
}

/** Beam width for the sources (held-out end-to-end: 2 +0.2, 4 +0.8, 6 and 8 +0.7 on tenth 0). */
const SOURCE_BEAM = 4;
const isSource = (label: number) => label === 1 || label === 2;

/** Replaces the source labels of `labels` by those of `from`, where `from` has no content. */
function takeSources(labels: Int32Array, from: Int32Array): void {
  for (let j = 0; j < labels.length; j++) if (isSource(labels[j]!)) labels[j] = 0;
  for (let j = 0; j < labels.length; j++)
    if (!labels[j] && isSource(from[j]!)) labels[j] = from[j]!;
}

/** Finds claim drafts (token ranges) in a text; `mention` holds the actor stage's classes. */
export function draftClaims(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  models: ClaimModels,
  mention?: Uint8Array,
  givenCues?: [number, number][],
): { ctx: ClaimContext; drafts: ClaimDraft[] } {
  const ctx = buildContext(text, tokens, sentences, mention);
  // Given cues (gold ones, for error analysis) replace the cue tagger and its repairs.
  const cues = givenCues ?? findCues(ctx, tokens.length, models);
  const rc = buildRoleContext(ctx, cues);
  // Greedy decoding gives the contents; a beam of 4 gives the sources (held-out: the beam's
  // sources are better, its contents worse, as the tagger was trained greedily).
  const [roleLabels, beam] = tagBeams(
    models.role,
    tokens.length,
    roleStaticFn(rc),
    roleHistoryFns(rc),
    roleAllowed(rc),
    [1, SOURCE_BEAM],
  ) as [Int32Array, Int32Array];
  takeSources(roleLabels, beam);
  let drafts = dropHeadlineCues(ctx, assemble(ctx, cues, roleSpans(roleLabels)));
  repairRelativeClauses(ctx, drafts);
  repairPassives(ctx, drafts);
  extendSources(ctx, drafts);
  dropAppearanceSources(ctx, drafts);
  drafts = foldNestedClaims(ctx, drafts);
  cutContentsAtCoordination(ctx, drafts);
  // A sibling claim's speaker first ("..., adding that"), then the nearest free mention.
  inheritSources(ctx, drafts);
  fillSourcesFromMentions(ctx, drafts);
  fillEmptyContents(ctx, drafts);
  return { ctx, drafts };
}
