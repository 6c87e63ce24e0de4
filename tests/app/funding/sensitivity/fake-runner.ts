import { vi } from 'vitest';
import type {
  AnalysisJob,
  AnalysisResult,
  AnalysisRunner,
  ProgressCallback,
} from '../../../../src/lib/analysis/analysis-types';

export interface Call {
  job: AnalysisJob;
  onProgress?: ProgressCallback;
  signal?: AbortSignal;
  resolve: (r: AnalysisResult) => void;
  reject: (e: unknown) => void;
}

/**
 * An AnalysisRunner the test drives: each run waits until the test resolves or rejects it, and
 * rejects with an AbortError when its signal aborts (as the worker client does).
 */
export class FakeRunner implements AnalysisRunner {
  calls: Call[] = [];
  run(job: AnalysisJob, onProgress?: ProgressCallback, signal?: AbortSignal): Promise<AnalysisResult> {
    return new Promise((resolve, reject) => {
      this.calls.push({ job, onProgress, signal, resolve, reject });
      signal?.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')), {
        once: true,
      });
    });
  }
  get last(): Call {
    const c = this.calls[this.calls.length - 1];
    if (!c) throw new Error('no run yet');
    return c;
  }
}

/** jsdom has no ResizeObserver (Svelte's bind:clientWidth uses it). */
export function stubResizeObserver(): void {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
}
