/**
 * Run in a fresh process by eval-actors: loads one recogniser and times its first call on a
 * short news text, printing JSON. A fresh process is the only honest cold start.
 */
const SAMPLE =
  'President Vladimir V. Putin of Russia met North Korea’s leader, Kim Jong-un, in Pyongyang on Wednesday, the Kremlin said.';

async function load(which: string): Promise<(text: string) => unknown> {
  if (which === 'compromise') {
    const nlp = (await import('compromise')).default;
    return (text) => {
      const doc = nlp(text);
      return [doc.people().json(), doc.organizations().json(), doc.places().json()];
    };
  }
  const [{ findActors }, { tokenize }, { splitSentences }] = await Promise.all([
    import('../../utils/nlp/actors'),
    import('../../utils/nlp/tokenize'),
    import('../../utils/nlp/sentences'),
  ]);
  return (text) => {
    const tokens = tokenize(text);
    return findActors(text, tokens, splitSentences(text, tokens));
  };
}

async function main(): Promise<void> {
  const loadStart = performance.now();
  const run = await load(process.argv[2] ?? 'margin');
  const loaded = performance.now();
  run(SAMPLE);
  const done = performance.now();
  console.log(JSON.stringify({ loadMs: loaded - loadStart, firstCallMs: done - loaded }));
}

void main();
