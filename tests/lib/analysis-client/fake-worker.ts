import type { AnalysisWorkerLike } from '../../../src/lib/analysis/analysis-client';
import type {
  AnalysisJob,
  AnalysisResult,
  FromAnalysisWorker,
  ToAnalysisWorker,
} from '../../../src/lib/analysis/analysis-types';

/** A stand-in for the analysis worker: records what it is sent; the test answers for it. */
export class FakeWorker implements AnalysisWorkerLike {
  sent: ToAnalysisWorker[] = [];
  terminated = false;
  onmessage: ((e: { data: FromAnalysisWorker }) => void) | null = null;
  onerror: ((e: { message?: string; preventDefault?: () => void }) => void) | null = null;
  onmessageerror: ((e: unknown) => void) | null = null;
  /** Throw from postMessage (as a DataCloneError would). */
  refuse: Error | null = null;

  postMessage(message: ToAnalysisWorker): void {
    if (this.refuse) throw this.refuse;
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** The id of the last job sent. */
  get jobId(): number {
    const last = this.sent[this.sent.length - 1];
    if (!last) throw new Error('no job was sent');
    return last.jobId;
  }
  say(m: FromAnalysisWorker): void {
    this.onmessage?.({ data: m });
  }
  crash(message: string): { prevented: boolean } {
    const e = { message, prevented: false, preventDefault: () => (e.prevented = true) };
    this.onerror?.(e);
    return e;
  }
}

/** A fake factory that keeps every worker it made. */
export function factory(): { create: () => FakeWorker; made: FakeWorker[] } {
  const made: FakeWorker[] = [];
  return {
    made,
    create: () => {
      const w = new FakeWorker();
      made.push(w);
      return w;
    },
  };
}

export const leverJob = (seed: number): AnalysisJob =>
  ({ kind: 'lever', scenario: {}, options: { values: {}, iterations: 10, seed } }) as unknown as AnalysisJob;

export const leverResult = (mean: number): AnalysisResult =>
  ({ kind: 'lever', result: { difference: { mean, low: mean, high: mean } } }) as unknown as AnalysisResult;
