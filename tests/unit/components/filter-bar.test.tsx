import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FilterBar } from '../../../components/filter-bar';
import type { Filters } from '../../../utils/library/query';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const SITES = ['alpha.example', 'beta.example', 'gamma.example'];
const onFilters = vi.fn();
// The popup keeps its filters in state: the same object until a filter changes.
const NONE: Filters = {};
const NAMES = ['Anna Kim'];
const mount = (query: string, filters: Filters = NONE, sites = SITES) =>
  act(() => {
    render(
      <FilterBar
        query={query}
        onQuery={() => {}}
        filters={filters}
        onFilters={onFilters}
        sites={sites}
        actorNames={NAMES}
      />,
      root,
    );
  });
const siteSelect = () =>
  [...root.querySelectorAll('select')].find((s) =>
    s.querySelector('option[value="beta.example"]'),
  )!;

describe('filter bar', () => {
  it('typing a search leaves the filter panel alone, a filter change updates it', () => {
    mount('cease');
    expect(root.querySelector<HTMLInputElement>('input[type=search]')!.value).toBe('cease');
    // Marked by hand: a re-render of the panel would set the select back to "Any".
    siteSelect().value = 'gamma.example';
    mount('ceasefire');
    expect(root.querySelector<HTMLInputElement>('input[type=search]')!.value).toBe('ceasefire');
    expect(siteSelect().value).toBe('gamma.example');
    mount('ceasefire', { site: 'beta.example' });
    expect(siteSelect().value).toBe('beta.example');
    expect(root.querySelector('details')!.open).toBe(true);
  });

  it('lists a new site once the list of sites changes', () => {
    mount('');
    mount('', {}, [...SITES, 'delta.example']);
    expect(siteSelect().querySelector('option[value="delta.example"]')).not.toBeNull();
  });

  it('a chosen filter is reported with the others kept', () => {
    mount('', { kind: 'claim' });
    const select = siteSelect();
    select.value = 'alpha.example';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onFilters).toHaveBeenLastCalledWith({ kind: 'claim', site: 'alpha.example' });
  });
});
