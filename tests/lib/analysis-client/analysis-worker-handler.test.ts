import { describe, expect, it } from 'vitest';
import { handleAnalysisMessage, throttledProgress } from '../../../src/lib/analysis/analysis-worker-handler';
import type { FromAnalysisWorker } from '../../../src/lib/analysis/analysis-types';
import { leverJob, leverResult } from './fake-worker';

describe('throttledProgress', () => {
  it('passes at most one report per 100 ms, and always the final one', () => {
    let clock = 0;
    const seen: number[] = [];
    const report = throttledProgress(
      (done) => seen.push(done),
      () => clock,
    );
    for (let done = 1; done <= 100; done++) {
      clock = done * 7; // a report every 7 ms for 700 ms
      report(done, 100);
    }
    // 700 ms at <= 10 a second: 8 reports at most (t = 7, 112, 217, ...), plus the last one.
    expect(seen.length).toBeLessThanOrEqual(9);
    expect(seen[0]).toBe(1);
    expect(seen[seen.length - 1]).toBe(100);
    const times = seen.map((d) => d * 7);
    for (let k = 1; k < times.length - 1; k++) expect(times[k]! - times[k - 1]!).toBeGreaterThanOrEqual(100);
  });
});

describe('handleAnalysisMessage', () => {
  it('runs the job and posts throttled progress and then the result, under the job id', async () => {
    const posted: FromAnalysisWorker[] = [];
    let clock = 0;
    await handleAnalysisMessage(
      { type: 'job', jobId: 5, job: leverJob(1) },
      (m) => posted.push(m),
      (_job, progress) => {
        for (let k = 1; k <= 50; k++) {
          clock = k; // 50 reports within 50 ms
          progress(k, 50);
        }
        return leverResult(9);
      },
      () => clock,
    );
    expect(posted).toEqual([
      { type: 'progress', jobId: 5, done: 1, total: 50 },
      { type: 'progress', jobId: 5, done: 50, total: 50 },
      { type: 'result', jobId: 5, result: leverResult(9) },
    ]);
  });

  it('posts the error message and the error’s name when the job throws', async () => {
    const posted: FromAnalysisWorker[] = [];
    await handleAnalysisMessage(
      { type: 'job', jobId: 2, job: leverJob(1) },
      (m) => posted.push(m),
      () => Promise.reject(new RangeError('the mix needs at least one scenario')),
    );
    expect(posted).toEqual([
      { type: 'error', jobId: 2, message: 'the mix needs at least one scenario', errorName: 'RangeError' },
    ]);
  });

  it('posts a thrown non-Error as text, without a name', async () => {
    const posted: FromAnalysisWorker[] = [];
    await handleAnalysisMessage(
      { type: 'job', jobId: 3, job: leverJob(1) },
      (m) => posted.push(m),
      () => {
        throw 'odd';
      },
    );
    expect(posted).toEqual([{ type: 'error', jobId: 3, message: 'odd' }]);
  });
});
