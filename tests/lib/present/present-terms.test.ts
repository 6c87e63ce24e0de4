import { describe, expect, it } from 'vitest';
import { termsPerStep } from '../../../src/lib/present/present-terms';

describe('termsPerStep', () => {
  it('explains each glossary word on the step where it is first used, and remembers it after', () => {
    const steps = termsPerStep([
      ['Lopende v-ggz voor moeder', 'Een OTS'],
      ['Weer een OTS', 'Een UHP en v-ggz'],
      [],
      ['Gemeente (Jeugdwet)'],
    ]);
    expect(steps.map((s) => s.fresh)).toEqual([['v-ggz', 'ots'], ['uhp'], [], ['jeugdwet']]);
    expect([...steps[0]!.before]).toEqual([]);
    expect([...steps[1]!.before].sort()).toEqual(['ots', 'v-ggz']);
    expect([...steps[3]!.before].sort()).toEqual(['ots', 'uhp', 'v-ggz']);
  });
});
