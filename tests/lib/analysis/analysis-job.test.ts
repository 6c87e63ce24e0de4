import { describe, expect, it } from 'vitest';
import { runAnalysisJob } from '../../../src/lib/analysis/analysis-job';
import type { AnalysisJob } from '../../../src/lib/analysis/analysis-types';
import { cohortBudget } from '../../../src/lib/analysis/cohort-budget';
import { leverRun } from '../../../src/lib/analysis/lever';
import { threshold } from '../../../src/lib/analysis/threshold';
import { tornado } from '../../../src/lib/analysis/tornado';
import { compareVariants } from '../../../src/lib/analysis/variants';
import { crisisCase } from './fixtures';

const s = crisisCase({ crisisCost: { dist: 'uniform', min: 5000, max: 15_000 } });
const jobs: AnalysisJob[] = [
  {
    kind: 'cohort',
    spec: {
      familiesPerYear: 40,
      years: 2,
      mix: [{ name: 'case', scenario: s, weight: 1 }],
      entry: 'spread',
      outerDraws: 5,
      innerFamilies: 50,
      seed: 1,
    },
  },
  { kind: 'tornado', scenario: s, options: { iterations: 50, seed: 2 } },
  {
    kind: 'threshold',
    scenario: s,
    options: {
      ref: 'parameters[0].value',
      lower: 0,
      upper: 1,
      target: { payerId: null, byMonth: 12, discounted: true },
      iterations: 100,
      seed: 3,
      outerDraws: 2,
    },
  },
  { kind: 'variants', variants: [{ name: 'a', scenario: s }], iterations: 80, seed: 4 },
  {
    kind: 'lever',
    scenario: s,
    options: { values: { 'parameters[0].value': 0.2 }, iterations: 60, seed: 5 },
  },
];

describe('runAnalysisJob', () => {
  it('dispatches every kind of job to its analysis', () => {
    const direct = [
      () => cohortBudget((jobs[0] as Extract<AnalysisJob, { kind: 'cohort' }>).spec),
      () => tornado(s, { iterations: 50, seed: 2 }),
      () => threshold(s, (jobs[2] as Extract<AnalysisJob, { kind: 'threshold' }>).options),
      () => compareVariants([{ name: 'a', scenario: s }], 80, 4),
      () => leverRun(s, { values: { 'parameters[0].value': 0.2 }, iterations: 60, seed: 5 }),
    ];
    jobs.forEach((job, i) => {
      let last: [number, number] | null = null;
      const r = runAnalysisJob(job, (d, t) => (last = [d, t]));
      expect(r.kind).toBe(job.kind);
      expect(r.result).toEqual(direct[i]!());
      expect(last).not.toBeNull();
      expect(last![0]).toBe(last![1]);
    });
  });

  it('gives results that survive a structured clone (the worker posts them)', () => {
    for (const job of jobs) {
      const r = runAnalysisJob(job);
      expect(structuredClone(r)).toEqual(r);
    }
  });
});
