import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { MarginCard, type CardData } from '../../../components/margin-card';
import { useRenderRoot } from './render-root';

const rootOf = useRenderRoot();

const actor = (extra: Partial<Extract<CardData, { kind: 'actor' }>>): CardData => ({
  kind: 'actor',
  name: 'Washington',
  type: 'place',
  aliases: ['Washington'],
  mentions: 1,
  claims: [{ cue: 'claims', content: 'North Korea has provided munitions' }],
  ...extra,
});

describe('MarginCard for an actor', () => {
  it('says which actor a metonym stands for, and lists the claims made through it', () => {
    const root = rootOf();
    render(
      <MarginCard
        data={actor({ standsFor: 'United States' })}
        at={{ x: 0, y: 0 }}
        onClose={() => {}}
      />,
      root,
    );
    expect(root.querySelector('.stands-for')!.textContent).toBe('Stands for United States here');
    expect(root.querySelector('.claims')!.textContent).toContain('claims');
  });

  it("names a state's metonyms, and says nothing of standing for anything", () => {
    const root = rootOf();
    const data = actor({ name: 'Russia', aliases: ['Russia'], standIns: ['Moscow', 'Kremlin'] });
    render(<MarginCard data={data} at={{ x: 0, y: 0 }} onClose={() => {}} />, root);
    expect(root.querySelector('.stands-for')).toBeNull();
    expect(root.textContent).toContain('Also as (for its government): Moscow, Kremlin');
  });
});

describe('MarginCard for a claim', () => {
  it('names its kind in words and says when the cue is negated or the claim hedged', () => {
    const root = rootOf();
    const data: CardData = {
      kind: 'claim',
      speaker: 'Vladimir Putin',
      cue: 'did not clarify',
      claimKind: 'other',
      quoted: 'none',
      negated: true,
      hedged: true,
      content: 'whether this assistance would necessitate intervention',
      status: null,
      saved: false,
    };
    render(<MarginCard data={data} at={{ x: 0, y: 0 }} onClose={() => {}} />, root);
    expect(root.querySelector('.kind')!.textContent).toBe('Other, not said, hedged');
    expect([...root.querySelectorAll('.flag')].map((p) => p.textContent)).toEqual([
      'The cue is negated: the speaker did not say or declined to say this.',
      'The claim is hedged (“may”, “reportedly”, “possibly”).',
    ]);
    const plain = { ...data, claimKind: 'denial' as const, negated: undefined, hedged: undefined };
    render(<MarginCard data={plain} at={{ x: 0, y: 0 }} onClose={() => {}} />, root);
    expect(root.querySelector('.kind')!.textContent).toBe('Denial');
    expect(root.querySelector('.flag')).toBeNull();
  });
});
