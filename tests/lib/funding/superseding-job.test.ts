import { describe, expect, it } from 'vitest';
import { SupersedingJob } from '../../../src/lib/funding/superseding-job';

/** Work that waits until the test settles it, and rejects with an AbortError when aborted. */
function controllable() {
  const calls: Array<{ signal: AbortSignal; resolve: (v: number) => void; reject: (e: unknown) => void }> =
    [];
  const work = (signal: AbortSignal) =>
    new Promise<number>((resolve, reject) => {
      calls.push({ signal, resolve, reject });
      signal.addEventListener('abort', () => reject(new DOMException('stop', 'AbortError')));
    });
  return { calls, work };
}

describe('SupersedingJob', () => {
  it('reports the value of a run that is not superseded', async () => {
    const job = new SupersedingJob<number>();
    const { calls, work } = controllable();
    const p = job.start(work);
    expect(job.running).toBe(true);
    calls[0]!.resolve(7);
    await expect(p).resolves.toEqual({ value: 7 });
    expect(job.running).toBe(false);
  });

  it('a new start aborts the previous run, whose outcome is dropped', async () => {
    const job = new SupersedingJob<number>();
    const { calls, work } = controllable();
    const first = job.start(work);
    const second = job.start(work);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(calls[1]!.signal.aborted).toBe(false);
    await expect(first).resolves.toBeNull();
    calls[1]!.resolve(2);
    await expect(second).resolves.toEqual({ value: 2 });
  });

  it('an older run that resolves anyway is dropped', async () => {
    const job = new SupersedingJob<number>();
    const calls: Array<(v: number) => void> = [];
    const work = () => new Promise<number>((r) => calls.push(r)); // ignores its signal
    const first = job.start(work);
    const second = job.start(work);
    calls[0]!(1);
    calls[1]!(2);
    await expect(first).resolves.toBeNull();
    await expect(second).resolves.toEqual({ value: 2 });
  });

  it('reports an error of the current run', async () => {
    const job = new SupersedingJob<number>();
    const r = await job.start(() => Promise.reject(new Error('boom')));
    expect(r && 'error' in r && (r.error as Error).message).toBe('boom');
  });

  it('cancel aborts the current run and reports nothing', async () => {
    const job = new SupersedingJob<number>();
    const { calls, work } = controllable();
    const p = job.start(work);
    job.cancel();
    expect(calls[0]!.signal.aborted).toBe(true);
    await expect(p).resolves.toBeNull();
    expect(job.running).toBe(false);
  });
});
