import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/popup-app';
import type { LibraryEntry } from '../../../utils/db/library';
import type { AnnotationRecord } from '../../../utils/db/schema';

const target: AnnotationRecord['target'] = {
  source: 'https://news.example.org/a',
  selector: [
    {
      type: 'TextQuoteSelector',
      exact: 'a Cold War-era mutual defense pledge',
      prefix: '',
      suffix: '',
    },
    { type: 'TextPositionSelector', start: 10, end: 46 },
  ],
};

const base = {
  type: 'Annotation' as const,
  articleId: 'https://news.example.org/a',
  target,
  created: 1,
  modified: 1,
};

const entry: LibraryEntry = {
  article: {
    id: 'https://news.example.org/a',
    url: 'https://news.example.org/a',
    title: 'North Korea and Russia <img src=x onerror=alert(1)>',
    siteName: 'The Daily Ledger',
    firstReadAt: 1,
    lastReadAt: Date.UTC(2024, 5, 19),
  },
  annotations: [
    {
      ...base,
      id: 'n1',
      kind: 'highlight',
      origin: 'user',
      body: 'check the treaty text',
      colour: 'yellow',
    },
    {
      ...base,
      id: 'a1',
      kind: 'actor',
      origin: 'auto',
      body: '',
      actor: { name: 'Vladimir Putin', type: 'person', form: 'name', mentionCount: 5 },
    },
    {
      ...base,
      id: 'c1',
      kind: 'claim',
      origin: 'auto',
      body: '',
      claim: {
        kind: 'allegation',
        speaker: 'United States',
        cue: 'claims',
        content: 'North Korea has provided munitions',
        quoted: 'none',
        status: 'unverified',
      },
    },
  ],
};

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(load: () => Promise<LibraryEntry[]>, onOpen = vi.fn()) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<PopupApp load={load} onOpenArticle={onOpen} />, root);
  });
  await act(async () => {});
  return onOpen;
}

describe('PopupApp', () => {
  it('lists each article with its actors, claims and notes, page text rendered as text', async () => {
    await mount(async () => [entry]);
    const card = root.querySelector('[data-article]')!;
    expect(card.querySelector('.title')!.textContent).toBe(entry.article.title);
    expect(card.querySelector('img')).toBeNull();
    expect(card.textContent).toContain('The Daily Ledger');
    expect(card.querySelector('.actor.person')!.textContent).toBe('Vladimir Putin');
    expect(card.querySelector('.claim')!.textContent).toContain(
      'United States claims North Korea has provided munitions',
    );
    expect(card.querySelector('.note-body')!.textContent).toBe('check the treaty text');
  });

  it('opens the article when its title is clicked', async () => {
    const onOpen = await mount(async () => [entry]);
    (root.querySelector('.title') as HTMLElement).click();
    expect(onOpen).toHaveBeenCalledWith('https://news.example.org/a');
  });

  it('says so when nothing is saved, and shows why when loading fails', async () => {
    await mount(async () => []);
    expect(root.textContent).toContain('Nothing saved yet');
    render(null, root);
    root.remove();
    await mount(async () => {
      throw new Error('QuotaExceededError');
    });
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('QuotaExceededError');
  });
});
