/** The options page's log view: hostile entries stay text, the switch writes the setting. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { DebugLogView } from '../../../components/debug-log-view';
import { DEBUG_LOG_KEY, DEBUG_LOG_ON_KEY } from '../../../utils/debug-log';
import { memoryArea } from './memory-area';

describe('DebugLogView', () => {
  it('shows page text as text and switches the log on', async () => {
    const area = memoryArea();
    const payload = '<img src=x onerror="globalThis.__pwned=1">';
    area.data[DEBUG_LOG_KEY] = [{ at: 1, scope: 'reader', message: payload, detail: payload }];
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(<DebugLogView area={area} />, root);
    });
    await act(async () => {});
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(payload);
    const box = root.querySelector('input[type="checkbox"]') as HTMLInputElement;
    expect(box.checked).toBe(false);
    await act(async () => {
      box.click();
    });
    expect(area.data[DEBUG_LOG_ON_KEY]).toBe(true);
    render(null, root);
    root.remove();
  });
});
