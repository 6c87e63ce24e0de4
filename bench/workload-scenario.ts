/**
 * The bench kit's canonical workload (`../shared/bench/workload.mjs`) expressed as a PathCost
 * scenario. Differences in meaning, none of which changes an expected value:
 * - items with the same id in both paths share random numbers (common random numbers), where
 *   the kit's paths are independent: the means agree, the difference's spread is smaller;
 * - an uptake probability drawn from a beta and used once is a Bernoulli with the beta's mean
 *   (exact: P(U < p) = E[p]), so PathCost does not draw it;
 * - an event onset beyond the horizon has no cost (the kit clamps it to the last month; with
 *   these onset distributions that never happens: their maximum is the horizon itself).
 */
import type { Distribution, Quantity } from '../src/lib/model/quantity';
import type { ScenarioInput } from '../src/lib/model/scenario';
import type { StepInput } from '../src/lib/model/step';

interface KitDist {
  type: string;
  [k: string]: number | string;
}
interface KitStep {
  id: string;
  kind: 'fixed' | 'monthly';
  month?: number;
  start?: number;
  cost: KitDist;
  duration?: KitDist;
  uptake?: KitDist;
  payer: number[];
}
interface KitRisk {
  id: string;
  prob: KitDist;
  onset: KitDist;
  duration: KitDist;
  monthlyCost: KitDist;
  monthlyPayer: number[];
  oneOff: KitDist;
  oneOffPayer: number[];
}
export interface KitWorkload {
  id: string;
  horizonMonths: number;
  discount: { annualRate: number };
  payers: string[];
  seed: number;
  paths: Array<{ id: string; steps: KitStep[]; risks: KitRisk[] }>;
}

const n = (d: KitDist, k: string): number => d[k] as number;

export function quantityOf(d: KitDist): Quantity {
  switch (d.type) {
    case 'const':
      return n(d, 'value');
    case 'uniform':
      return { dist: 'uniform', min: n(d, 'min'), max: n(d, 'max') };
    case 'normal':
      return { dist: 'normal', mean: n(d, 'mean'), sd: n(d, 'sd') };
    case 'lognormal': {
      const mu = n(d, 'mu');
      const s2 = n(d, 'sigma') ** 2;
      const mean = Math.exp(mu + s2 / 2);
      return { dist: 'lognormal', mean, sd: mean * Math.sqrt(Math.expm1(s2)) };
    }
    case 'gamma': {
      const shape = n(d, 'shape');
      const scale = n(d, 'scale');
      return { dist: 'gamma', mean: shape * scale, sd: Math.sqrt(shape) * scale };
    }
    case 'beta':
      return { dist: 'beta', alpha: n(d, 'alpha'), beta: n(d, 'beta') } satisfies Distribution;
    case 'triangular':
      return { dist: 'triangular', min: n(d, 'min'), mode: n(d, 'mode'), max: n(d, 'max') };
    case 'pert':
      return { dist: 'pert', min: n(d, 'min'), mode: n(d, 'mode'), max: n(d, 'max') };
  }
  throw new Error(`unknown kit distribution ${d.type}`);
}

function payerOf(shares: number[], payers: string[]) {
  const list = shares.map((share, i) => ({ payer: payers[i]!, share })).filter((x) => x.share > 0);
  return list.length === 1 ? list[0]!.payer : list;
}

export function workloadScenario(w: KitWorkload): ScenarioInput {
  const path = (p: KitWorkload['paths'][number]) => ({
    steps: p.steps.map((s): StepInput => ({
      id: s.id,
      label: s.id,
      payer: payerOf(s.payer, w.payers),
      start: s.kind === 'fixed' ? s.month! : s.start!,
      ...(s.kind === 'monthly'
        ? { duration: quantityOf(s.duration!), monthlyCost: quantityOf(s.cost) }
        : { oneOffCost: quantityOf(s.cost) }),
      ...(s.uptake ? { probability: quantityOf(s.uptake) } : {}),
    })),
    events: p.risks.map((r) => ({
      id: r.id,
      label: r.id,
      probability: quantityOf(r.prob),
      onset: quantityOf(r.onset),
      duration: quantityOf(r.duration),
      consequences: [
        {
          id: `${r.id}-monthly`,
          label: `${r.id} monthly`,
          payer: payerOf(r.monthlyPayer, w.payers),
          monthlyCost: quantityOf(r.monthlyCost),
        },
        {
          id: `${r.id}-one-off`,
          label: `${r.id} one-off`,
          payer: payerOf(r.oneOffPayer, w.payers),
          oneOffCost: quantityOf(r.oneOff),
        },
      ],
    })),
  });
  return {
    schemaVersion: 1,
    id: w.id.replace(/[^A-Za-z0-9_-]/g, '-'),
    name: `Bench kit workload ${w.id}`,
    settings: {
      horizonMonths: w.horizonMonths,
      shortTermMonths: 12,
      discountRate: w.discount.annualRate,
      discountPreset: 'custom',
      iterations: 100_000,
      seed: w.seed,
    },
    payers: w.payers.map((id) => ({ id, label: id, act: 'other' })),
    paths: { pilot: path(w.paths[0]!), reference: path(w.paths[1]!) },
  };
}
