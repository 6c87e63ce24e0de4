import { describe, expect, it } from 'vitest';
import { runInline } from '../../../src/lib/sim/run-inline';
import { discountFactors } from '../../../src/lib/sim/program';
import { run, scenario, step } from '../../helpers/scenario';

/** |observed - expected| within k Monte Carlo standard errors. */
function withinMcse(observed: number, expected: number, mcse: number, k = 4) {
  expect(Math.abs(observed - expected)).toBeLessThanOrEqual(k * mcse);
}

describe('the engine on closed-form cases', () => {
  it('gives exact totals when every cost is fixed', () => {
    const s = scenario(
      {
        pilot: {
          steps: [
            step('coach', { start: 0, duration: 10, monthlyCost: 1000 }),
            step('intake', { start: 0, oneOffCost: 500, payer: 'health-insurer' }),
          ],
        },
        reference: { steps: [step('care', { start: 2, duration: 3, monthlyCost: 700 })] },
      },
      { settings: { horizonMonths: 24, shortTermMonths: 6 } },
    );
    const r = run(s, 100);
    expect(r.measures.horizon.pilot.mean).toBe(10_500);
    expect(r.measures.horizon.pilot.sd).toBe(0);
    expect(r.measures.shortTerm.pilot.mean).toBe(6 * 1000 + 500);
    expect(r.measures.horizon.reference.mean).toBe(2100);
    expect(r.measures.shortTerm.reference.mean).toBe(2100);
    expect(r.measures.horizon.difference.mean).toBe(2100 - 10_500);
    expect(r.measures.horizon.pPilotCheaper).toBe(0);
    const insurer = r.payers.find((p) => p.id === 'health-insurer')!;
    expect(insurer.pilot.horizon).toBe(500);
    expect(r.payers.find((p) => p.id === 'municipality-youth')!.difference.horizon).toBe(2100 - 10_000);
  });

  it('gives a mean of p * c for a step with probability p and cost c', () => {
    const p = 0.3;
    const c = 12_000;
    const s = scenario({ pilot: { steps: [step('maybe', { oneOffCost: c, probability: p })] } });
    const r = run(s, 20_000);
    const m = r.measures.horizon.pilot;
    // Bernoulli: sd = c * sqrt(p (1 - p)); MCSE = sd / sqrt(n).
    withinMcse(m.mean, p * c, (c * Math.sqrt(p * (1 - p))) / Math.sqrt(20_000));
    expect(m.sd).toBeCloseTo(c * Math.sqrt(p * (1 - p)), -2);
  });

  it('treats an inline beta on a probability as its mean (P(U < p) = E[p])', () => {
    const s = scenario({
      pilot: {
        steps: [step('maybe', { oneOffCost: 1000, probability: { dist: 'beta', alpha: 2, beta: 6 } })],
      },
    });
    const r = run(s, 20_000);
    withinMcse(r.measures.horizon.pilot.mean, 250, r.measures.horizon.pilot.mcse);
  });

  it('gives the analytic expectation of an OTS followed by an out-of-home placement', () => {
    // OTS with probability 0.4 at month 0..11 (uniform onset), lasting 12 months at 1000/month;
    // UHP only after OTS with probability 0.5, 3 months after the OTS onset, 6000 one-off.
    // No discounting; horizon 60 holds everything: E = 0.4 * 12 * 1000 + 0.4 * 0.5 * 6000.
    const s = scenario({
      reference: {
        events: [
          {
            id: 'ots',
            label: 'OTS',
            kind: 'ots',
            probability: 0.4,
            onset: { dist: 'uniform', min: 0, max: 12 },
            duration: 12,
            consequences: [step('guardian', { monthlyCost: 1000 })],
          },
          {
            id: 'uhp',
            label: 'UHP',
            kind: 'placement',
            after: 'ots',
            probability: 0.5,
            onset: 3,
            duration: 9,
            consequences: [step('placement-intake', { oneOffCost: 6000 })],
          },
        ],
      },
    });
    const r = run(s, 40_000);
    const m = r.measures.horizon.reference;
    withinMcse(m.mean, 0.4 * 12_000 + 0.2 * 6000, m.mcse);
    const ots = r.events.find((e) => e.id === 'ots')!;
    const uhp = r.events.find((e) => e.id === 'uhp')!;
    withinMcse(ots.incidence, 0.4, Math.sqrt(0.24 / 40_000));
    withinMcse(uhp.incidence, 0.2, Math.sqrt(0.16 / 40_000));
    expect(uhp.meanMonthsIfHappened).toBe(9);
    withinMcse(uhp.meanOnsetIfHappened!, 5.5 + 3, 4 / Math.sqrt(0.2 * 40_000));
  });

  it('takes one branch per iteration with the given probabilities', () => {
    const s = scenario({
      reference: {
        branches: [
          { id: 'likely', label: 'likely', probability: 0.7, steps: [step('a', { oneOffCost: 1000 })] },
          { id: 'less', label: 'less likely', probability: 0.3, steps: [step('b', { oneOffCost: 5000 })] },
        ],
      },
    });
    const r = run(s, 20_000);
    const m = r.measures.horizon.reference;
    withinMcse(m.mean, 0.7 * 1000 + 0.3 * 5000, m.mcse);
    expect(m.min).toBe(1000);
    expect(m.max).toBe(5000);
  });

  it('discounts each month by (1 + r)^(-t/12), as a hand computation does', () => {
    const s = scenario(
      {
        pilot: {
          steps: [
            step('care', { start: 3, duration: 24, monthlyCost: 100 }),
            step('once', { start: 30, oneOffCost: 1000 }),
          ],
        },
      },
      { settings: { discountRate: 0.03, discountPreset: 'zin-2024', horizonMonths: 60 } },
    );
    let hand = 0;
    for (let t = 3; t < 27; t++) hand += 100 / Math.pow(1.03, t / 12);
    hand += 1000 / Math.pow(1.03, 30 / 12);
    const r = run(s, 10);
    expect(r.measures.horizon.pilot.mean).toBeCloseTo(hand, 8);
    expect(r.measures.horizonUndiscounted.pilot.mean).toBe(3400);
    expect(discountFactors(0.03, 13).DF[12]).toBeCloseTo(1 / 1.03, 14);
  });

  it('clips steps and events at the horizon without changing what the user said', () => {
    const s = scenario(
      {
        pilot: {
          steps: [
            step('long', { start: 10, duration: 100, monthlyCost: 10 }),
            step('late', { start: 30, oneOffCost: 99 }),
          ],
        },
        reference: {
          events: [
            {
              id: 'late-event',
              label: 'late',
              probability: 1,
              onset: 40,
              consequences: [step('x', { oneOffCost: 1 })],
            },
          ],
        },
      },
      { settings: { horizonMonths: 24 } },
    );
    const r = run(s, 10);
    expect(r.measures.horizon.pilot.mean).toBe(14 * 10);
    expect(r.measures.horizon.reference.mean).toBe(0);
    expect(r.events[0]!.incidence).toBe(0);
  });

  it('ends a step at the onset of the event that ends it', () => {
    const s = scenario({
      reference: {
        steps: [step('home-support', { duration: 24, monthlyCost: 100 })],
        events: [{ id: 'uhp', label: 'UHP', probability: 1, onset: 6, ends: ['home-support'] }],
      },
    });
    expect(run(s, 10).measures.horizon.reference.mean).toBe(600);
  });

  it('stops a Youth Act step for a child at 18', () => {
    const s = scenario(
      { pilot: { steps: [step('youth-care', { duration: 48, monthlyCost: 100, members: ['kid'] })] } },
      { members: [{ id: 'kid', label: 'kid', role: 'child', ageAtStart: 17 }] },
    );
    expect(run(s, 10).measures.horizon.pilot.mean).toBe(1200);
  });

  it('finds the break-even month on a constructed example', () => {
    // Pilot: 10,000 in month 0. Reference: 1,000 a month from month 0.
    // Cumulative pilot <= reference from month 9 on (10,000 <= 10,000 at t = 9).
    const s = scenario(
      {
        pilot: { steps: [step('pilot', { oneOffCost: 10_000 })] },
        reference: { steps: [step('ref', { duration: 36, monthlyCost: 1000 })] },
      },
      { settings: { horizonMonths: 36 } },
    );
    const r = run(s, 10);
    expect(r.breakEven.p50).toBe(9);
    expect(r.breakEven.share).toBe(1);
    const never = scenario({ pilot: { steps: [step('pilot', { oneOffCost: 10_000 })] } });
    expect(run(never, 10).breakEven.p50).toBeNull();
  });

  it('gives identical results for the same seed and different ones for another seed', () => {
    const s = scenario({
      pilot: { steps: [step('c', { oneOffCost: { dist: 'gamma', mean: 100, sd: 50 } })] },
    });
    const a = runInline(s, { iterations: 5000, seed: 1 });
    const b = runInline(s, { iterations: 5000, seed: 1 });
    const c = runInline(s, { iterations: 5000, seed: 2 });
    expect(Buffer.from(a.totals.buffer).equals(Buffer.from(b.totals.buffer))).toBe(true);
    expect(Buffer.from(a.sums.buffer).equals(Buffer.from(b.sums.buffer))).toBe(true);
    expect(Buffer.from(a.totals.buffer).equals(Buffer.from(c.totals.buffer))).toBe(false);
  });

  it('gives an item the same draws when other items are added (streams keyed by id)', () => {
    const cost = { dist: 'lognormal' as const, mean: 1000, sd: 400 };
    const one = scenario({ pilot: { steps: [step('a', { oneOffCost: cost })] } });
    const two = scenario({
      pilot: { steps: [step('z', { oneOffCost: cost }), step('a', { oneOffCost: 0 })] },
    });
    const withA = scenario({
      pilot: { steps: [step('z', { oneOffCost: 0 }), step('a', { oneOffCost: cost })] },
    });
    const r1 = runInline(one, { iterations: 100 });
    const r2 = runInline(withA, { iterations: 100 });
    const r3 = runInline(two, { iterations: 100 });
    expect(Array.from(r2.totals)).toEqual(Array.from(r1.totals));
    expect(Array.from(r3.totals)).not.toEqual(Array.from(r1.totals));
  });

  it('samples a parameter once per iteration and shares it between the paths', () => {
    const s = scenario(
      {
        pilot: { steps: [step('a', { oneOffCost: { formula: 'unit_cost' } })] },
        reference: { steps: [step('b', { oneOffCost: { formula: '2 * unit_cost' } })] },
      },
      { parameters: [{ id: 'unit_cost', value: { dist: 'uniform', min: 100, max: 200 } }] },
    );
    const d = runInline(s, { iterations: 1000 });
    for (let i = 0; i < 1000; i++) expect(d.totals[i * 8 + 4]).toBeCloseTo(2 * d.totals[i * 8], 9);
  });
});
