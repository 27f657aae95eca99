import { describe, expect, it } from 'vitest';
import { strings } from '../../../components/strings';

describe('popup strings', () => {
  it('counts in the singular for one and the plural otherwise', () => {
    expect(strings.showAllItems(1, 9)).toBe('Show all 1 note and 9 claims');
    expect(strings.showAllItems(0, 1)).toBe('Show all 1 claim');
    expect(strings.showAllItems(2, 0)).toBe('Show all 2 notes');
    expect(strings.counts(1, 0, 2)).toBe('1 note · 0 actors · 2 claims');
  });
});
