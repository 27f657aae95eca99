import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SelectionToolbar } from '../../../components/selection-toolbar';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(onSave: (note: string) => Promise<void>) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<SelectionToolbar at={{ x: 10, y: 20 }} onSave={onSave} onClose={vi.fn()} />, root);
  });
  const note = root.querySelector('textarea[name="note"]') as HTMLTextAreaElement;
  await act(async () => {
    note.value = 'worth checking';
    note.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    (root.querySelector('button[data-action="save"]') as HTMLButtonElement).click();
  });
  await act(async () => {});
  return { note, status: root.querySelector('[role="status"]')! };
}

describe('SelectionToolbar', () => {
  it('passes the note to onSave and says Saved', async () => {
    const onSave = vi.fn(async () => {});
    const { status } = await mount(onSave);
    expect(onSave).toHaveBeenCalledWith('worth checking');
    expect(status.textContent).toBe('Saved');
  });

  it('keeps the note and shows the reason when saving fails', async () => {
    const { note, status } = await mount(async () => {
      throw new Error('the extension was updated; reload the page.');
    });
    expect(status.textContent).toContain('Not saved: the extension was updated');
    expect(note.value).toBe('worth checking');
  });
});
