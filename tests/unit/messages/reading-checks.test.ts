import { describe, expect, it } from 'vitest';
import { backgroundChecks, contentChecks } from '../../../utils/message-checks';

describe('payload checks of the reading messages', () => {
  it('accepts well-formed edits and refuses unknown fields, colours and statuses', () => {
    const ok = { id: 'a1', expectedModified: 5, patch: { status: 'disputed' } };
    expect(backgroundChecks.editAnnotation(ok)).toBe(true);
    expect(backgroundChecks.editAnnotation({ ...ok, patch: { status: 'true' } })).toBe(false);
    expect(backgroundChecks.editAnnotation({ ...ok, patch: { colour: 'red' } })).toBe(false);
    expect(backgroundChecks.editAnnotation({ ...ok, patch: { origin: 'user' } })).toBe(false);
    expect(backgroundChecks.editAnnotation({ ...ok, expectedModified: 'now' })).toBe(false);
  });

  it('checks reading reports and the empty requests', () => {
    expect(backgroundChecks.reportReading({ claims: 9, title: 'T' })).toBe(true);
    expect(backgroundChecks.reportReading({ claims: null })).toBe(true);
    expect(backgroundChecks.reportReading({ claims: -1 })).toBe(false);
    expect(backgroundChecks.readingTabs({})).toBe(true);
    expect(backgroundChecks.readingTabs({ all: true })).toBe(false);
    expect(contentChecks.summary({})).toBe(true);
  });

  it('knows every panel action and nothing else', () => {
    const action = (a: unknown) => contentChecks.panel({ action: a });
    expect(action({ type: 'focus', kind: 'claim', id: 'c3' })).toBe(true);
    expect(action({ type: 'focus', kind: 'note', id: 'c3' })).toBe(false);
    expect(action({ type: 'toggle', group: 'margin-person', visible: false })).toBe(true);
    expect(action({ type: 'toggle', group: 'margin-person' })).toBe(false);
    expect(action({ type: 'site', off: true })).toBe(true);
    expect(action({ type: 'eval', code: '1' })).toBe(false);
    expect(contentChecks.command({ name: 'next-claim' })).toBe(true);
  });
});
