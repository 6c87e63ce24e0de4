import { describe, expect, it } from 'vitest';
import { placeWords } from '../../../src/lib/edit/place-words';
import { fixture } from './fixture';

describe('a document path in words', () => {
  it('names the path, the items on the way and the field', () => {
    const s = fixture();
    expect(placeWords(s, 'paths.pilot.events[0].consequences[0].monthlyCost.formula')).toEqual({
      path: 'pilot',
      items: ['OTS', 'guardian'],
      field: 'monthlyCost',
    });
    expect(placeWords(s, 'paths.reference.branches[0].steps[0].price.units')).toEqual({
      path: 'reference',
      items: ['most likely', 'extra'],
      field: 'units',
    });
    expect(placeWords(s, 'paths.reference.branches')).toEqual({ path: 'reference', items: [], field: null });
  });

  it('names parameters and members by label or id', () => {
    const s = fixture();
    expect(placeWords(s, 'parameters[1].value')).toEqual({ path: null, items: ['p_ots2'], field: 'value' });
    expect(placeWords(s, 'members[0].ageAtStart')).toEqual({
      path: null,
      items: ['Mother'],
      field: 'ageAtStart',
    });
    expect(placeWords(s, 'settings.horizonMonths')).toEqual({
      path: null,
      items: [],
      field: 'horizonMonths',
    });
  });
});
