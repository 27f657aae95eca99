import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PanelApp } from '../../../components/panel-app';
import { offSummary, type ReadingSummary } from '../../../utils/reading/summary';
import { useRenderRoot } from './render-root';

const rootOf = useRenderRoot();

const summary: ReadingSummary = {
  ...offSummary('A pact', 'https://news.example/pact', false),
  actors: [
    {
      id: 'a2',
      name: 'Russia',
      type: 'place',
      mentions: 4,
      aliases: ['Russia'],
      standIns: [
        { id: 'a9', name: 'Kremlin', mentions: 1 },
        { id: 'a6', name: 'Moscow', mentions: 1 },
      ],
    },
    { id: 'a1', name: 'Vladimir Putin', type: 'person', mentions: 6, aliases: [], standIns: [] },
  ],
  speakers: [
    {
      name: 'Vladimir Putin',
      actorId: 'a1',
      anonymous: false,
      claims: [
        { id: 'c1', kind: 'other', cue: 'did not clarify', quoted: 'none', negated: true },
        { id: 'c2', kind: 'statement', cue: 'emphasized', quoted: 'none' },
      ],
    },
  ],
};

describe('PanelApp', () => {
  it('lists a metonym with the actor it stands for, each one showing its own mention', async () => {
    const root = rootOf();
    const onAction = vi.fn();
    render(<PanelApp summary={summary} onAction={onAction} />, root);
    const places = root.querySelectorAll('.type-group')[1]!;
    expect(places.querySelector('li')!.textContent).toBe('Russia 4, also as Kremlin 1, Moscow 1');
    // Only the state has a line of its own.
    expect(places.querySelectorAll('li')).toHaveLength(1);
    await act(() => root.querySelector<HTMLButtonElement>('[data-actor="a9"]')!.click());
    expect(onAction).toHaveBeenCalledWith({ type: 'focus', kind: 'actor', id: 'a9' });
  });

  it("names each claim's kind in words, with its negation", () => {
    const root = rootOf();
    render(<PanelApp summary={summary} onAction={() => {}} />, root);
    const kinds = [...root.querySelectorAll('.speaker .kind')].map((e) => e.textContent);
    expect(kinds).toEqual(['Other, not said', 'Statement']);
  });
});
