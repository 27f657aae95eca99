/** Notes as Markdown, one section per article; page text is escaped so it stays text. */
import type { AnnotationRecord, ArticleRecord } from '../db/schema';
import { articleDate } from '../library/citation';
import { siteOf } from '../library/library-state';

/** An article and the annotations to write under it. */
export interface MarkdownArticle {
  article: ArticleRecord;
  annotations: AnnotationRecord[];
}

/** Escapes Markdown syntax characters so page text cannot inject links, images or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1');
}

/** One article's section: heading, source line, notes, then claims. */
export function articleMarkdown({ article, annotations }: MarkdownArticle): string {
  const lines = [
    `## ${escapeMarkdown(article.title)}`,
    '',
    `${escapeMarkdown(siteOf(article))}, ${articleDate(article)}, <${encodeURI(decodeSafe(article.url))}>`,
    '',
  ];
  for (const a of annotations.filter((x) => x.origin === 'user')) {
    lines.push(`> ${escapeMarkdown(a.target.selector[0].exact)}`, '');
    const extra = [a.colour, a.claim?.status].filter(Boolean).join(', ');
    if (a.body) lines.push(escapeMarkdown(a.body) + (extra ? ` (${extra})` : ''), '');
    else if (extra) lines.push(`(${extra})`, '');
  }
  const claims = annotations.filter((x) => x.kind === 'claim' && x.origin === 'auto' && x.claim);
  if (claims.length > 0) {
    lines.push('### Claims', '');
    for (const c of claims) {
      const { speaker, cue, content, status, negated, hedged } = c.claim!;
      const said = [speaker ?? '?', cue, content ?? ''].map(escapeMarkdown).join(' ');
      const marks = [status, negated && 'not said', hedged && 'hedged'].filter(Boolean);
      lines.push(`- ${said.trim()} (${marks.join(', ')})`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Everything, one section per article, in the order given. */
export function libraryMarkdown(articles: MarkdownArticle[], now = Date.now()): string {
  const head = `# Margin notes\n\nExported ${new Date(now).toISOString().slice(0, 10)}\n\n`;
  return head + articles.map(articleMarkdown).join('\n');
}

function decodeSafe(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
