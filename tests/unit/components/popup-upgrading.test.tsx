import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup-app';
import '../../../components/popup-extras';
import { strings } from '../../../components/strings';
import { annotation, article } from '../library/sample';
import { fakeServices } from './fake-services';

const story = article('a', { title: 'A story read before the update' });
const note = annotation(story.id, 'a quoted line', { body: 'my note' });

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

/** Fake services whose database open (the first read) waits until `open()` is called. */
function slowOpen(upgrade: boolean) {
  const { services } = fakeServices([story], [note]);
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const firstScreen = services.firstScreen;
  const watchers: Array<() => void> = [];
  const slow = {
    ...services,
    firstScreen: async (limit: number, alsoId?: string) => {
      await opened;
      return firstScreen(limit, alsoId);
    },
    listArticles: async () => {
      await opened;
      return services.listArticles();
    },
    ...(upgrade && {
      watchUpgrade(onUpgrading: () => void) {
        watchers.push(onUpgrading);
        return () => void watchers.splice(watchers.indexOf(onUpgrading), 1);
      },
    }),
  };
  return { services: slow, open, upgradeStarts: () => watchers.forEach((w) => w()) };
}

async function settle() {
  for (let i = 0; i < 30; i++) await act(async () => {});
}

const status = () => root.querySelector('.opening')?.textContent;

describe('PopupApp while the database opens', () => {
  it('says the notes are being updated, never an empty library, until the open resolves', async () => {
    const { services, open, upgradeStarts } = slowOpen(true);
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => render(<PopupApp services={services} />, root));
    await settle();
    expect(status()).toBe(strings.openingNotes);
    await act(async () => upgradeStarts());
    expect(status()).toBe(strings.updatingNotes);
    expect(root.querySelector('[role="status"][aria-busy="true"]')).not.toBeNull();
    expect(root.querySelector('[data-article]')).toBeNull();
    expect(root.textContent).not.toContain(strings.noArticles);

    await act(async () => open());
    await settle();
    expect(status()).toBeUndefined();
    expect(root.querySelector(`[data-article="${story.id}"]`)).not.toBeNull();
    expect(root.textContent).toContain('my note');
  });

  it('says it is opening them when the services cannot tell an upgrade', async () => {
    const { services, open } = slowOpen(false);
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => render(<PopupApp services={services} />, root));
    await settle();
    expect(status()).toBe(strings.openingNotes);
    expect(root.querySelector('[data-article]')).toBeNull();
    await act(async () => open());
    await settle();
    expect(status()).toBeUndefined();
    expect(root.querySelector('[data-article]')).not.toBeNull();
  });

  it('shows the empty-library message, not the status, once an empty library is read', async () => {
    const { services } = fakeServices([], []);
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => render(<PopupApp services={services} />, root));
    await settle();
    expect(status()).toBeUndefined();
    expect(root.textContent).toContain(strings.noArticles);
  });
});
