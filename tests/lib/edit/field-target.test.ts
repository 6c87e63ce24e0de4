import { describe, expect, it } from 'vitest';
import { fieldElementId, fieldTarget, indexProblems, pathSegments } from '../../../src/lib/edit/field-target';
import type { Problem } from '../../../src/lib/model/problem';

const field = (p: string) => fieldTarget(p)?.field ?? null;

describe('where the editor shows a problem', () => {
  it('splits a document path into keys and indices', () => {
    expect(pathSegments('paths.pilot.steps[2].probability')).toEqual([
      'paths',
      'pilot',
      'steps',
      2,
      'probability',
    ]);
  });

  it('a step’s number field, with the formula or distribution part going to that field', () => {
    expect(fieldTarget('paths.pilot.steps[2].probability')).toEqual({
      field: 'paths.pilot.steps[2].probability',
      elementId: 'ed-paths-pilot-steps-2-probability',
      owners: ['paths.pilot.steps[2]'],
    });
    expect(field('paths.pilot.steps[2].monthlyCost.formula')).toBe('paths.pilot.steps[2].monthlyCost');
    expect(field('paths.pilot.steps[0].start.max')).toBe('paths.pilot.steps[0].start');
  });

  it('payer shares, members and ids go to the payer, the members and the label', () => {
    expect(field('paths.reference.steps[1].payer[0].payer')).toBe('paths.reference.steps[1].payer');
    expect(field('paths.reference.steps[1].members[1]')).toBe('paths.reference.steps[1].members');
    expect(field('paths.reference.steps[1].id')).toBe('paths.reference.steps[1].label');
    expect(field('paths.reference.steps[1]')).toBe('paths.reference.steps[1].label');
  });

  it('a price’s units and unit price to their fields, its link to the item', () => {
    expect(field('paths.pilot.steps[0].price.units.formula')).toBe('paths.pilot.steps[0].price.units');
    expect(field('paths.pilot.steps[0].price.priceYear')).toBe('paths.pilot.steps[0].price');
    expect(field('paths.pilot.steps[0].price.list')).toBe('paths.pilot.steps[0].price');
  });

  it('an event’s fields, and a consequence step inside its event', () => {
    expect(fieldTarget('paths.pilot.events[1].after')).toMatchObject({
      field: 'paths.pilot.events[1].after',
      owners: ['paths.pilot.events[1]'],
    });
    expect(field('paths.pilot.events[1].ends[3]')).toBe('paths.pilot.events[1].ends');
    expect(fieldTarget('paths.pilot.events[1].consequences[0].monthlyCost')).toEqual({
      field: 'paths.pilot.events[1].consequences[0].monthlyCost',
      elementId: 'ed-paths-pilot-events-1-consequences-0-monthlyCost',
      owners: ['paths.pilot.events[1]', 'paths.pilot.events[1].consequences[0]'],
    });
  });

  it('branches: the sum, a probability, and steps and events inside a branch', () => {
    expect(fieldTarget('paths.reference.branches')).toEqual({
      field: 'paths.reference.branches',
      elementId: 'ed-paths-reference-branches',
      owners: [],
    });
    expect(field('paths.reference.branches[1].probability')).toBe('paths.reference.branches[1].probability');
    expect(fieldTarget('paths.reference.branches[0].events[0].consequences[1].oneOffCost')?.owners).toEqual([
      'paths.reference.branches[0].events[0]',
      'paths.reference.branches[0].events[0].consequences[1]',
    ]);
  });

  it('parameters, members and settings; nothing for payers or the document as a whole', () => {
    expect(fieldTarget('parameters[3].value.formula')).toEqual({
      field: 'parameters[3].value',
      elementId: 'ed-parameters-3-value',
      owners: ['parameters[3]'],
    });
    expect(field('parameters[3].id')).toBe('parameters[3].id');
    expect(field('members[0].id')).toBe('members[0].label');
    expect(fieldTarget('settings.horizonMonths')?.elementId).toBe('horizonMonths');
    expect(fieldTarget('payers[0].id')).toBeNull();
    expect(fieldTarget('(document)')).toBeNull();
    expect(fieldElementId('members[1].ageAtStart')).toBe('ed-members-1-ageAtStart');
  });

  it('indexes problems by field and counts them per item, including items inside', () => {
    const p = (path: string): Problem => ({ path, message: 'x', code: 'schema', severity: 'error' });
    const idx = indexProblems([
      p('paths.pilot.events[0].consequences[0].monthlyCost'),
      p('paths.pilot.events[0].probability'),
      p('paths.pilot.events[0].probability.formula'),
      p('payers[0].id'),
    ]);
    expect(idx.byField.get('paths.pilot.events[0].probability')).toHaveLength(2);
    expect(idx.countByOwner.get('paths.pilot.events[0]')).toBe(3);
    expect(idx.countByOwner.get('paths.pilot.events[0].consequences[0]')).toBe(1);
    expect(idx.located.map((x) => x.target === null)).toEqual([false, false, false, true]);
  });
});
