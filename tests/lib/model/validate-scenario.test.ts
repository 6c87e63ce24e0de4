import { describe, expect, it } from 'vitest';
import { validateScenario, validateScenarioJson } from '../../../src/lib/model/validate-scenario';
import type { Problem } from '../../../src/lib/model/problem';

const base = () => ({
  schemaVersion: 1,
  id: 'case',
  name: 'case',
  parameters: [] as unknown[],
  settings: {} as Record<string, unknown>,
  paths: {
    pilot: {
      steps: [
        { id: 'coach', label: 'coach', payer: 'municipality-youth', duration: 6, monthlyCost: 1000 },
      ] as Record<string, unknown>[],
      events: [] as Record<string, unknown>[],
      branches: [] as Record<string, unknown>[],
    },
    reference: {
      steps: [] as Record<string, unknown>[],
      events: [
        { id: 'ots', label: 'OTS', probability: 0.3, onset: 6 },
        { id: 'uhp', label: 'UHP', probability: 0.2, after: 'ots' },
      ] as Record<string, unknown>[],
      branches: [] as Record<string, unknown>[],
    },
  },
});

function problems(doc: unknown): Problem[] {
  const v = validateScenario(doc);
  return v.ok ? [] : v.problems;
}
const at = (ps: Problem[]) => ps.map((p) => `${p.path}: ${p.message}`);

describe('scenario validation', () => {
  it('accepts a valid scenario and fills in the defaults', () => {
    const v = validateScenario(base());
    expect(v.ok).toBe(true);
    if (v.ok) {
      expect(v.scenario.settings.horizonMonths).toBe(60);
      expect(v.scenario.settings.discountRate).toBe(0.03);
      expect(v.scenario.payers.map((p) => p.id)).toContain('municipality-youth');
    }
  });

  it('lists every cross-field problem with its document path', () => {
    const d = base();
    d.settings.horizonMonths = 601;
    d.paths.pilot.steps.push({
      id: 'coach',
      label: 'again',
      payer: 'nobody',
      oneOffCost: -1,
      probability: 1.2,
    });
    d.paths.reference.events[0]!.after = 'uhp';
    d.paths.reference.events.push({
      id: 'x',
      label: 'x',
      probability: { dist: 'normal', mean: 0.5, sd: 0.1 },
      ends: ['ghost'],
    });
    d.paths.reference.branches.push(
      { id: 'b1', label: 'b1', probability: 0.6 },
      { id: 'b2', label: 'b2', probability: 0.3 },
    );
    d.parameters.push(
      { id: 'a', value: { formula: 'b + 1' } },
      { id: 'b', value: { formula: 'a * 2' } },
      { id: 'c', value: { formula: 'unknown_name + 1' } },
      { id: 'd', value: { formula: 'import("x")' } },
      { id: 'e', value: { formula: '1 +' } },
      { id: 'f', value: { dist: 'gamma', mean: 10, sd: 0 } },
    );
    const ps = at(problems(d));
    expect(ps).toEqual(
      expect.arrayContaining([
        'settings.horizonMonths: must be between 1 and 600 months',
        expect.stringMatching(/^paths\.pilot\.steps\[1\]\.id: item id "coach" is already used/),
        'paths.pilot.steps[1].payer: unknown payer "nobody"',
        'paths.pilot.steps[1].oneOffCost: must not be negative',
        'paths.pilot.steps[1].probability: must be between 0 and 1',
        expect.stringMatching(/^paths\.reference\.events\[\d\]\.after: event conditions form a cycle: /),
        expect.stringMatching(
          /^paths\.reference\.events\[2\]\.probability: a probability needs a distribution within 0\.\.1/,
        ),
        'paths.reference.events[2].ends[0]: unknown step "ghost" on the reference path',
        'paths.reference.branches: branch probabilities add up to 0.9, not 1',
        expect.stringMatching(/^parameters\[\d\]\.value: parameters depend on each other in a cycle: /),
        'parameters[2].value.formula: uses the unknown name "unknown_name"',
        expect.stringMatching(/^parameters\[3\]\.value\.formula: calls "import", which is not allowed/),
        expect.stringMatching(/^parameters\[4\]\.value\.formula: does not parse/),
        'parameters[5].value: sd must be above 0',
      ]),
    );
  });

  it('reports a formula that fails only for some parameter draws', () => {
    const d = base();
    d.parameters.push({ id: 'z', value: { dist: 'normal', mean: 1, sd: 1 } });
    d.paths.pilot.steps[0]!.monthlyCost = { formula: 'sqrt(z) * 100' };
    const ps = problems(d);
    expect(ps).toHaveLength(1);
    expect(ps[0]!.path).toBe('paths.pilot.steps[0].monthlyCost.formula');
    expect(ps[0]!.message).toMatch(/gives NaN for some parameter draws \(e\.g\. z = -/);
  });

  it('reports structural problems by path and rejects unknown keys', () => {
    const d = base() as Record<string, unknown>;
    d.extra = true;
    (d.paths as { pilot: { steps: Record<string, unknown>[] } }).pilot.steps[0]!.label = 5;
    const ps = at(problems(d));
    expect(ps.some((p) => p.startsWith('(document)') && /extra/.test(p))).toBe(true);
    expect(ps.some((p) => p.startsWith('paths.pilot.steps[0].label'))).toBe(true);
  });

  it('says when a file is not JSON', () => {
    const v = validateScenarioJson('{"schemaVersion": 1,');
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems[0]!.message).toMatch(/is not valid JSON/);
  });

  it('rejects prototype keys in imported documents', () => {
    const v = validateScenarioJson(
      '{"schemaVersion":1,"id":"a","name":"a","paths":{"pilot":{},"reference":{}},"__proto__":{"x":1}}',
    );
    expect(v.ok).toBe(false);
  });
});
