import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VirtualList } from '../../../components/virtual-list';

// happy-dom lays nothing out: each row reports the height its data-h attribute gives, and
// the scroller a 300 px viewport.
const ITEMS = Array.from({ length: 1000 }, (_, i) => ({ id: `a${i}`, h: i % 2 ? 40 : 60 }));
let root: HTMLElement;
let renders = 0;

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return Number(this.dataset.h ?? 0);
  });
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(300);
  root = document.createElement('div');
  document.body.append(root);
  renders = 0;
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

type Item = (typeof ITEMS)[number];
function mount(
  items: Item[],
  reveal?: { index: number; seq: number },
  variantOf?: (item: Item) => number,
) {
  const renderRow = (item: Item) => {
    renders++;
    return (
      <li key={item.id} data-h={item.h}>
        {item.id}
      </li>
    );
  };
  render(
    <VirtualList
      items={items}
      keyOf={(item) => item.id}
      variantOf={variantOf}
      estimate={() => 50}
      reveal={reveal}
      label="list"
      overscan={100}
      render={renderRow}
    />,
    root,
  );
}

const list = () => root.querySelector('ul')!;
const shown = () => [...list().children].map((el) => el.textContent);

describe('VirtualList', () => {
  it('renders only the window, with spacers standing in for the rest at their measured heights', async () => {
    await act(() => mount(ITEMS));
    // 300 px viewport + 100 px overscan below, from the top: items of 60 and 40 px.
    expect(shown().length).toBeGreaterThan(5);
    expect(shown().length).toBeLessThan(15);
    expect(shown()[0]).toBe('a0');
    // The rest are estimated at 50 px each.
    expect(list().style.paddingTop).toBe('0px');
    expect(list().style.paddingBottom).toBe(`${(ITEMS.length - shown().length) * 50}px`);
  });

  it('a measurement that leaves the window in place costs no second render pass', async () => {
    // Estimates equal to what is measured except for the last rendered row's (items 0-8 fill
    // 300 px + 100 px overscan): the window stays, only the spacer below changes.
    const items = ITEMS.slice(0, 100).map((item, i) => ({ ...item, h: i === 8 ? 55 : 50 }));
    // Mounted first, so the viewport is known (a first render guesses it).
    await act(() => mount(ITEMS));
    renders = 0;
    await act(() => mount(items));
    const rows = shown().length;
    console.log('DBG2', shown());
    expect(rows).toBe(9);
    expect(renders).toBe(rows);
    const below = (items.length - rows) * 50;
    expect(list().style.paddingBottom).toBe(`${below}px`);
  });

  it('moves the window when scrolled, keeping the rows above as padding', async () => {
    await act(() => mount(ITEMS));
    const scroller = root.querySelector<HTMLElement>('.vlist')!;
    scroller.scrollTop = 5000;
    await act(() => {
      scroller.dispatchEvent(new Event('scroll'));
    });
    const first = Number(shown()[0]!.slice(1));
    expect(first).toBeGreaterThan(50);
    expect(shown().length).toBeLessThan(15);
    const top = parseFloat(list().style.paddingTop);
    expect(top).toBeLessThanOrEqual(5000 - 100);
    expect(top).toBeGreaterThan(5000 - 100 - 60);
  });

  it('reuses a measured height only for the same item shown the same way', async () => {
    const tall = Array.from({ length: 10 }, (_, i) => ({ id: `t${i}`, h: 100 }));
    const shortFirst = (variant: number) =>
      mount(
        [...ITEMS.slice(0, 20).map((item) => ({ ...item, h: 50 })), ...tall],
        undefined,
        () => variant,
      );
    // The tall items are measured at 100 px while listed first...
    await act(() => mount(tall, undefined, () => 0));
    // ...then listed below the window: shown the same way, they stand in at that height...
    await act(() => shortFirst(0));
    const rows = shown().length;
    const estimated = (30 - rows) * 50;
    const same = parseFloat(list().style.paddingBottom);
    expect(same - estimated).toBeGreaterThanOrEqual(3 * 50);
    // ...shown another way (filtered, expanded), at the estimate.
    await act(() => mount(tall, undefined, () => 0));
    await act(() => shortFirst(1));
    expect(shown().length).toBe(rows);
    expect(list().style.paddingBottom).toBe(`${estimated}px`);
  });

  it('re-windows a new list of items without carrying over the old window', async () => {
    await act(() => mount(ITEMS));
    await act(() => mount(ITEMS.slice(500, 503)));
    expect(shown()).toEqual(['a500', 'a501', 'a502']);
    expect(list().style.paddingBottom).toBe('0px');
  });

  it('scrolls a row outside the window into it when asked (keyboard navigation)', async () => {
    await act(() => mount(ITEMS));
    await act(() => mount(ITEMS, { index: 500, seq: 1 }));
    expect(shown()).toContain('a500');
    const scroller = root.querySelector<HTMLElement>('.vlist')!;
    expect(scroller.scrollTop).toBeGreaterThan(0);
  });
});
