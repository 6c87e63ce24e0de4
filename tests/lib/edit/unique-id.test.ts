import { describe, expect, it } from 'vitest';
import { scenarioIds, slugId, uniqueId } from '../../../src/lib/edit/unique-id';
import { idSchema, parameterIdSchema } from '../../../src/lib/model/id';
import { fixture } from './fixture';

describe('readable unique ids', () => {
  it('slugId makes a valid id from a label, dropping accents and punctuation', () => {
    expect(slugId('Ouder-kind therapie (EMDR)')).toBe('ouder-kind-therapie-emdr');
    expect(slugId('Crisisopname café')).toBe('crisisopname-cafe');
    expect(slugId('2e hulpverlener')).toBe('x-2e-hulpverlener');
    expect(slugId('  ')).toBe('');
    expect(slugId('Kans op OTS', '_')).toBe('kans_op_ots');
    const long = slugId('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(idSchema.safeParse(long).success).toBe(true);
  });

  it('uniqueId is unique across both paths, branches, consequences, members and parameters', () => {
    const s = fixture();
    const ids = scenarioIds(s);
    for (const id of ['team', 'guardian', 'uhp', 'likely', 'extra', 'regular', 'mother', 'p_ots'])
      expect(ids.has(id)).toBe(true);
    expect(uniqueId(s, 'new-step')).toBe('new-step');
    expect(uniqueId(s, 'guardian')).toBe('guardian-2');
    expect(uniqueId(s, 'extra')).toBe('extra-2');
    expect(uniqueId(s, '', 'step')).toBe('step-1');
    expect(uniqueId(s, 'p_ots', 'parameter', '_')).toBe('p_ots_2');
    expect(parameterIdSchema.safeParse(uniqueId(s, 'p_ots', 'parameter', '_')).success).toBe(true);
  });
});
