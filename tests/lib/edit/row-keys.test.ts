import { describe, expect, it } from 'vitest';
import { rowKeys } from '../../../src/lib/edit/row-keys';

describe('row keys', () => {
  it('are the items’ ids, so they follow the items when the list changes', () => {
    expect(rowKeys([{ id: 'a' }, { id: 'b' }, { id: 'c' }])).toEqual(['a', 'b', 'c']);
    expect(rowKeys([{ id: 'c' }, { id: 'a' }])).toEqual(['c', 'a']);
    expect(rowKeys([])).toEqual([]);
  });

  it('stay unique when a draft repeats an id', () => {
    const keys = rowKeys([{ id: 'a' }, { id: 'a' }, { id: 'a#2' }, { id: 'a' }]);
    expect(keys).toEqual(['a', 'a#2', 'a#2#2', 'a#3']);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
