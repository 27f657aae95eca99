/** The article panel's view of this tab, built from the current reading. */
import {
  claimsBySpeaker,
  rankActors,
  sourceCounts,
  type ReadingSummary,
} from '../../utils/reading/summary';
import type { Reading } from './reader';

/** The summary of `reading` (or of no reading) for the panel. */
export function summarize(
  reading: Reading | null,
  hidden: string[],
  siteOff: boolean,
  doc: Document,
  url: string,
): ReadingSummary | null {
  if (!reading && !siteOff) return null;
  const analysis = reading?.analysis;
  const speakers = analysis ? claimsBySpeaker(analysis) : [];
  return {
    title: reading?.article.title ?? doc.title,
    url,
    actors: analysis ? rankActors(analysis) : [],
    speakers,
    sources: sourceCounts(speakers),
    claimCount: analysis?.claims.length ?? 0,
    notes: (reading?.notes ?? []).map(({ id, status, quote, now, note }) => ({
      id,
      status,
      quote,
      now,
      note,
    })),
    hidden,
    siteOff,
  };
}
