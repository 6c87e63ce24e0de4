import { describe, expect, it } from 'vitest';
import { moveItem } from '../../../src/lib/edit/move-item';
import { mapSteps, otherPath, stepListAt } from '../../../src/lib/edit/place';
import { fixture } from './fixture';

describe('places of steps and events', () => {
  it('find a path’s steps, a branch’s steps and an event’s consequences by id', () => {
    const s = fixture();
    expect(stepListAt(s, { path: 'pilot' })!.map((x) => x.id)).toEqual(['team', 'intake', 'coach']);
    expect(stepListAt(s, { path: 'reference', branch: 'likely' })!.map((x) => x.id)).toEqual(['extra']);
    expect(stepListAt(s, { path: 'pilot', event: 'ots' })!.map((x) => x.id)).toEqual(['guardian']);
    expect(stepListAt(s, { path: 'pilot', branch: 'nope' })).toBeNull();
    expect(otherPath('pilot')).toBe('reference');
  });

  it('change one list and share everything else; nothing changed gives the same scenario', () => {
    const s = fixture();
    const out = mapSteps(s, { path: 'pilot', event: 'ots' }, (steps) => steps.slice(0, 0));
    expect(out.paths.pilot.events[0]!.consequences).toEqual([]);
    expect(out.paths.pilot.steps).toBe(s.paths.pilot.steps);
    expect(out.paths.pilot.events[1]).toBe(s.paths.pilot.events[1]);
    expect(out.paths.reference).toBe(s.paths.reference);
    expect(out.parameters).toBe(s.parameters);
    expect(s.paths.pilot.events[0]!.consequences).toHaveLength(1);
    expect(mapSteps(s, { path: 'pilot' }, (x) => x)).toBe(s);
  });

  it('moveItem moves one item, clamps the target and keeps the array when nothing moves', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(list, 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(list, 1, 9)).toEqual(['a', 'c', 'b']);
    expect(moveItem(list, 0, -1)).toBe(list);
    expect(moveItem(list, 5, 0)).toBe(list);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});
