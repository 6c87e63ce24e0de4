import { describe, expect, it } from 'vitest';
import { describeDistribution } from '../../../src/lib/model/distribution-facts';
import type { Parameter } from '../../../src/lib/model/parameter';
import { isDistribution, isFormula, type Quantity } from '../../../src/lib/model/quantity';
import { eventSites, stepSites } from '../../../src/lib/model/quantity-fields';
import type { Scenario } from '../../../src/lib/model/scenario';
import { loadAllExamples, textIn } from './example-files';

const examples = loadAllExamples();

/** "Wide": a beta from k of n with n <= 8 has a standard deviation of at least 0.09. */
const WIDE_SD = 0.08;

function wideBeta(p: Parameter): boolean {
  if (!isDistribution(p.value) || p.value.dist !== 'beta') return false;
  const d = describeDistribution(p.value);
  return d.ok && Math.sqrt(d.facts.variance) > WIDE_SD;
}

/**
 * A probability the report does not give must be a formula over assumption parameters that are
 * wide betas (directly, or through a derived formula such as `1 - p`).
 */
function problemWithProbability(s: Scenario, q: Quantity): string | null {
  if (q === 1) return null;
  if (typeof q === 'number') return `a fixed number ${q}`;
  if (!isFormula(q)) return 'an inline distribution (use a named parameter so its uncertainty is shared)';
  const names = q.formula.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  const params = names.map((n) => s.parameters.find((p) => p.id === n)).filter((p): p is Parameter => !!p);
  if (params.length === 0) return `no parameter in "${q.formula}"`;
  for (const p of params) {
    if (p.assumption !== true) return `${p.id} is not marked as an assumption`;
    if (wideBeta(p)) continue;
    if (isFormula(p.value)) {
      const inner = problemWithProbability(s, p.value);
      if (inner) return `${p.id}: ${inner}`;
      continue;
    }
    return `${p.id} is not a wide beta`;
  }
  return null;
}

describe('probabilities in the example scenarios', () => {
  it('say in Dutch and English that the report gives no numeric probabilities', () => {
    for (const { entry, scenario } of examples) {
      expect(textIn(scenario.description, 'en'), entry.id).toMatch(/no numeric probabilities/);
      expect(textIn(scenario.description, 'nl'), entry.id).toMatch(/geen kansen in getallen/);
    }
  });

  it('express every event probability as a wide beta parameter marked as an assumption', () => {
    for (const { entry, scenario } of examples) {
      for (const { event, path } of eventSites(scenario)) {
        expect(problemWithProbability(scenario, event.probability), `${entry.id}: ${path}`).toBeNull();
      }
    }
  });

  it('express every uncertain step probability the same way', () => {
    for (const { entry, scenario } of examples) {
      for (const { step, path } of stepSites(scenario)) {
        expect(problemWithProbability(scenario, step.probability), `${entry.id}: ${path}`).toBeNull();
      }
    }
  });

  it('explain every event that happens with probability 1 (the report states it as certain)', () => {
    for (const { entry, scenario } of examples) {
      for (const { event, path } of eventSites(scenario)) {
        if (event.probability === 1) expect(event.note, `${entry.id}: ${path}`).toMatch(/Probability 1/);
      }
    }
  });

  it("let each path's alternative futures add up to 1 and say that their weights are assumptions", () => {
    for (const { entry, scenario } of examples) {
      for (const pathId of ['pilot', 'reference'] as const) {
        const b = scenario.paths[pathId].branches;
        if (b.length === 0) continue;
        expect(
          b.reduce((a, x) => a + x.probability, 0),
          `${entry.id} ${pathId}`,
        ).toBeCloseTo(1, 12);
        for (const x of b) expect(x.note, `${entry.id} ${pathId} ${x.id}`).toMatch(/assumption/);
      }
    }
  });

  it('give the report’s «meest waarschijnlijk» future more weight than its «minder waarschijnlijk» one', () => {
    for (const { entry, scenario } of examples) {
      const b = scenario.paths.reference.branches;
      const most = b.filter((x) => /\(most likely\)|\(most plausible\)/.test(textIn(x.label, 'en')));
      const less = b.filter((x) => !most.includes(x));
      for (const m of most)
        for (const l of less) expect(m.probability, entry.id).toBeGreaterThan(l.probability);
    }
  });

  it('give the same event the same id on both paths, so that both paths share its random numbers', () => {
    for (const { entry, scenario } of examples) {
      const ids = (pathId: 'pilot' | 'reference') =>
        new Set(
          eventSites(scenario)
            .filter((x) => x.pathId === pathId)
            .map((x) => x.event.id),
        );
      const pilot = ids('pilot');
      const reference = ids('reference');
      // Every risk the pilot keeps as a residual risk is one the reference path has too.
      for (const id of pilot) expect(reference.has(id), `${entry.id}: ${id}`).toBe(true);
    }
  });
});
