import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/lib/model/scenario';
import { scenarioHash } from '../../../src/lib/model/scenario-hash';
import {
  computedFor,
  optionsKey,
  scenarioKey,
  staleness,
} from '../../../src/lib/sensitivity/result-freshness';
import { scenario } from '../../helpers/scenario';

const named = (id: string, seed = 7): Scenario => {
  const s = scenario({});
  return { ...s, id, name: { nl: `Casus ${id}`, en: `Case ${id}` }, settings: { ...s.settings, seed } };
};

describe('staleness', () => {
  const s = named('a');
  const options = { iterations: 2000, refs: ['x'] };
  const shown = computedFor(s, options);

  it('is null for a result of the same content and options, whatever the objects', () => {
    expect(staleness(shown, structuredClone(s), { refs: ['x'], iterations: 2000 })).toBeNull();
    expect(staleness(null, s, options)).toBeNull();
  });

  it('tells another scenario from a changed one and from other options', () => {
    expect(staleness(shown, named('b'), options)).toBe('otherScenario');
    expect(staleness(shown, named('a', 8), options)).toBe('changed');
    expect(staleness(shown, null, options)).toBe('changed');
    expect(staleness(shown, s, { ...options, iterations: 500 })).toBe('options');
    expect(staleness(shown, s, null)).toBe('options');
  });

  it('compares scenarios by their hash (the group session left out) and keeps the names', () => {
    expect(shown).toMatchObject({ scenarioId: 'a', scenarioName: s.name, hash: scenarioHash(s) });
    expect(scenarioKey(s)).toBe(scenarioHash(s));
    expect(scenarioKey(s)).toBe(scenarioKey(s)); // memoised per object
    expect(optionsKey({ b: 1, a: [2] })).toBe(optionsKey({ a: [2], b: 1 }));
  });
});
