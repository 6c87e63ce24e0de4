import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/lib/model/validate-scenario';
import { step } from '../../helpers/scenario';

const doc = (pilotStep: object, consequence?: object) => ({
  schemaVersion: 1,
  id: 't',
  name: 't',
  paths: {
    pilot: { steps: [pilotStep] },
    reference: consequence
      ? {
          events: [
            { id: 'ots', label: 'OTS', probability: 0.5, onset: 3, duration: 6, consequences: [consequence] },
          ],
        }
      : {},
  },
});

describe('a monthly cost without a duration', () => {
  it('warns on a path step, naming the duration, since it would count for nothing', () => {
    for (const fields of [
      { monthlyCost: 500 },
      { hoursPerMonth: 10, hourlyRate: 78 },
      { price: { item: 'x', list: '2024.1', units: 10, unitPrice: 78, basis: 'monthly' as const } },
    ]) {
      const v = validateScenario(doc(step('team', fields)));
      expect(v.ok).toBe(true);
      const w = v.ok ? v.warnings : [];
      expect(w.map((p) => p.path)).toContain('paths.pilot.steps[0].duration');
    }
  });

  it('does not warn on a consequence step, which runs as long as its event', () => {
    const v = validateScenario(
      doc(step('team', { oneOffCost: 100 }), step('guardian', { monthlyCost: 800 })),
    );
    expect(v.ok).toBe(true);
    expect(v.ok ? v.warnings.filter((p) => p.path.endsWith('.duration')) : ['invalid']).toEqual([]);
  });
});
