/** The annotate CLI's human-readable report. */
import type { AnnotateResult } from './annotate-core';

const MAX_CONTENT = 160;

/** Formats one result as the readable report: article, actors with mention counts, claims. */
export function formatReport(result: AnnotateResult, label: string): string {
  const lines: string[] = [`== ${label}`];
  const article = result.article;
  if (article) {
    lines.push(`Article:   ${article.isArticle ? 'yes' : 'no'}`);
    if (article.title) lines.push(`Title:     ${article.title}`);
    if (article.byline) lines.push(`Byline:    ${article.byline}`);
    if (article.published) lines.push(`Published: ${article.published}`);
    if (article.siteName) lines.push(`Site:      ${article.siteName}`);
    if (!article.isArticle) return lines.join('\n');
  }
  const names = new Map(result.actors.map((a) => [a.id, a.name]));
  lines.push('', `Actors (${result.actors.length})`);
  const actors = [...result.actors].sort((a, b) => b.mentions.length - a.mentions.length);
  for (const actor of actors) {
    const forms = [...new Set(actor.mentions.map((m) => m.text))].join(', ');
    const stands = actor.refersTo ? ` -> ${names.get(actor.refersTo) ?? actor.refersTo}` : '';
    lines.push(`  ${actor.name} (${actor.type})${stands}: ${actor.mentions.length} × ${forms}`);
  }
  lines.push('', `Claims (${result.claims.length})`);
  for (const claim of result.claims) {
    const speaker = claim.source
      ? (claim.source.actor && names.get(claim.source.actor)) || claim.source.text
      : '(no source)';
    lines.push(
      `  ${speaker} - ${claim.cue.text} - ${shorten(claim.content?.text ?? '')} [${claim.kind}]`,
    );
  }
  return lines.join('\n');
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_CONTENT ? `${flat.slice(0, MAX_CONTENT - 1)}…` : flat;
}
