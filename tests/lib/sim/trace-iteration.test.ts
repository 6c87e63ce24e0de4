import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/lib/model/validate-scenario';
import { runInline } from '../../../src/lib/sim/run-inline';
import { MEASURES, N_MEASURES, N_PATHS } from '../../../src/lib/sim/run-layout';
import { iterationTracer, traceIteration } from '../../../src/lib/sim/trace-iteration';
import { compileScenario } from '../../../src/lib/sim/program';
import { runDigest } from '../../../src/lib/sim/run-digest';
import { scenario, step } from '../../helpers/scenario';

function case1() {
  const text = readFileSync(new URL('../../../static/scenarios/case-1.json', import.meta.url), 'utf8');
  const v = validateScenario(JSON.parse(text));
  if (!v.ok) throw new Error('case 1 does not validate');
  return v.scenario;
}

describe('traceIteration', () => {
  it('replays any iteration of case 1 with totals, payer totals and break-even identical to the run', () => {
    const s = case1();
    const seed = 77;
    const data = runInline(s, { iterations: 3000, seed });
    const trace = iterationTracer(s, seed);
    const nP = data.layout.nPayers;
    for (const i of [0, 1, 2047, 2048, 2999, 1234]) {
      const t = trace(i);
      expect(t.iteration).toBe(i);
      [t.pilot, t.reference].forEach((pt, p) => {
        MEASURES.forEach((m, k) => {
          expect(pt.totals[m]).toBe(data.totals[(i * N_PATHS + p) * N_MEASURES + k]);
        });
        pt.payerTotals.forEach((x, q) => expect(x.cost).toBe(data.payerTotals[(i * N_PATHS + p) * nP + q]));
      });
      const be = data.breakEven[i]!;
      expect(t.breakEven).toBe(be < 0 ? null : be);
    }
  });

  it('tells which steps ran and which events struck, and their costs add up to the totals', () => {
    const s = case1();
    const seed = 5;
    const data = runInline(s, { iterations: 500, seed });
    const trace = iterationTracer(s, seed);
    const columns = compileScenario(s).events;
    let sawEvent = false;
    let sawBranch = false;
    for (let i = 0; i < 500; i++) {
      const t = trace(i);
      for (const pt of [t.pilot, t.reference]) {
        const sum = pt.steps.reduce((a, x) => a + x.cost, 0);
        const sumU = pt.steps.reduce((a, x) => a + x.costUndiscounted, 0);
        expect(sum).toBeCloseTo(pt.totals.horizon, 6);
        expect(sumU).toBeCloseTo(pt.totals.horizonUndiscounted, 6);
        for (const st of pt.steps) {
          expect(st.start).toBeGreaterThanOrEqual(0);
          expect(st.end).toBeGreaterThanOrEqual(st.start);
          expect(st.end).toBeLessThanOrEqual(t.horizon);
          const byPayer = st.payers.reduce((a, x) => a + x.cost, 0);
          expect(byPayer).toBeCloseTo(st.cost, 6);
        }
        if (pt.branchId) sawBranch = true;
      }
      // The events that struck are exactly the run's event onsets for this iteration.
      columns.forEach((col, c) => {
        const onset = data.eventOnsets[i * columns.length + c]!;
        const traced = t[col.path].events.find((e) => e.id === col.id);
        if (onset < 0) expect(traced).toBeUndefined();
        else {
          sawEvent = true;
          expect(traced?.onset).toBe(onset);
          expect(traced!.stateEnd).toBeGreaterThan(onset);
        }
      });
    }
    expect(sawEvent).toBe(true);
    expect(sawBranch).toBe(true);
  });

  it('gives exact step timing and costs on a fixed scenario, with the event that ended a step', () => {
    const s = scenario(
      {
        pilot: { steps: [step('coach', { start: 2, duration: 4, monthlyCost: 100, oneOffCost: 50 })] },
        reference: {
          steps: [step('home', { start: 0, duration: 24, monthlyCost: 10 })],
          events: [
            {
              id: 'ots',
              label: { en: 'Supervision order', nl: 'OTS' },
              kind: 'ots',
              probability: 1,
              onset: 5,
              duration: 3,
              ends: ['home'],
              consequences: [step('guardian', { monthlyCost: 1000, payer: 'justice' })],
            },
          ],
        },
      },
      { settings: { horizonMonths: 12, shortTermMonths: 6 } },
    );
    const t = traceIteration(s, 1, 3);
    expect(t.pilot.steps).toEqual([
      {
        id: 'coach',
        label: 'coach',
        origin: 'path',
        eventId: null,
        start: 2,
        end: 6,
        monthlyCost: 100,
        oneOffCost: 50,
        cost: 450,
        costUndiscounted: 450,
        payers: [{ id: 'municipality-youth', cost: 450 }],
      },
    ]);
    expect(t.reference.events).toEqual([
      { id: 'ots', kind: 'ots', label: { en: 'Supervision order', nl: 'OTS' }, onset: 5, stateEnd: 8 },
    ]);
    const home = t.reference.steps.find((x) => x.id === 'home')!;
    expect([home.start, home.end, home.cost]).toEqual([0, 5, 50]);
    const guardian = t.reference.steps.find((x) => x.id === 'guardian')!;
    expect(guardian).toMatchObject({ origin: 'consequence', eventId: 'ots', start: 5, end: 8, cost: 3000 });
    expect(t.reference.totals.horizon).toBe(3050);
    expect(t.reference.totals.shortTerm).toBe(50 + 1000);
    expect(t.breakEven).toBe(5);
  });

  it('leaves the run it traces alone: a run after tracing gives the same digest', () => {
    const s = case1();
    const before = runDigest(runInline(s, { iterations: 300, seed: 9 }));
    traceIteration(s, 9, 12);
    expect(runDigest(runInline(s, { iterations: 300, seed: 9 }))).toBe(before);
  });

  it('refuses an iteration that is not a whole number from 0', () => {
    const s = case1();
    expect(() => traceIteration(s, 1, -1)).toThrow(RangeError);
    expect(() => traceIteration(s, 1, 1.5)).toThrow(RangeError);
  });
});
