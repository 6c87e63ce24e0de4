import { describe, expect, it } from 'vitest';
import { handleWorkerMessage } from '../../../src/lib/sim/worker-handler';
import type { FromWorker, ToWorker } from '../../../src/lib/sim/protocol';
import { runOnWorkers, RunCancelled, type WorkerLike } from '../../../src/lib/sim/run-pool';
import { runInline } from '../../../src/lib/sim/run-inline';
import { poolScenario, runBytes } from '../../helpers/pool';

/** An in-process worker that answers asynchronously, with a per-worker delay to shuffle arrival order. */
function fakeWorker(delayMs: number): () => WorkerLike {
  return () => {
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate() {
        this.onmessage = null;
      },
      postMessage(msg: ToWorker) {
        const out: FromWorker[] = [];
        handleWorkerMessage(structuredClone(msg), (m) => out.push(m));
        out.forEach((m, k) => setTimeout(() => w.onmessage?.({ data: m }), delayMs * (k + 1)));
      },
    };
    return w;
  };
}

const s = poolScenario;

describe('running on a pool of workers', () => {
  it('gives bit-identical results with 1 and 3 workers, and the same as inline', async () => {
    const N = 9000; // 5 chunks: uneven over 3 workers
    const one = await runOnWorkers(s, fakeWorker(1), { iterations: N, seed: 7, workers: 1 });
    let k = 0;
    const three = await runOnWorkers(s, () => fakeWorker([5, 1, 3][k++ % 3]!)(), {
      iterations: N,
      seed: 7,
      workers: 3,
    });
    const inline = runInline(s, { iterations: N, seed: 7 });
    expect(runBytes(three)).toEqual(runBytes(one));
    expect(runBytes(one)).toEqual(runBytes(inline));
  });

  it('reports progress and can be cancelled', async () => {
    const ctrl = new AbortController();
    const seen: number[] = [];
    const p = runOnWorkers(s, fakeWorker(20), {
      iterations: 20_000,
      seed: 1,
      workers: 2,
      signal: ctrl.signal,
      onProgress: (done) => {
        seen.push(done);
        if (seen.length === 2) ctrl.abort();
      },
    });
    await expect(p).rejects.toBeInstanceOf(RunCancelled);
    expect(seen.length).toBe(2);
  });

  it('says the simulation failed when a worker errors', async () => {
    const broken = () => {
      const w: WorkerLike = {
        onmessage: null,
        onerror: null,
        terminate() {},
        postMessage() {
          setTimeout(() => w.onerror?.({ message: 'out of memory' }), 1);
        },
      };
      return w;
    };
    await expect(runOnWorkers(s, broken, { iterations: 100, seed: 1, workers: 1 })).rejects.toThrow(
      'the simulation failed: out of memory',
    );
  });
});
