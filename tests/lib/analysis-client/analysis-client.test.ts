import { describe, expect, it } from 'vitest';
import {
  AnalysisClient,
  AnalysisFailure,
  analysisFailureOf,
  isAbortError,
} from '../../../src/lib/analysis/analysis-client';
import { factory, leverJob, leverResult } from './fake-worker';

/** Let pending promise callbacks run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('AnalysisClient', () => {
  it('sends a job to a worker and resolves with the result that worker posts for it', async () => {
    const f = factory();
    const client = new AnalysisClient(f.create);
    const job = leverJob(7);
    const done = client.run(job);
    expect(f.made).toHaveLength(1);
    const w = f.made[0]!;
    expect(w.sent).toEqual([{ type: 'job', jobId: w.jobId, job }]);
    w.say({ type: 'result', jobId: w.jobId + 100, result: leverResult(-1) }); // not this job's
    w.say({ type: 'result', jobId: w.jobId, result: leverResult(42) });
    await expect(done).resolves.toEqual(leverResult(42));
    expect(w.terminated).toBe(false);
  });

  it('keeps the worker warm: the next job goes to the same worker', async () => {
    const f = factory();
    const client = new AnalysisClient(f.create);
    client.warm();
    expect(f.made).toHaveLength(1);
    const first = client.run(leverJob(1));
    f.made[0]!.say({ type: 'result', jobId: f.made[0]!.jobId, result: leverResult(1) });
    await first;
    const second = client.run(leverJob(2));
    expect(f.made).toHaveLength(1);
    expect(f.made[0]!.sent).toHaveLength(2);
    f.made[0]!.say({ type: 'result', jobId: f.made[0]!.jobId, result: leverResult(2) });
    await expect(second).resolves.toEqual(leverResult(2));
  });

  it('passes progress reports of its own job on to the caller', async () => {
    const f = factory();
    const client = new AnalysisClient(f.create);
    const seen: Array<[number, number]> = [];
    const done = client.run(leverJob(1), (d, t) => seen.push([d, t]));
    const w = f.made[0]!;
    w.say({ type: 'progress', jobId: w.jobId, done: 10, total: 40 });
    w.say({ type: 'progress', jobId: w.jobId - 1, done: 99, total: 99 });
    w.say({ type: 'progress', jobId: w.jobId, done: 40, total: 40 });
    w.say({ type: 'result', jobId: w.jobId, result: leverResult(0) });
    await done;
    expect(seen).toEqual([
      [10, 40],
      [40, 40],
    ]);
  });

  it('aborting a running job terminates its worker and rejects with an AbortError', async () => {
    const f = factory();
    const client = new AnalysisClient(f.create);
    const ac = new AbortController();
    const done = client.run(leverJob(1), undefined, ac.signal);
    ac.abort();
    const e = await done.catch((x: unknown) => x);
    expect(isAbortError(e)).toBe(true);
    expect((e as DOMException).name).toBe('AbortError');
    expect(f.made[0]!.terminated).toBe(true);
    expect(client.workerCount).toBe(0);
    // The next job starts a fresh worker, and a late message of the old one changes nothing.
    const next = client.run(leverJob(2));
    expect(f.made).toHaveLength(2);
    f.made[1]!.say({ type: 'result', jobId: f.made[1]!.jobId, result: leverResult(2) });
    await expect(next).resolves.toEqual(leverResult(2));
  });

  it('rejects at once, without starting anything, for a signal that is already aborted', async () => {
    const f = factory();
    const client = new AnalysisClient(f.create);
    const e = await client.run(leverJob(1), undefined, AbortSignal.abort()).catch((x: unknown) => x);
    expect(isAbortError(e)).toBe(true);
    expect(f.made).toHaveLength(0);
  });

  it('a worker error rejects the job as "the worker stopped", with the detail, and replaces the worker', async () => {
    const f = factory();
    const client = new AnalysisClient(f.create);
    const done = client.run(leverJob(1));
    const event = f.made[0]!.crash('Uncaught RangeError: out of memory');
    const e = await done.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AnalysisFailure);
    expect((e as AnalysisFailure).kind).toBe('workerStopped');
    expect((e as AnalysisFailure).detail).toBe('RangeError: out of memory');
    expect(event.prevented).toBe(true);
    expect(f.made[0]!.terminated).toBe(true);
    const next = client.run(leverJob(2));
    expect(f.made).toHaveLength(2);
    f.made[1]!.say({ type: 'result', jobId: f.made[1]!.jobId, result: leverResult(3) });
    await expect(next).resolves.toEqual(leverResult(3));
  });

  it('an error message from the job rejects it (kind other) and keeps the worker for the next job', async () => {
    const f = factory();
    const client = new AnalysisClient(f.create);
    const done = client.run(leverJob(1));
    f.made[0]!.say({ type: 'error', jobId: f.made[0]!.jobId, message: 'no uncertain inputs' });
    const e = (await done.catch((x: unknown) => x)) as AnalysisFailure;
    expect(e).toBeInstanceOf(AnalysisFailure);
    expect([e.kind, e.detail, e.message]).toEqual(['other', 'no uncertain inputs', 'no uncertain inputs']);
    expect(f.made[0]!.terminated).toBe(false);
    expect(client.workerCount).toBe(1);
  });

  it('a RangeError or SimulationError from the job is a refused input; another error is not', async () => {
    const f = factory();
    const client = new AnalysisClient(f.create);
    const kinds: string[] = [];
    for (const errorName of ['RangeError', 'SimulationError', 'TypeError', undefined]) {
      const done = client.run(leverJob(1));
      const w = f.made[0]!;
      const report = { type: 'error' as const, jobId: w.jobId, message: 'x', errorName };
      w.say(report);
      kinds.push(((await done.catch((x: unknown) => x)) as AnalysisFailure).kind);
    }
    expect(kinds).toEqual(['refused', 'refused', 'other', 'other']);
  });

  it('a message that cannot be read rejects the job', async () => {
    const f = factory();
    const client = new AnalysisClient(f.create);
    const done = client.run(leverJob(1));
    f.made[0]!.onmessageerror?.({});
    const e = (await done.catch((x: unknown) => x)) as AnalysisFailure;
    expect(e.kind).toBe('workerStopped');
    expect(e.detail).toMatch(/could not be read/);
    expect(f.made[0]!.terminated).toBe(true);
  });

  it('a job that cannot be sent rejects with the reason', async () => {
    const f = factory();
    const client = new AnalysisClient(() => {
      const w = f.create();
      w.refuse = new Error('could not be cloned');
      return w;
    });
    const e = (await client.run(leverJob(1)).catch((x: unknown) => x)) as AnalysisFailure;
    expect(e.kind).toBe('notSent');
    expect(e.detail).toMatch(/could not send the job.*could not be cloned/);
  });

  it('analysisFailureOf keeps a failure as it is and makes anything else a failure of kind other', () => {
    const own = new AnalysisFailure('refused', 'outer draws must be 0 or at least 2');
    expect(analysisFailureOf(own)).toBe(own);
    const other = analysisFailureOf(new Error('unexpected tornado result'));
    expect([other.kind, other.detail]).toEqual(['other', 'unexpected tornado result']);
    expect(analysisFailureOf('odd').detail).toBe('odd');
  });

  it('a second job while one runs gets a second worker; a third waits for a free one', async () => {
    const f = factory();
    const client = new AnalysisClient(f.create);
    const a = client.run(leverJob(1));
    const b = client.run(leverJob(2));
    expect(f.made).toHaveLength(2);
    const c = client.run(leverJob(3));
    expect(f.made).toHaveLength(2); // at most two workers
    expect(f.made[0]!.sent).toHaveLength(1);
    expect(f.made[1]!.sent).toHaveLength(1);
    // b finishes first: c goes to b's worker.
    f.made[1]!.say({ type: 'result', jobId: f.made[1]!.jobId, result: leverResult(2) });
    await expect(b).resolves.toEqual(leverResult(2));
    expect(f.made[1]!.sent).toHaveLength(2);
    expect(f.made[1]!.sent[1]!.job).toEqual(leverJob(3));
    f.made[0]!.say({ type: 'result', jobId: f.made[0]!.jobId, result: leverResult(1) });
    f.made[1]!.say({ type: 'result', jobId: f.made[1]!.jobId, result: leverResult(3) });
    await expect(a).resolves.toEqual(leverResult(1));
    await expect(c).resolves.toEqual(leverResult(3));
  });

  it('aborting a waiting job drops it without terminating anyone', async () => {
    const f = factory();
    const client = new AnalysisClient(f.create, 1);
    const a = client.run(leverJob(1));
    const ac = new AbortController();
    const b = client.run(leverJob(2), undefined, ac.signal);
    ac.abort();
    expect(isAbortError(await b.catch((x: unknown) => x))).toBe(true);
    expect(f.made[0]!.terminated).toBe(false);
    f.made[0]!.say({ type: 'result', jobId: f.made[0]!.jobId, result: leverResult(1) });
    await a;
    await settle();
    expect(f.made[0]!.sent).toHaveLength(1); // the dropped job was never sent
  });

  it('aborting one of two running jobs leaves the other running', async () => {
    const f = factory();
    const client = new AnalysisClient(f.create);
    const ac = new AbortController();
    const a = client.run(leverJob(1), undefined, ac.signal);
    const b = client.run(leverJob(2));
    ac.abort();
    expect(isAbortError(await a.catch((x: unknown) => x))).toBe(true);
    expect(f.made[0]!.terminated).toBe(true);
    expect(f.made[1]!.terminated).toBe(false);
    f.made[1]!.say({ type: 'result', jobId: f.made[1]!.jobId, result: leverResult(2) });
    await expect(b).resolves.toEqual(leverResult(2));
  });

  it('dispose stops every worker and rejects every job with an AbortError', async () => {
    const f = factory();
    const client = new AnalysisClient(f.create, 1);
    const a = client.run(leverJob(1));
    const b = client.run(leverJob(2));
    client.dispose();
    expect(isAbortError(await a.catch((x: unknown) => x))).toBe(true);
    expect(isAbortError(await b.catch((x: unknown) => x))).toBe(true);
    expect(f.made.every((w) => w.terminated)).toBe(true);
    expect(client.workerCount).toBe(0);
  });

  it('an idle worker that dies is dropped and replaced at the next job', async () => {
    const f = factory();
    const client = new AnalysisClient(f.create);
    client.warm();
    f.made[0]!.crash('failed to load the script');
    expect(f.made[0]!.terminated).toBe(true);
    const done = client.run(leverJob(1));
    expect(f.made).toHaveLength(2);
    f.made[1]!.say({ type: 'result', jobId: f.made[1]!.jobId, result: leverResult(1) });
    await expect(done).resolves.toEqual(leverResult(1));
  });
});
