/** The options page's access choice: the radios and the allow list write the settings. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { SiteAccessView } from '../../../components/site-access-view';
import { isMarginOff, SETTINGS_KEY, type Settings } from '../../../utils/settings';
import { memoryArea } from '../settings/memory-area';

describe('SiteAccessView', () => {
  it('switches to "only sites I allow", allows a typed site and removes it again', async () => {
    const area = memoryArea();
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(<SiteAccessView area={area} />, root);
    });
    await act(async () => {});
    const radio = (value: string) =>
      root.querySelector(`input[type="radio"][value="${value}"]`) as HTMLInputElement;
    expect(radio('all').checked).toBe(true);
    await act(async () => {
      radio('allowed').click();
    });
    const stored = () => area.data[SETTINGS_KEY] as Settings;
    expect(stored().access).toBe('allowed');
    expect(isMarginOff(stored(), 'www.example.com')).toBe(true);

    const input = root.querySelector('input[name="allowed-site"]') as HTMLInputElement;
    const submit = async (text: string) => {
      input.value = text;
      await act(async () => {
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(async () => {
        (root.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      });
    };
    await submit('not a site');
    expect(root.textContent).toContain('That is not a site name.');
    await submit('https://www.example.com/news/1');
    expect(stored().allowedSites).toEqual(['example.com']);
    expect(isMarginOff(stored(), 'www.example.com')).toBe(false);
    expect(root.querySelector('li[data-site="example.com"]')).not.toBeNull();
    await act(async () => {
      (root.querySelector('li[data-site="example.com"] button') as HTMLButtonElement).click();
    });
    expect(stored().allowedSites ?? []).toEqual([]);
    expect(isMarginOff(stored(), 'www.example.com')).toBe(true);
    render(null, root);
    root.remove();
  });
});
