import { describe, expect, it } from 'vitest';
import { itemAt, itemKey } from '../../../src/lib/edit/item-at';
import { fixture } from './fixture';

describe('items by document path', () => {
  it('finds steps, branch steps, events, consequences and parameters', () => {
    const s = fixture();
    expect(itemAt(s, 'paths.pilot.steps[2]')).toEqual({ kind: 'step', at: { path: 'pilot' }, id: 'coach' });
    expect(itemAt(s, 'paths.reference.branches[0].steps[0]')).toEqual({
      kind: 'step',
      at: { path: 'reference', branch: 'likely' },
      id: 'extra',
    });
    expect(itemAt(s, 'paths.pilot.events[1]')).toEqual({ kind: 'event', at: { path: 'pilot' }, id: 'uhp' });
    expect(itemAt(s, 'paths.pilot.events[0].consequences[0]')).toEqual({
      kind: 'step',
      at: { path: 'pilot', event: 'ots' },
      id: 'guardian',
    });
    expect(itemAt(s, 'parameters[2]')).toEqual({ kind: 'parameter', id: 'ref_cost' });
  });

  it('gives null for what is not there or not an item', () => {
    const s = fixture();
    expect(itemAt(s, 'paths.pilot.steps[9]')).toBeNull();
    expect(itemAt(s, 'paths.pilot.steps[0].label')).toBeNull();
    expect(itemAt(s, 'members[0]')).toBeNull();
    expect(itemAt(s, 'paths.reference.branches[4].steps[0]')).toBeNull();
  });

  it('keys name the form by kind, place and id', () => {
    expect(itemKey({ kind: 'step', at: { path: 'pilot', event: 'ots' }, id: 'g' })).toBe('step:pilot::ots:g');
    expect(itemKey({ kind: 'event', at: { path: 'reference', branch: 'b' }, id: 'e' })).toBe(
      'event:reference:b::e',
    );
    expect(itemKey({ kind: 'parameter', id: 'p' })).toBe('parameter:p');
  });
});
