/**
 * Suggestions for the actor filter, counted batch by batch while the popup loads, so no
 * single step walks all 60,000 annotations (collecting full actor summaries took a long
 * task of its own). Ranked like the actors view: most claims first, then by name.
 */
import type { AnnotationRecord } from '../db/schema';
import { actorKey } from './fold';

/** Running counts of actor names across the annotations seen so far. */
export class ActorNames {
  private readonly byKey = new Map<string, { names: Map<string, number>; claims: number }>();

  /** Counts the actors and claim speakers of `batch`. */
  add(batch: Iterable<AnnotationRecord>): void {
    for (const a of batch) {
      // A metonym is suggested as what it stands for ("Russia" for "the Kremlin").
      const name = a.actor ? (a.actor.standsFor ?? a.actor.name) : a.claim?.speaker;
      if (!name) continue;
      const key = actorKey(name);
      let found = this.byKey.get(key);
      if (!found) this.byKey.set(key, (found = { names: new Map(), claims: 0 }));
      found.names.set(name, (found.names.get(name) ?? 0) + 1);
      if (!a.actor) found.claims++;
    }
  }

  /** The `limit` first names: each actor under its most frequent spelling. */
  top(limit: number): string[] {
    const ranked = [...this.byKey.values()].map((found) => ({
      claims: found.claims,
      name: [...found.names].sort((a, b) => b[1] - a[1])[0]![0],
    }));
    ranked.sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
    return ranked.slice(0, limit).map((r) => r.name);
  }
}
