import { describe, expect, it } from 'vitest';
import { moveFocus, type NavItem } from '../../../src/lib/timeline/timeline-navigation';

/** Lane 0: events a (x 10), b (x 50); lane 1: nothing; lane 2: c (x 0), d (x 40), e (x 90). */
const items: NavItem[] = [
  { key: 'a', kind: 'event', id: 'a', lane: 0, x: 10, row: 0 },
  { key: 'b', kind: 'event', id: 'b', lane: 0, x: 50, row: 0 },
  { key: 'c', kind: 'step', id: 'c', lane: 2, x: 0, row: 0 },
  { key: 'd', kind: 'step', id: 'd', lane: 2, x: 40, row: 1 },
  { key: 'e', kind: 'step', id: 'e', lane: 2, x: 90, row: 0 },
];

describe('moveFocus', () => {
  it('moves left and right in time within the lane, and stops at its ends', () => {
    expect(moveFocus(items, 'c', 'ArrowRight')).toBe('d');
    expect(moveFocus(items, 'd', 'ArrowLeft')).toBe('c');
    expect(moveFocus(items, 'e', 'ArrowRight')).toBe('e');
    expect(moveFocus(items, 'a', 'ArrowLeft')).toBe('a');
  });

  it('goes up and down to the item nearest in time in the next lane with items', () => {
    expect(moveFocus(items, 'b', 'ArrowDown')).toBe('d');
    expect(moveFocus(items, 'a', 'ArrowDown')).toBe('c');
    expect(moveFocus(items, 'e', 'ArrowUp')).toBe('b');
    expect(moveFocus(items, 'e', 'ArrowDown')).toBe('e');
  });

  it('goes to the first and last item of the lane with Home and End', () => {
    expect(moveFocus(items, 'd', 'Home')).toBe('c');
    expect(moveFocus(items, 'c', 'End')).toBe('e');
  });

  it('starts at the first item when the focused one is gone, and has nowhere to go on an empty timeline', () => {
    expect(moveFocus(items, 'gone', 'ArrowRight')).toBe('a');
    expect(moveFocus([], 'a', 'ArrowRight')).toBeNull();
  });
});
