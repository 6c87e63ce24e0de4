import type {
  AnalysisJob,
  AnalysisResult,
  FromAnalysisWorker,
  ProgressCallback,
  ToAnalysisWorker,
} from './analysis-types';

/** Progress messages at most this often (10 a second): more only keeps the page busy. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * The error message with the thrown error's name ("RangeError", "SimulationError", ...), so the
 * client can tell a refused input from a fault (AnalysisFailure's kind). A superset of the error
 * member of FromAnalysisWorker: a client that does not know `errorName` ignores it.
 */
export type AnalysisErrorReport = Extract<FromAnalysisWorker, { type: 'error' }>;

/** Runs one job (runAnalysisJob in the worker; tests pass their own). */
export type JobRunner = (
  job: AnalysisJob,
  onProgress: ProgressCallback,
) => AnalysisResult | Promise<AnalysisResult>;

/**
 * A progress callback that passes on at most one report per `intervalMs`, and always the last
 * one (done = total), so the bar reaches its end.
 */
export function throttledProgress(
  report: ProgressCallback,
  now: () => number,
  intervalMs = PROGRESS_INTERVAL_MS,
): ProgressCallback {
  let last = -Infinity;
  return (done, total) => {
    const t = now();
    if (done < total && t - last < intervalMs) return;
    last = t;
    report(done, total);
  };
}

/**
 * What the analysis worker does with a message: run the job, reporting throttled progress, and
 * post its result or its error (as text and the error's name: an Error does not survive
 * postMessage everywhere).
 */
export async function handleAnalysisMessage(
  message: ToAnalysisWorker,
  post: (m: FromAnalysisWorker) => void,
  run: JobRunner,
  now: () => number = () => performance.now(),
): Promise<void> {
  if (message?.type !== 'job') return;
  const { jobId, job } = message;
  const progress = throttledProgress((done, total) => post({ type: 'progress', jobId, done, total }), now);
  try {
    const result = await run(job, progress);
    post({ type: 'result', jobId, result });
  } catch (e) {
    const report: AnalysisErrorReport =
      e instanceof Error
        ? { type: 'error', jobId, message: e.message, errorName: e.name }
        : { type: 'error', jobId, message: String(e) };
    post(report);
  }
}
