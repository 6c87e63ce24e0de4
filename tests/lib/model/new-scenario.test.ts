import { describe, expect, it } from 'vitest';
import { newScenario, newScenarioId } from '../../../src/lib/model/new-scenario';
import { validateScenario } from '../../../src/lib/model/validate-scenario';

describe('a new scenario', () => {
  it('is empty, valid and has the default settings and payers', () => {
    const s = newScenario('s1', { en: 'Family A', nl: 'Gezin A' });
    const v = validateScenario(s);
    expect(v.ok).toBe(true);
    expect(s.paths.pilot.steps).toEqual([]);
    expect(s.paths.reference.events).toEqual([]);
    expect(s.settings.horizonMonths).toBe(60);
    expect(s.payers.length).toBeGreaterThan(3);
  });

  it('gets ids that are valid and differ', () => {
    const a = newScenarioId();
    const b = newScenarioId();
    expect(a).toMatch(/^scenario-[0-9a-z]{12}$/);
    expect(a).not.toBe(b);
    expect(validateScenario(newScenario(a, 'x')).ok).toBe(true);
  });
});
