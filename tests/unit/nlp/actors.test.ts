import { describe, expect, it } from 'vitest';
import { actorNamed, actorsOf, mentionTexts } from './actors-helpers';

const ARTICLE = [
  'President Vladimir V. Putin of Russia met Chancellor Angela Merkel of Germany in Berlin on Monday.',
  'Mr. Putin said the talks were useful. He added that Moscow would keep its promises.',
  'The Kremlin’s spokesman declined to comment, and Washington said it was watching closely.',
  'Officials of the United Nations said the UN would send observers to the United States.',
].join('\n\n');

describe('findActors', () => {
  const actors = actorsOf(ARTICLE);

  it('names people canonically and links surname, title and pronoun mentions', () => {
    const putin = actorNamed(actors, 'Vladimir Putin');
    expect(putin?.type).toBe('person');
    expect(mentionTexts(putin)).toEqual(
      expect.arrayContaining(['Vladimir V. Putin', 'Putin', 'He']),
    );
    expect(putin?.mentions.find((m) => m.text === 'He')?.form).toBe('pronoun');
    expect(actorNamed(actors, 'Angela Merkel')?.type).toBe('person');
  });

  it('keeps titles, "the" and possessives out of name spans, with exact offsets', () => {
    for (const actor of actors) {
      for (const m of actor.mentions) {
        expect(ARTICLE.slice(m.start, m.end)).toBe(m.text);
        if (m.form === 'name') expect(m.text).not.toMatch(/^(the|The|Mr\.|President)\s|['’]s$/);
      }
    }
  });

  it('links an acronym to its expansion and an alias to its country', () => {
    expect(mentionTexts(actorNamed(actors, 'United Nations'))).toEqual(
      expect.arrayContaining(['United Nations', 'UN']),
    );
    expect(actorNamed(actors, 'United States')?.type).toBe('place');
  });

  it('points metonyms at the state they stand for', () => {
    const russia = actorNamed(actors, 'Russia');
    const usa = actorNamed(actors, 'United States');
    const kremlin = actors.find((a) => mentionTexts(a).includes('Kremlin'));
    const washington = actors.find((a) => mentionTexts(a).includes('Washington'));
    expect(kremlin?.refersTo).toBe(russia?.id);
    expect(washington?.refersTo).toBe(usa?.id);
  });

  it('keeps a place read literally as a place', () => {
    const literal = actorsOf('The summit was held in Washington last week.');
    const washington = literal.find((a) => mentionTexts(a).includes('Washington'));
    expect(washington?.type).toBe('place');
    expect(washington?.refersTo).toBeUndefined();
  });

  it('links a role description to the one person tied to that country', () => {
    const text =
      'President Vladimir V. Putin of Russia arrived on Tuesday. The Russian leader spoke for an hour.';
    const putin = actorNamed(actorsOf(text), 'Vladimir Putin');
    expect(putin?.mentions.find((m) => m.form === 'description')?.text).toBe('The Russian leader');
  });

  it('gives every actor a unique id and refersTo only existing ids', () => {
    const ids = new Set(actors.map((a) => a.id));
    expect(ids.size).toBe(actors.length);
    for (const a of actors) if (a.refersTo) expect(ids.has(a.refersTo)).toBe(true);
  });

  it('flags nothing in ordinary lower-case prose and numbers', () => {
    for (const text of [
      'the weather was mild and the markets were calm on the whole.',
      'Prices rose 3.5% to 11,000 in the second quarter.',
      'It was a long day. They went home early.',
    ]) {
      expect(actorsOf(text)).toEqual([]);
    }
  });

  it('does not link a pronoun when two people could be meant', () => {
    const text =
      'John Smith met Peter Jones in Paris, and later they argued. It was said that he left.';
    const people = actorsOf(text).filter((a) => a.type === 'person');
    const linked = people.flatMap((p) => p.mentions.filter((m) => m.form === 'pronoun'));
    expect(linked).toEqual([]);
  });
});
