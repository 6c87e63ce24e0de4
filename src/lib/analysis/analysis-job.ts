import type { AnalysisJob, AnalysisResult, ProgressCallback } from './analysis-types';
import { cohortBudget } from './cohort-budget';
import { leverRun } from './lever';
import { threshold } from './threshold';
import { tornado } from './tornado';
import { compareVariants } from './variants';

/**
 * Runs one analysis job (the analysis worker calls only this). Pure: no DOM, no Svelte, so it
 * runs in a Web Worker, in Node and in tests.
 */
export function runAnalysisJob(job: AnalysisJob, onProgress?: ProgressCallback): AnalysisResult {
  switch (job.kind) {
    case 'cohort':
      return { kind: 'cohort', result: cohortBudget(job.spec, onProgress) };
    case 'tornado':
      return { kind: 'tornado', result: tornado(job.scenario, job.options, onProgress) };
    case 'threshold':
      return { kind: 'threshold', result: threshold(job.scenario, job.options, onProgress) };
    case 'variants':
      return {
        kind: 'variants',
        result: compareVariants(job.variants, job.iterations, job.seed, onProgress),
      };
    case 'lever':
      return { kind: 'lever', result: leverRun(job.scenario, job.options, onProgress) };
  }
}
