/**
 * A synthetic library at the scale issue 7 names (1,000 articles, 50,000 automatic actor and
 * claim annotations, 10,000 notes), deterministic from a seed. `makeLibrary` uses nothing
 * outside its own body, so it can run inside a browser page as well as in Node.
 */
import type { AnnotationRecord, ArticleRecord } from '../../utils/db/schema';

/** How much to generate. */
export interface LibrarySize {
  articles: number;
  autoPerArticle: number;
  notesPerArticle: number;
  seed: number;
}

/** The target scale. */
export const TARGET_SIZE: LibrarySize = {
  articles: 1000,
  autoPerArticle: 50,
  notesPerArticle: 10,
  seed: 7,
};

/** Generates articles and their annotations (half actors, half claims, then the notes). */
export function makeLibrary(size: LibrarySize): {
  articles: ArticleRecord[];
  annotations: AnnotationRecord[];
} {
  let state = size.seed;
  const rnd = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)]!;
  const words = (
    'government minister officials said would not accept proposal opposition budget treaty ' +
    'defense sanctions election court police report investigation ceasefire talks border ' +
    'economy inflation energy prices vote parliament president agreement military aid trade ' +
    'exports grain nuclear climate summit protest strike union hospital school tax reform ' +
    'market bank rates housing migration refugees drought harvest pipeline shipping port'
  ).split(' ');
  const first =
    'Anna Boris Chen David Elena Fatima Georg Hiro Ines Jamal Katya Luis Maria Nadia Omar Petra Rahul Sofia Tomas Yusuf'.split(
      ' ',
    );
  const last =
    'Abe Baker Costa Dubois Eriksen Fischer Garcia Haddad Ivanov Jensen Kim Lopez Moreau Novak Okafor Park Quinn Rossi Silva Tanaka'.split(
      ' ',
    );
  const orgs =
    'Kremlin|Pentagon|European Commission|United Nations|Bank of England|NATO|World Bank|Supreme Court|Red Cross|IMF'.split(
      '|',
    );
  const sites = Array.from({ length: 40 }, (_, i) => `news${i}.example`);
  const cues = ['said', 'denied', 'claimed', 'warned', 'promised', 'told reporters', 'argued'];
  const kinds = [
    'statement',
    'denial',
    'allegation',
    'statement',
    'promise',
    'statement',
    'belief',
  ] as const;
  const colours = ['yellow', 'green', 'blue', 'pink'] as const;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ');
  const person = () => `${pick(first)} ${pick(last)}`;
  const uuid = () =>
    'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(rnd() * 16).toString(16));
  const articles: ArticleRecord[] = [];
  const annotations: AnnotationRecord[] = [];
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < size.articles; i++) {
    const site = pick(sites);
    const url = `https://${site}/2025/story-${i}`;
    const readAt = start + i * 3_600_000;
    articles.push({
      id: url,
      url,
      title: `${sentence(3)} ${pick(orgs)} ${sentence(4)}`.replace(/^./, (c) => c.toUpperCase()),
      siteName: site,
      byline: person(),
      published: new Date(readAt - 86_400_000).toISOString(),
      firstReadAt: readAt,
      lastReadAt: readAt,
    });
    let offset = 0;
    const add = (over: Partial<AnnotationRecord>, exact: string, at: number) => {
      offset += exact.length + 40;
      annotations.push({
        id: uuid(),
        type: 'Annotation',
        articleId: url,
        kind: 'highlight',
        origin: 'auto',
        body: '',
        target: {
          source: url,
          selector: [
            {
              type: 'TextQuoteSelector',
              exact,
              prefix: sentence(5).slice(0, 32),
              suffix: sentence(5).slice(0, 32),
            },
            { type: 'TextPositionSelector', start: offset, end: offset + exact.length },
          ],
        },
        created: at,
        modified: at,
        ...over,
      });
    };
    for (let k = 0; k < size.autoPerArticle; k++) {
      if (k % 2 === 0) {
        const name = rnd() < 0.2 ? pick(orgs) : person();
        const type = orgs.includes(name) ? 'organization' : 'person';
        add(
          {
            kind: 'actor',
            actor: { name, type, form: 'name', mentionCount: 1 + Math.floor(rnd() * 9) },
          },
          name,
          readAt,
        );
      } else {
        const speaker = rnd() < 0.2 ? pick(orgs) : person();
        const c = Math.floor(rnd() * cues.length);
        const content = sentence(12);
        add(
          {
            kind: 'claim',
            claim: {
              kind: kinds[c]!,
              speaker,
              cue: cues[c]!,
              content,
              quoted: 'none',
              status: 'unverified',
            },
          },
          `${speaker} ${cues[c]} ${content}`,
          readAt,
        );
      }
    }
    for (let k = 0; k < size.notesPerArticle; k++) {
      const at = readAt + (k + 1) * 60_000;
      add(
        { origin: 'user', body: `${sentence(8)} note${i}x${k}`, colour: pick([...colours]) },
        sentence(15),
        at,
      );
    }
  }
  return { articles, annotations };
}
