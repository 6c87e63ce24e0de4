import { describe, expect, it } from 'vitest';
import { runExportCsv, runExportCsvParts } from '../../../src/lib/exchange/run-export';
import { encodeBlocks } from '../../../src/lib/export/encode-blocks';
import { iterationsCsv } from '../../../src/lib/io/iterations-csv';
import { fixture } from '../chart/fixture';

const at = new Date('2026-11-23T10:00:00Z');
/** The bytes as text, a BOM kept (TextDecoder drops it unless told not to). */
const text = (parts: Uint8Array[]) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.concat(parts));

describe('encodeBlocks', () => {
  it('gives the UTF-8 bytes of the joined blocks, one part per block', async () => {
    const blocks = ['a,é\n', '€,ë\n', ''];
    const parts = await encodeBlocks(blocks, () => Promise.resolve());
    expect(parts).toHaveLength(3);
    expect(text(parts)).toBe(blocks.join(''));
  });

  it('gives the event loop a turn between blocks, and makes the next block only after it', async () => {
    const log: string[] = [];
    function* blocks() {
      for (const b of ['1', '2', '3']) {
        log.push(`make ${b}`);
        yield b;
      }
    }
    await encodeBlocks(blocks(), async () => {
      log.push('pause');
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(log).toEqual(['make 1', 'pause', 'make 2', 'pause', 'make 3', 'pause']);
  });

  it('lets a timer run while a long file is made (the page stays responsive)', async () => {
    const { scenario, data } = fixture(300);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const parts = await encodeBlocks(iterationsCsv(scenario, data, { blockRows: 100 }));
    clearInterval(timer);
    expect(parts.length).toBeGreaterThan(20);
    expect(ticks).toBeGreaterThan(5);
  });
});

describe('runExportCsvParts', () => {
  const { scenario, data, summary } = fixture(50);
  const run = { scenario, summary, data };

  it('holds exactly the text of the run CSV, reproducibility rows included', async () => {
    const shares: number[] = [];
    const parts = await runExportCsvParts(run, { exportedAt: at }, (s) => shares.push(s));
    expect(text(parts)).toBe([...runExportCsv(run, { exportedAt: at })].join(''));
    expect(text(parts)).toContain('\n,run,seed,5\n');
    expect(shares.at(-1)).toBe(1);
  });

  it('reports progress per block, rising to 1', async () => {
    const { scenario: s2, data: d2, summary: m2 } = fixture(2000);
    const shares: number[] = [];
    await runExportCsvParts({ scenario: s2, summary: m2, data: d2 }, { exportedAt: at }, (s) =>
      shares.push(s),
    );
    expect(shares.length).toBeGreaterThan(2);
    expect([...shares].sort((a, b) => a - b)).toEqual(shares);
    expect(shares[0]).toBeGreaterThan(0);
    expect(shares.at(-1)).toBe(1);
  });
});
