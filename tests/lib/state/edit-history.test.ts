import { describe, expect, it } from 'vitest';
import { COALESCE_MS, EditHistory, HISTORY_LIMIT } from '../../../src/lib/state/edit-history';

describe('the edit history', () => {
  it('undoes and redoes to the exact earlier objects', () => {
    const h = new EditHistory<{ v: number }>(() => 0);
    const s0 = { v: 0 };
    const s1 = { v: 1 };
    const s2 = { v: 2 };
    h.record('one', s0, s1);
    h.record('two', s1, s2);
    expect(h.undoLabel).toBe('two');
    expect(h.undo(s2)).toBe(s1);
    expect(h.undo(s1)).toBe(s0);
    expect(h.undo(s0)).toBeNull();
    expect(h.redoLabel).toBe('one');
    expect(h.redo(s0)).toBe(s1);
    expect(h.redo(s1)).toBe(s2);
    expect(h.redo(s2)).toBeNull();
  });

  it('merges edits of the same field within the coalescing time, not after it', () => {
    let now = 0;
    const h = new EditHistory<number>(() => now);
    h.record('type', 0, 1, { coalesce: 'label' });
    now += COALESCE_MS - 1;
    h.record('type', 1, 2, { coalesce: 'label' });
    now += COALESCE_MS + 1;
    h.record('type', 2, 3, { coalesce: 'label' });
    h.record('other', 3, 4, { coalesce: 'cost' });
    expect(h.undo(4)).toBe(3);
    expect(h.undo(3)).toBe(2);
    expect(h.undo(2)).toBe(0);
  });

  it('does not merge into an edit that was undone and redone, and a new edit clears redo', () => {
    const h = new EditHistory<number>(() => 0);
    h.record('a', 0, 1, { coalesce: 'k' });
    expect(h.undo(1)).toBe(0);
    expect(h.redo(0)).toBe(1);
    h.record('a', 1, 2, { coalesce: 'k' });
    expect(h.undo(2)).toBe(1);
    h.record('b', 1, 5);
    expect(h.redoLabel).toBeNull();
  });

  it('refuses to undo onto a document that is not the last edit’s result', () => {
    const h = new EditHistory<number>(() => 0);
    h.record('a', 0, 1);
    expect(h.undo(7)).toBeNull();
    expect(h.undoLabel).toBe('a');
  });

  it('keeps at most the history limit', () => {
    const h = new EditHistory<number>(() => 0);
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) h.record('e', i, i + 1);
    let cur = HISTORY_LIMIT + 10;
    let steps = 0;
    for (let prev = h.undo(cur); prev !== null; prev = h.undo(cur)) {
      cur = prev;
      steps++;
    }
    expect(steps).toBe(HISTORY_LIMIT);
    expect(cur).toBe(10);
  });
});
