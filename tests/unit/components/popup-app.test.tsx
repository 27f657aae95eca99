import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/popup-app';
// Loaded lazily by the popup after its first paint: warmed here so a test need not wait for it.
import '../../../components/popup-extras';
import type { PopupServices } from '../../../components/popup-services';
import { actorAnnotation, annotation, article, claimAnnotation } from '../library/sample';
import { fakeServices } from './fake-services';

const hostile = article('a', {
  title: 'North Korea and Russia <img src=x onerror=alert(1)>',
  lastReadAt: Date.UTC(2024, 5, 19),
});
const older = article('b', { title: 'An older story', lastReadAt: Date.UTC(2024, 5, 1) });
const note = annotation(hostile.id, 'a Cold War-era mutual defense pledge', {
  body: 'check the treaty text',
  colour: 'yellow',
});
const putin = actorAnnotation(hostile.id, 'Vladimir Putin', 50);
const claim = claimAnnotation(
  hostile.id,
  'United States',
  'North Korea has provided munitions',
  80,
);
const otherNote = annotation(older.id, 'grain deal', { body: 'ask the ministry' });

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(services: PopupServices) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<PopupApp services={services} />, root);
  });
  // The library loads in steps (first screen, then everything in slices): let them all run.
  for (let i = 0; i < 30 && !root.querySelector('[data-complete="true"], .error'); i++) {
    await act(async () => {});
  }
}

const fresh = () => fakeServices([older, hostile], [note, putin, claim, otherNote]);
const type = async (el: HTMLInputElement | HTMLTextAreaElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('PopupApp', () => {
  it('lists articles newest first with counts, actors, claims and notes, page text as text', async () => {
    await mount(fresh().services);
    const cards = [...root.querySelectorAll('[data-article]')];
    expect(cards.map((c) => c.getAttribute('data-article'))).toEqual([hostile.id, older.id]);
    const card = cards[0]!;
    expect(card.querySelector('.title')!.textContent).toBe(hostile.title);
    expect(card.querySelector('img')).toBeNull();
    expect(card.textContent).toContain('The Daily Ledger');
    expect(card.querySelector('.counts')!.textContent).toBe('1 note · 1 actor · 1 claim');
    expect(card.querySelector('.actor.person')!.textContent).toBe('Vladimir Putin');
    expect(card.querySelector('.claim')!.textContent).toContain(
      'United States said North Korea has provided munitions',
    );
    expect(card.querySelector('.note-body')!.textContent).toBe('check the treaty text');
  });

  it('searches as the reader types, by note word and by actor name', async () => {
    await mount(fresh().services);
    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    await type(search, 'ministry');
    expect(
      [...root.querySelectorAll('[data-article]')].map((c) => c.getAttribute('data-article')),
    ).toEqual([older.id]);
    await type(search, 'putin');
    expect(root.querySelector('[data-article]')!.getAttribute('data-article')).toBe(hostile.id);
    expect(root.querySelector('.summary')!.textContent).toContain('1 item in 1 article');
  });

  it('edits a note in place and keeps the draft when the write fails', async () => {
    const { services, store } = fresh();
    await mount(services);
    const item = root.querySelector(`[data-note="${note.id}"]`)!;
    await act(() =>
      [...item.querySelectorAll('button')].find((b) => b.textContent === 'Edit note')!.click(),
    );
    const editor = item.querySelector('textarea')!;
    await type(editor, 'new words');
    services.update.mockRejectedValueOnce(
      Object.assign(new Error('full'), { name: 'QuotaExceededError' }),
    );
    await act(async () => item.querySelector<HTMLFormElement>('form')!.requestSubmit());
    expect(root.querySelector('[role=alert]')!.textContent).toContain('no room left');
    expect(item.querySelector('textarea')!.value).toBe('new words');
    await act(async () => item.querySelector<HTMLFormElement>('form')!.requestSubmit());
    await act(async () => {});
    expect(store.get(note.id)!.body).toBe('new words');
    expect(root.querySelector(`[data-note="${note.id}"] .note-body`)!.textContent).toBe(
      'new words',
    );
  });

  it('deletes with the Delete key and brings the note back with undo', async () => {
    const { services, store } = fresh();
    await mount(services);
    const row = root.querySelector<HTMLElement>(`[data-note="${note.id}"]`)!;
    row.focus();
    await act(async () => {
      row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
    });
    await act(async () => {});
    expect(store.has(note.id)).toBe(false);
    expect(root.querySelector(`[data-note="${note.id}"]`)).toBeNull();
    await act(async () => root.querySelector<HTMLButtonElement>('.undo-button')!.click());
    await act(async () => {});
    expect(store.get(note.id)).toEqual(note);
    expect(root.querySelector(`[data-note="${note.id}"]`)).not.toBeNull();
  });

  it('opens the article at the quote and copies a citation', async () => {
    const { services } = fresh();
    await mount(services);
    const item = root.querySelector(`[data-note="${note.id}"]`)!;
    await act(async () => item.querySelector<HTMLButtonElement>('.open')!.click());
    expect(services.openUrl.mock.calls[0]![0]).toMatch(/^https:\/\/news\.example\.org\/a#:~:text=/);
    await act(async () => item.querySelector<HTMLButtonElement>('.copy')!.click());
    expect(services.copy).toHaveBeenCalledWith(
      `"${note.target.selector[0].exact}" - The Daily Ledger, ${hostile.title}, 2024-06-19, ${hostile.url}`,
    );
  });

  it('says so when nothing is saved, and shows why when loading fails', async () => {
    await mount(fakeServices([], []).services);
    expect(root.textContent).toContain('Nothing saved yet');
    render(null, root);
    root.remove();
    const failing = fakeServices([], []).services;
    failing.firstScreen.mockRejectedValue(new Error('QuotaExceededError'));
    await mount(failing);
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('QuotaExceededError');
  });
});

describe('PopupApp loading', () => {
  it('paints the newest articles before the rest is read, the current tab’s first', async () => {
    const { services } = fresh();
    services.currentArticleId = async () => older.id;
    // The full read never finishes: the first screen must not wait for it.
    services.loadAll = () => new Promise<void>(() => {});
    await mount(services);
    expect(services.firstScreen).toHaveBeenCalledWith(expect.any(Number));
    const cards = [...root.querySelectorAll('[data-article]')];
    expect(cards.map((c) => c.getAttribute('data-article'))).toEqual([older.id, hostile.id]);
    expect(root.querySelector(`[data-note="${otherNote.id}"]`)).not.toBeNull();
    expect(root.querySelector('[data-complete="false"]')).not.toBeNull();
  });

  it('suggests the actors it read for the actor filter once everything is loaded', async () => {
    await mount(fresh().services);
    const options = [...root.querySelectorAll('#actor-names option')].map((o) =>
      o.getAttribute('value'),
    );
    expect(options).toEqual(['United States', 'Vladimir Putin']);
  });

  it('reads the current tab’s article too when it is older than the first screen', async () => {
    const { services } = fakeServices([hostile, older], [note, otherNote]);
    services.currentArticleId = async () => older.id;
    services.loadAll = () => new Promise<void>(() => {});
    const firstScreen = services.firstScreen;
    services.firstScreen = vi.fn((limit: number, alsoId?: string) =>
      firstScreen(Math.min(limit, 1), alsoId),
    );
    await mount(services);
    expect(services.firstScreen).toHaveBeenLastCalledWith(0, older.id);
    expect(root.querySelector('[data-article]')!.getAttribute('data-article')).toBe(older.id);
    expect(root.querySelector(`[data-note="${otherNote.id}"]`)).not.toBeNull();
  });
});

describe('PopupApp claims', () => {
  it('keeps a claim status editable after the claim became the reader’s', async () => {
    const { services, store } = fresh();
    await mount(services);
    const pick = async (status: string) => {
      const select = root.querySelector<HTMLSelectElement>('select.status')!;
      await act(async () => {
        select.value = status;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await act(async () => {});
    };
    await pick('disputed');
    expect(store.get(claim.id)!.claim!.status).toBe('disputed');
    expect(root.querySelector(`[data-note="${claim.id}"]`)).not.toBeNull();
    await pick('supported');
    expect(store.get(claim.id)!.claim!.status).toBe('supported');
  });
});

describe('PopupApp first screen from summaries', () => {
  const many = Array.from({ length: 6 }, (_, i) =>
    annotation(hostile.id, `quote ${i}`, { body: `note ${i}` }, i * 10),
  );
  const gated = () => {
    const { services } = fakeServices([hostile], many);
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    services.nextFrame = () => gate;
    return { services, open: () => act(async () => open()) };
  };
  const shownNotes = () => [...root.querySelectorAll('[data-note]')].map((n) => n.textContent);

  it('paints the previews with the real counts, then reads the whole lists', async () => {
    const { services, open } = gated();
    await mount(services);
    // Before the first frame is painted: the summary's 4 notes, the counts of all 6.
    expect(root.querySelector('.counts')!.textContent).toBe('6 notes · 0 actors · 0 claims');
    expect(shownNotes()).toHaveLength(4);
    expect(services.annotationsOf).not.toHaveBeenCalled();
    await open();
    for (let i = 0; i < 30 && !root.querySelector('[data-complete="true"]'); i++)
      await act(async () => {});
    expect(services.annotationsOf).toHaveBeenCalledWith([hostile.id]);
    root.querySelector<HTMLButtonElement>('.link-button')!.click();
    await act(async () => {});
    expect(shownNotes()).toHaveLength(6);
  });

  it("an edit on a preview card re-reads that card's whole list once it is stored", async () => {
    const { services, open } = gated();
    await mount(services);
    await act(async () => root.querySelector<HTMLButtonElement>('[data-note] .delete')!.click());
    await act(async () => {});
    expect(services.remove).toHaveBeenCalledWith(many[0]!.id);
    expect(services.annotationsOf).toHaveBeenCalledWith([hostile.id]);
    expect(root.querySelector('.counts')!.textContent).toBe('5 notes · 0 actors · 0 claims');
    await open();
    for (let i = 0; i < 30 && !root.querySelector('[data-complete="true"]'); i++)
      await act(async () => {});
    // The post-paint read does not overwrite the card's newer list.
    expect(services.annotationsOf).toHaveBeenCalledTimes(1);
    expect(root.querySelector('.counts')!.textContent).toBe('5 notes · 0 actors · 0 claims');
  });
});
