/**
 * Notes as CSV, one row per note (RFC 4180 quoting). Cells that a spreadsheet would run as a
 * formula (starting with = + - @, tab or carriage return) get a leading single quote.
 */
import type { NoteWithArticle } from './web-annotation';
import { articleDate } from '../library/citation';
import { siteOf } from '../library/library-state';

const HEADER = [
  'article',
  'site',
  'date',
  'url',
  'kind',
  'colour',
  'quote',
  'note',
  'speaker',
  'status',
  'created',
  'modified',
];

/** One cell, defused and quoted. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text for `notes`, with a header row. */
export function notesCsv(notes: NoteWithArticle[]): string {
  const rows = notes.map(({ annotation: a, article }) => [
    article.title,
    siteOf(article),
    articleDate(article),
    article.url,
    a.kind,
    a.colour ?? '',
    a.target.selector[0].exact,
    a.body,
    a.claim?.speaker ?? '',
    a.claim?.status ?? '',
    new Date(a.created).toISOString(),
    new Date(a.modified).toISOString(),
  ]);
  return [HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
