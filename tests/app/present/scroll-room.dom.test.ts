import { afterEach, describe, expect, it } from 'vitest';
import { scrollRoomAt } from '../../../src/app/present/scroll-room';
import { textMeasureFor } from '../../../src/app/present/text-measure';

/** jsdom lays nothing out: give a box the sizes a browser would. */
function box(el: HTMLElement, sizes: { scrollHeight: number; clientHeight: number; scrollTop: number }) {
  for (const [k, v] of Object.entries(sizes)) Object.defineProperty(el, k, { value: v, configurable: true });
}

afterEach(() => document.body.replaceChildren());

describe('scrollRoomAt', () => {
  function table(scrollTop: number) {
    const root = document.createElement('main');
    const wrap = document.createElement('div');
    wrap.style.overflowY = 'auto';
    const cell = document.createElement('td');
    wrap.append(cell);
    root.append(wrap);
    document.body.append(root);
    box(wrap, { scrollHeight: 1000, clientHeight: 400, scrollTop });
    return { root, cell };
  }

  it('finds the area around the key’s target that scrolls, and which way it still can', () => {
    const top = table(0);
    expect(scrollRoomAt(top.cell, top.root)).toEqual({ back: false, on: true });
    document.body.replaceChildren();
    const middle = table(300);
    expect(scrollRoomAt(middle.cell, middle.root)).toEqual({ back: true, on: true });
    document.body.replaceChildren();
    const end = table(600);
    expect(scrollRoomAt(end.cell, end.root)).toEqual({ back: true, on: false });
  });

  it('finds no room where nothing scrolls', () => {
    const root = document.createElement('main');
    const p = document.createElement('p');
    root.append(p);
    document.body.append(root);
    expect(scrollRoomAt(p, root)).toEqual({ back: false, on: false });
    expect(scrollRoomAt(null, root)).toEqual({ back: false, on: false });
  });
});

describe('textMeasureFor', () => {
  it('estimates 0.6 em a character where there is no canvas to measure with', () => {
    const el = document.createElement('span');
    el.style.fontSize = '30px';
    document.body.append(el);
    expect(textMeasureFor(el)('Home help')).toBe(9 * 30 * 0.6);
  });
});
