/**
 * Analyses started ahead of their request: the background starts analysing an article's text
 * while the reader is still being injected, and the reader's own request for the same text
 * joins that work instead of repeating it. Kept briefly and few, so memory stays bounded.
 */

interface Entry<T> {
  text: string;
  result: Promise<T>;
  at: number;
}

/** How long a started analysis waits to be claimed, in milliseconds. */
const KEEP_MS = 60_000;
/** At most this many texts are held at once (a few tabs reading at the same moment). */
const MAX_ENTRIES = 4;

/** A small store of analyses in progress or just finished, keyed by the exact text. */
export function createSharedAnalysis<T>(run: (text: string) => T, clock = () => Date.now()) {
  let entries: Entry<T>[] = [];
  const prune = () => {
    const now = clock();
    entries = entries.filter((e) => now - e.at < KEEP_MS).slice(-MAX_ENTRIES);
  };
  /**
   * Starts analysing `text` in a later task, so whatever the caller started first (the
   * injection) goes out before the analysis holds this thread.
   */
  const start = (text: string): void => {
    prune();
    if (entries.some((e) => e.text === text)) return;
    const result = new Promise<T>((resolve, reject) =>
      setTimeout(() => {
        try {
          resolve(run(text));
        } catch (error) {
          reject(error);
        }
      }, 0),
    );
    // A start nobody claims must not surface as an unhandled rejection.
    result.catch(() => undefined);
    entries.push({ text, result, at: clock() });
  };
  return {
    start,
    /**
     * The analysis of `text`: the one started for it (claimed once), or a new one, run in a
     * later task like a started one: after the analyses started before it, so a long text's
     * analysis asked for right after its head's does not hold up the answer to the head.
     */
    async take(text: string): Promise<T> {
      prune();
      let i = entries.findIndex((e) => e.text === text);
      if (i < 0) {
        start(text);
        i = entries.length - 1;
      }
      const [entry] = entries.splice(i, 1);
      return entry!.result;
    },
  };
}
