import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/lib/model/scenario';
import { runInline } from '../../../src/lib/sim/run-inline';
import { summarizeRun } from '../../../src/lib/sim/summarize';
import { openPathCostDb, type PathCostDatabase } from '../../../src/lib/store/db';
import { RunStore } from '../../../src/lib/store/run-store';
import { compareRuns } from '../../../src/lib/store/run-comparison';
import { RUNS_KEPT_PER_SCENARIO, savedRunOf, type SavedRun } from '../../../src/lib/store/saved-run';
import { scenario, step } from '../../helpers/scenario';
import { freshIndexedDb } from './fresh-db';

let db: PathCostDatabase;
let runs: RunStore;
beforeEach(async () => {
  freshIndexedDb();
  db = await openPathCostDb();
  runs = new RunStore(db, () => 1);
});
afterEach(() => db.close());

const base = scenario(
  {
    pilot: { steps: [step('coach', { monthlyCost: { dist: 'uniform', min: 100, max: 300 }, duration: 12 })] },
    reference: { steps: [step('care', { monthlyCost: 250, duration: 24 })] },
  },
  { id: 'case-a', name: 'Case A', settings: { iterations: 500, seed: 7 } },
);

function savedRun(s: Scenario, runId: number, savedAt: number, seed = s.settings.seed): SavedRun {
  const data = runInline(s, { iterations: s.settings.iterations, seed });
  return savedRunOf({
    runId,
    scenario: s,
    summary: summarizeRun(s, data, seed),
    data,
    scenarioId: s.id,
    scenarioRev: 3,
    savedAt,
  });
}

describe('RunStore', () => {
  it('stores a completed run with its summary, scenario, revision and data; lists it without data', async () => {
    const r = savedRun(base, 1, 1000);
    await runs.put(r);
    const { runs: listed } = await runs.list();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ scenarioId: 'case-a', scenarioRev: 3, savedAt: 1000 });
    expect(listed[0]!.data).toBeUndefined();
    expect(listed[0]!.summary.reproducibility.seed).toBe(7);
    const back = await runs.get(r.id);
    expect(back?.data?.totals).toEqual(r.data?.totals);
    expect(back?.summary).toEqual(r.summary);
  });

  it(`keeps the ${RUNS_KEPT_PER_SCENARIO} newest runs of a scenario`, async () => {
    for (let i = 0; i < RUNS_KEPT_PER_SCENARIO + 3; i++)
      await runs.put({ ...savedRun(base, i, 1000 + i), data: undefined });
    const { runs: listed } = await runs.list('case-a');
    expect(listed).toHaveLength(RUNS_KEPT_PER_SCENARIO);
    expect(listed.at(-1)!.savedAt).toBe(1003);
  });

  it('a stored run that fails its schema is quarantined; the others list', async () => {
    const r = savedRun(base, 1, 1000);
    await runs.put(r);
    await db.put('runs', { ...r, id: 'case-a:broken', summary: { nope: true } } as never);
    const { runs: listed, quarantined } = await runs.list();
    expect(listed.map((x) => x.id)).toEqual([r.id]);
    expect(quarantined.map((q) => q.originalKey)).toEqual(['case-a:broken']);
  });

  it('two runs compare side by side: seeds, settings, and expected costs with the change', () => {
    const before = savedRun(base, 1, 1000);
    const changed = { ...base, settings: { ...base.settings, horizonMonths: 36, seed: 8 } };
    const after = savedRun(changed, 2, 2000, 8);
    const c = compareRuns(before, after);
    expect(c.settings.find((r) => r.key === 'seed')).toEqual({
      key: 'seed',
      before: 7,
      after: 8,
      changed: true,
    });
    expect(c.settings.find((r) => r.key === 'horizonMonths')).toMatchObject({
      before: 60,
      after: 36,
      changed: true,
    });
    expect(c.settings.find((r) => r.key === 'iterations')?.changed).toBe(false);
    const ref = c.estimates.find((e) => e.key === 'reference')!;
    expect(ref.before.mean).toBeCloseTo(6000, 6);
    expect(ref.change).toBeCloseTo(ref.after.mean - ref.before.mean, 9);
    expect(c.estimates.map((e) => e.key)).toEqual(['pilot', 'reference', 'saving']);
  });
});
