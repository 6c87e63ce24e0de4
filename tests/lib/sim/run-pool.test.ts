import { describe, expect, it } from 'vitest';
import { handleWorkerMessage } from '../../../src/lib/sim/worker-handler';
import type { FromWorker, ToWorker } from '../../../src/lib/sim/protocol';
import { runOnWorkers, RunCancelled, type WorkerLike } from '../../../src/lib/sim/run-pool';
import { runInline } from '../../../src/lib/sim/run-inline';
import type { RunData } from '../../../src/lib/sim/run-accumulator';
import { scenario, step } from '../../helpers/scenario';

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

const bytes = (d: RunData) =>
  [d.totals, d.payerTotals, d.breakEven, d.eventOnsets, d.sums, d.eventSums, d.hist].map((a) =>
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64'),
  );

const s = scenario(
  {
    pilot: {
      steps: [
        step('coach', {
          duration: { dist: 'pert', min: 3, mode: 6, max: 18 },
          monthlyCost: { dist: 'gamma', mean: 900, sd: 300 },
        }),
      ],
    },
    reference: {
      events: [
        {
          id: 'ots',
          label: 'OTS',
          probability: 0.3,
          onset: { dist: 'triangular', min: 0, mode: 6, max: 30 },
          duration: 12,
          consequences: [step('guardian', { monthlyCost: { dist: 'normal', mean: 800, sd: 100 } })],
        },
      ],
    },
  },
  { settings: { horizonMonths: 48 } },
);

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
    expect(bytes(three)).toEqual(bytes(one));
    expect(bytes(one)).toEqual(bytes(inline));
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
