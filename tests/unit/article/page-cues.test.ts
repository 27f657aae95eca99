import { describe, expect, it } from 'vitest';
import { CUE_NAMES, PROFILE_TAGS } from '../../../utils/article/page-cues';
import { FEATURE_NAMES } from '../../../utils/article/features';
import { featuresByName } from './page';

const features = (html: string, url = 'https://example.com/page') => featuresByName(html, url);

const doc = (title: string, body: string) =>
  `<html><head><title>${title}</title></head><body>${body}</body></html>`;

const REPORTED = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>On March ${i + 3}, 2024 the minister said that she and her staff had met them twice, ` +
    `and they told reporters their talks would go on.</p>`,
).join('');

const SERVICE = Array.from(
  { length: 5 },
  () =>
    `<p>We help you grow: our team builds your website, and we support you after launch ` +
    `with our own engineers, so you can focus on your business.</p>`,
).join('');

describe('page cues', () => {
  it('names every cue once, after the declared and prose features', () => {
    expect(CUE_NAMES).toHaveLength(PROFILE_TAGS.length + 9);
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_NAMES.length);
    const at = FEATURE_NAMES.indexOf(CUE_NAMES[0]);
    expect(FEATURE_NAMES.slice(at, at + CUE_NAMES.length)).toEqual([...CUE_NAMES]);
  });

  it('tag profile: icon fonts and spans per 1,000 visible characters', () => {
    const icons = '<i class="fa fa-check"></i>'.repeat(20);
    const plain = features(doc('A page', `<div class="content">${REPORTED}</div>`));
    const iconic = features(doc('A page', `<div class="content">${icons}${REPORTED}</div>`));
    expect(plain.per1kI).toBe(0);
    expect(iconic.per1kI).toBeGreaterThan(10);
    expect(iconic.per1kP).toBeGreaterThan(5);
  });

  it('title cues: a how-to or listicle title, a service title, its segments', () => {
    const f = (title: string) => features(doc(title, `<div>${REPORTED}</div>`));
    expect(f('How to repair a bike').titleQuestion).toBe(1);
    expect(f('10 ways to save').titleQuestion).toBe(1);
    expect(f('Talks end in Geneva').titleQuestion).toBe(0);
    expect(f('Web design services | Acme').titleService).toBe(1);
    expect(f('Talks end | World | The Daily').titleSegments).toBe(2);
    expect(f('').titleWords).toBe(0);
  });

  it('voice: a firm addressing its customers against reported speech with dates', () => {
    const firm = features(doc('Acme', `<div class="content">${SERVICE}</div>`));
    const news = features(doc('Talks', `<div class="content">${REPORTED}</div>`));
    expect(firm.voiceWe).toBeGreaterThan(news.voiceWe!);
    expect(firm.voiceYou).toBeGreaterThan(news.voiceYou!);
    expect(news.voiceThird).toBeGreaterThan(firm.voiceThird!);
    expect(news.textDates).toBeCloseTo(Math.log(6));
    expect(firm.textDates).toBe(0);
  });

  it('is all zeros on a page without text', () => {
    const f = features(doc('', '<div></div>'));
    for (const name of CUE_NAMES) expect(f[name]).toBe(0);
  });
});
