/** "What has this actor said before": actors merged across articles by canonical name. */
import type { ActorType } from '../nlp/types';
import type { AnnotationRecord, ArticleRecord } from '../db/schema';
import { actorKey } from './fold';
import type { LibraryState } from './library-state';

/** One claim an actor made, with the article it was read in. */
export interface ActorClaim {
  annotation: AnnotationRecord;
  article: ArticleRecord;
}

/** An actor across every saved article. */
export interface ActorSummary {
  key: string;
  /** The most frequent spelling of the canonical name. */
  name: string;
  type: ActorType | undefined;
  /** Articles the actor appears in. */
  articleCount: number;
  /** Newest first. */
  claims: ActorClaim[];
}

/** Every actor, those with the most claims first, then by name. */
export function collectActors(state: LibraryState): ActorSummary[] {
  const byKey = new Map<
    string,
    { names: Map<string, number>; type?: ActorType; articles: Set<string>; claims: ActorClaim[] }
  >();
  const entry = (name: string) => {
    const key = actorKey(name);
    let found = byKey.get(key);
    if (!found) byKey.set(key, (found = { names: new Map(), articles: new Set(), claims: [] }));
    found.names.set(name, (found.names.get(name) ?? 0) + 1);
    return found;
  };
  for (const article of state.articles) {
    for (const a of state.byArticle.get(article.id) ?? []) {
      if (a.actor) {
        // A metonym ("the Kremlin") counts for what it stands for: its claims are already
        // that actor's, and "Kremlin, no claims" beside Russia would say nothing.
        const found = entry(a.actor.standsFor ?? a.actor.name);
        found.type ??= a.actor.type;
        found.articles.add(article.id);
      } else if (a.claim?.speaker) {
        const found = entry(a.claim.speaker);
        found.articles.add(article.id);
        found.claims.push({ annotation: a, article });
      }
    }
  }
  const out: ActorSummary[] = [];
  for (const [key, found] of byKey) {
    const name = [...found.names].sort((a, b) => b[1] - a[1])[0]![0];
    found.claims.sort((a, b) => claimTime(b) - claimTime(a));
    out.push({
      key,
      name,
      type: found.type,
      articleCount: found.articles.size,
      claims: found.claims,
    });
  }
  return out.sort((a, b) => b.claims.length - a.claims.length || a.name.localeCompare(b.name));
}

function claimTime(c: ActorClaim): number {
  const published = c.article.published ? Date.parse(c.article.published) : NaN;
  return Number.isNaN(published) ? c.article.lastReadAt : published;
}
