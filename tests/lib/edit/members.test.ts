import { describe, expect, it } from 'vitest';
import { addMember } from '../../../src/lib/edit/add-member';
import { deleteMember, toggleMember } from '../../../src/lib/edit/delete-member';
import { updateMember } from '../../../src/lib/edit/update-member';
import { validateScenario } from '../../../src/lib/model/validate-scenario';
import { fixture } from './fixture';

describe('family members', () => {
  it('are added with a readable unique id', () => {
    const s = fixture();
    const a = addMember(s, 'Vader', 'nl', 'parent');
    expect(a.id).toBe('vader');
    expect(a.scenario.members.at(-1)).toEqual({ id: 'vader', label: { nl: 'Vader' }, role: 'parent' });
    expect(addMember(s, 'Mother', 'en').id).toBe('mother-2');
  });

  it('are renamed without touching the steps that target them', () => {
    const s = fixture();
    const r = updateMember(s, 'mother', (m) => ({ ...m, label: 'Moeder' }));
    expect(r.members[0]!.label).toBe('Moeder');
    expect(r.paths).toBe(s.paths);
  });

  it('deleting one removes it from every step that targeted it', () => {
    const s = fixture();
    const out = deleteMember(s, 'mother');
    expect(out.members.map((m) => m.id)).toEqual(['child']);
    expect('members' in out.paths.pilot.steps[0]!).toBe(false);
    expect(out.paths.reference.steps[0]!.members).toEqual(['child']);
    expect(out.paths.pilot.steps[1]).toBe(s.paths.pilot.steps[1]);
    expect(validateScenario(out).ok).toBe(true);
    expect(deleteMember(s, 'nobody')).toBe(s);
  });

  it('toggleMember switches one member of a step on or off', () => {
    expect(toggleMember(undefined, 'a', true)).toEqual(['a']);
    expect(toggleMember(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleMember(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleMember(['a'], 'a', false)).toBeUndefined();
    const list = ['a'];
    expect(toggleMember(list, 'a', true)).toBe(list);
  });
});
