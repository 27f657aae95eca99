import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleCard } from '../../../components/article-card';
import { COLLAPSED_CLAIMS, COLLAPSED_NOTES } from '../../../components/card-items';
import type { Actions } from '../../../components/use-actions';
import { actorAnnotation, annotation, article, claimAnnotation } from '../library/sample';

const story = article('long');
const notes = Array.from({ length: COLLAPSED_NOTES + 2 }, (_, i) =>
  annotation(story.id, `quote ${i}`, { body: `note ${i}` }, i * 10),
);
const claims = Array.from({ length: COLLAPSED_CLAIMS + 1 }, (_, i) =>
  claimAnnotation(story.id, `Speaker ${i}`, `content ${i}`, 500 + i * 10),
);

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(expanded: boolean, onToggle = vi.fn(), annotations = [...notes, ...claims]) {
  root = document.createElement('ul');
  document.body.append(root);
  render(
    <ArticleCard
      entry={{ article: story, annotations }}
      actions={{} as Actions}
      current={false}
      expanded={expanded}
      onToggleExpanded={onToggle}
      editingId={undefined}
      onEditing={() => {}}
      onExport={() => {}}
    />,
    root,
  );
  return onToggle;
}

describe('ArticleCard', () => {
  it('renders the first notes and claims of a long card, counts all, and offers the rest', async () => {
    const onToggle = mount(false);
    const shown = [...root.querySelectorAll('[data-note]')].map((el) =>
      el.getAttribute('data-note'),
    );
    expect(shown).toEqual(notes.slice(0, COLLAPSED_NOTES).map((n) => n.id));
    expect(root.querySelectorAll('.claim')).toHaveLength(COLLAPSED_CLAIMS);
    expect(root.querySelector('.counts')!.textContent).toContain(`${notes.length} notes`);
    const more = root.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(more.textContent).toBe(`Show all ${notes.length} notes and ${claims.length} claims`);
    await act(() => more.click());
    expect(onToggle).toHaveBeenCalledWith(story.id);
  });

  it('renders every note and claim once expanded', () => {
    mount(true);
    expect(root.querySelectorAll('[data-note]')).toHaveLength(notes.length);
    expect(root.querySelectorAll('.claim')).toHaveLength(claims.length);
    expect(root.querySelector('button[aria-expanded="true"]')!.textContent).toBe('Show fewer');
  });

  it("says on a metonym's chip what it stands for", () => {
    const kremlin = actorAnnotation(story.id, 'Kremlin', 5);
    kremlin.actor = { ...kremlin.actor!, type: 'place', standsFor: 'Russia' };
    mount(false, vi.fn(), [actorAnnotation(story.id, 'Russia', 1), kremlin]);
    const chips = [...root.querySelectorAll('.actors li')].map((li) => li.textContent);
    expect(chips).toEqual(['Russia', 'Kremlin (for Russia)']);
  });

  it('marks a saved claim the speaker did not make, or hedged', () => {
    const unsaid = claimAnnotation(story.id, 'Mr. Z', 'whether it holds', 5);
    unsaid.claim = { ...unsaid.claim!, cue: 'declined to say', negated: true };
    mount(false, vi.fn(), [unsaid, claimAnnotation(story.id, 'Ms. Y', 'it is fine', 50)]);
    const lines = [...root.querySelectorAll('.claim-line')].map((p) => p.textContent);
    expect(lines).toEqual([
      'Mr. Z declined to say (not said) whether it holds',
      'Ms. Y said it is fine',
    ]);
  });
});
