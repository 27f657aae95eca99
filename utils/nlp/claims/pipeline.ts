/**
 * Text to claim drafts with two trained models: cue tagger, then source/content tagger with the
 * cues as context, then assembly. Models are passed in, so training can score its candidates
 * with exactly the run-time path.
 */
import { tagGreedy, type LinearModel } from '../tagger';
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
import { fillSourcesFromMentions, inheritSources } from './source-fallback';
import { fillEmptyContents } from './content-fallback';
import { addSubjectVerbCues } from './subject-cues';
import {
  cueAllowed,
  cueFeatureFn,
  cueSpans,
  roleAllowed,
  roleFeatureFn,
  roleSpans,
} from './taggers';

/** The two linear models the claim stage runs. */
export interface ClaimModels {
  cue: LinearModel;
  role: LinearModel;
  /** Word hashes the cue tagger need not score outside a cue (see `cueFeatureFn`). */
  cueSkip?: ReadonlySet<number>;
}

/** Finds claim drafts (token ranges) in a text; `mention` holds the actor stage's classes. */
export function draftClaims(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  models: ClaimModels,
  mention?: Uint8Array,
): { ctx: ClaimContext; drafts: ClaimDraft[] } {
  const ctx = buildContext(text, tokens, sentences, mention);
  const cueLabels = tagGreedy(
    models.cue,
    tokens.length,
    cueFeatureFn(ctx, models.cueSkip),
    cueAllowed,
  );
  const cues = addSubjectVerbCues(ctx, repairCues(ctx, cueSpans(cueLabels)));
  const rc = buildRoleContext(ctx, cues);
  const roleLabels = tagGreedy(models.role, tokens.length, roleFeatureFn(rc), roleAllowed(rc));
  let drafts = dropHeadlineCues(ctx, assemble(ctx, cues, roleSpans(roleLabels)));
  repairRelativeClauses(ctx, drafts);
  repairPassives(ctx, drafts);
  extendSources(ctx, drafts);
  drafts = foldNestedClaims(ctx, drafts);
  cutContentsAtCoordination(ctx, drafts);
  // A sibling claim's speaker first ("..., adding that"), then the nearest free mention.
  inheritSources(ctx, drafts);
  fillSourcesFromMentions(ctx, drafts);
  fillEmptyContents(ctx, drafts);
  return { ctx, drafts };
}
