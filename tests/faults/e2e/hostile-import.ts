/**
 * Import files a stranger could hand a reader: one that is a valid Margin export whose every
 * text field carries a script or formula payload (it must import and stay text), and broken
 * ones (wrong types, oversized fields, a `javascript:` address, duplicate ids) that must be
 * refused whole with a message naming the problem. Valid files are written by Margin's own
 * exporter, so they follow its format as it changes.
 */
import type { AnnotationRecord, ArticleRecord } from '../../../utils/db/schema';
import { toWebAnnotationJson } from '../../../utils/exchange/web-annotation';

/** The global every script payload would set; it must stay unset. */
export const PWNED = '__marginPwned';

/** Script payloads, each of which sets {@link PWNED} if it ever runs. */
export const SCRIPT_PAYLOADS = [
  `<img src=x onerror="window.${PWNED}=1">`,
  `"><script>window.${PWNED}=2</script>`,
  `<svg onload="window.${PWNED}=3"></svg>`,
  `javascript:window.${PWNED}=4`,
];

/** Cells a spreadsheet would run as formulas if exported unguarded. */
export const FORMULA_PAYLOADS = [
  '=HYPERLINK("http://evil.example","click")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
];

const TIME = Date.UTC(2025, 4, 2, 10, 0);
const uuid = (n: number) => `0badf11e-0000-4000-8000-${String(n).padStart(12, '0')}`;

function article(url: string, title: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return { id: url, url, title, firstReadAt: TIME, lastReadAt: TIME, ...extra };
}

function note(n: number, of: ArticleRecord, body: string, exact: string): AnnotationRecord {
  return {
    id: uuid(n),
    type: 'Annotation',
    articleId: of.id,
    kind: 'highlight',
    origin: 'user',
    target: {
      source: of.url,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
        { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
      ],
    },
    body,
    colour: 'yellow',
    created: TIME + n,
    modified: TIME + n,
  };
}

/** An ordinary note, imported first so the hostile files have something to leave alone. */
export const BENIGN = (() => {
  const a = article('https://news.example.org/2025/05/02/budget', 'Budget vote delayed');
  return { article: a, annotation: note(1, a, 'Ask the ministry for the draft', 'the vote') };
})();

/** The valid hostile export: payloads in titles, site, byline, quotes, notes, claim, actor. */
export function hostileExport(): { text: string; noteIds: string[] } {
  const [img, script, svg, js] = SCRIPT_PAYLOADS as [string, string, string, string];
  const a = article(`https://news.example.org/x"><img src=x onerror="window.${PWNED}=5">`, img, {
    siteName: script,
    byline: svg,
  });
  const notes = [
    ...SCRIPT_PAYLOADS.map((text, i) => note(10 + i, a, text, `quote ${text}`)),
    ...FORMULA_PAYLOADS.map((text, i) => note(20 + i, a, text, text)),
  ];
  notes.push({
    ...note(30, a, '', 'the minister said'),
    kind: 'claim',
    origin: 'auto',
    claim: {
      kind: 'statement',
      speaker: svg,
      cue: js,
      content: script,
      quoted: 'full',
      status: 'unverified',
    },
  } as AnnotationRecord);
  notes.push({
    ...note(31, a, '', 'Putin'),
    kind: 'actor',
    origin: 'auto',
    actor: { name: img, type: 'person', form: 'name', mentionCount: 2 },
  } as AnnotationRecord);
  // Same id as the benign note, other text: an import never overwrites what is stored.
  notes.push({ ...BENIGN.annotation, body: `${img} overwritten` });
  const text = toWebAnnotationJson(
    notes.map((annotation) => ({
      annotation,
      article: annotation.articleId === a.id ? a : BENIGN.article,
    })),
  );
  // Prototype keys where unknown fields are dropped: they must not reach Object.prototype.
  const polluted = text.replace(
    '"margin:record": {',
    '"margin:record": { "__proto__": { "__marginPolluted": true }, ',
  );
  return { text: polluted, noteIds: notes.filter((n) => n.origin === 'user').map((n) => n.id) };
}

/** One refused file and the message that must explain it. */
export interface RefusedFile {
  name: string;
  text: string;
  message: RegExp;
}

/** The fields of an exported item the broken files change. */
interface Item {
  body: { value: unknown };
  target: { selector: Array<Record<string, unknown>> };
  'margin:record': { kind: unknown; articleId: unknown; article: Record<string, unknown> };
}

/** Broken files: each is a valid export with one field made hostile, or no export at all. */
export function refusedFiles(): RefusedFile[] {
  const edited = (edit: (item: Item) => void) => {
    const file = JSON.parse(benignExport()) as { first: { items: Item[] } };
    edit(file.first.items[0]!);
    return JSON.stringify(file);
  };
  const twice = JSON.parse(benignExport()) as { first: { items: Item[] } };
  twice.first.items.push(twice.first.items[0]!);
  const NOT_IMPORTED = (detail: string) =>
    new RegExp(`^Not imported: in annotation 1, ${detail}.*\\. Nothing was changed\\.$`);
  return [
    { name: 'not JSON', text: `{"@context": <script>`, message: /^The file is not valid JSON\.$/ },
    { name: 'JSON null', text: 'null', message: /^Not imported: in the file, the file must be/ },
    {
      name: 'note body a number',
      text: edited((item) => (item.body.value = 42)),
      message: NOT_IMPORTED('body.value must be text'),
    },
    {
      name: 'note body of 100,001 characters',
      text: edited((item) => (item.body.value = 'x'.repeat(100_001))),
      message: NOT_IMPORTED('body.value is longer than 100000'),
    },
    {
      name: 'title of 2,001 characters',
      text: edited((item) => (item['margin:record'].article.title = '<b>'.repeat(667))),
      message: NOT_IMPORTED('article.title is longer than 2000'),
    },
    {
      name: 'javascript: address',
      text: edited((item) => {
        const url = `javascript:window.${PWNED}=6`;
        Object.assign(item['margin:record'], { articleId: url });
        Object.assign(item['margin:record'].article, { id: url, url });
      }),
      message: NOT_IMPORTED('article.url must be an http or https address'),
    },
    {
      name: 'unknown kind',
      text: edited((item) => (item['margin:record'].kind = 'script')),
      message: NOT_IMPORTED('kind must be one of'),
    },
    {
      name: 'position not a number',
      text: edited((item) => (item.target.selector[1]!.start = '0; alert(1)')),
      message: NOT_IMPORTED('position start must be a whole number'),
    },
    {
      name: 'the same id twice',
      text: JSON.stringify(twice),
      message: /^Not imported: in annotation 2, its id appears twice\. Nothing was changed\.$/,
    },
  ];
}

/** An export of one ordinary note numbered `n` (its id is {@link noteId}`(n)`) with `body`. */
export function noteExport(n: number, body: string): string {
  const a = article(`https://news.example.org/2025/05/02/note-${n}`, `Article ${n}`);
  return toWebAnnotationJson([{ article: a, annotation: note(n, a, body, 'the vote') }]);
}

/** The id of the note {@link noteExport} writes for `n`. */
export const noteId = uuid;

/** The benign note as a one-note export. */
export function benignExport(): string {
  return toWebAnnotationJson([BENIGN]);
}
