import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnalysisFailure } from '../../../src/lib/analysis/analysis-client';
import type {
  AnalysisJob,
  AnalysisResult,
  AnalysisRunner,
  ProgressCallback,
} from '../../../src/lib/analysis/analysis-types';
import type { Scenario } from '../../../src/lib/model/scenario';
import { validateScenario } from '../../../src/lib/model/validate-scenario';

/** One call of the fake runner: the job, its callbacks, and the means to settle it. */
export interface RunnerCall {
  job: AnalysisJob;
  onProgress?: ProgressCallback;
  signal?: AbortSignal;
  resolve: (r: AnalysisResult) => void;
  reject: (e: unknown) => void;
}

/**
 * A stand-in for the analysis client: records every job and lets the test settle it; an aborted
 * job rejects with an AbortError as the real client does. Like postMessage, it structured-clones
 * the job first, so a job holding something a worker cannot receive (a Svelte state proxy, a
 * function) fails here as it would in the browser ("#<Object> could not be cloned").
 */
export class FakeRunner implements AnalysisRunner {
  calls: RunnerCall[] = [];
  run(job: AnalysisJob, onProgress?: ProgressCallback, signal?: AbortSignal): Promise<AnalysisResult> {
    try {
      structuredClone(job);
    } catch (e) {
      const detail = `could not send the job to the analysis worker (${(e as Error).message})`;
      return Promise.reject(new AnalysisFailure('notSent', detail));
    }
    return new Promise((resolve, reject) => {
      this.calls.push({ job, onProgress, signal, resolve, reject });
      signal?.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')), {
        once: true,
      });
    });
  }
  /** The latest call (throws before the first). */
  get last(): RunnerCall {
    const c = this.calls[this.calls.length - 1];
    if (!c) throw new Error('no run yet');
    return c;
  }
  /** The calls of one kind of job, in order. */
  of(kind: AnalysisJob['kind']): RunnerCall[] {
    return this.calls.filter((c) => c.job.kind === kind);
  }
}

/** An example scenario from static/scenarios, validated (tests run from the project folder). */
export function example(file: string): Scenario {
  const v = validateScenario(
    JSON.parse(readFileSync(join(process.cwd(), 'static', 'scenarios', file), 'utf8')),
  );
  if (!v.ok) throw new Error(`${file} does not validate`);
  return v.scenario;
}
