import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/lib/model/validate-scenario';
import { runInline } from '../../../src/lib/sim/run-inline';
import { MEASURES, N_MEASURES, N_PATHS } from '../../../src/lib/sim/run-layout';
import { summarizeRun } from '../../../src/lib/sim/summarize';
import { readExampleText, readIndex } from './example-files';

const entries = readIndex().examples;

describe('every example listed in index.json', () => {
  it.each(entries)('$file validates with validateScenario without problems or warnings', ({ file }) => {
    const v = validateScenario(JSON.parse(readExampleText(file)));
    expect(v.ok ? [] : v.problems).toEqual([]);
    expect(v.warnings).toEqual([]);
  });

  it.each(entries)(
    '$file runs with the inline engine and gives finite, non-negative totals for both paths',
    ({ file }) => {
      const v = validateScenario(JSON.parse(readExampleText(file)));
      if (!v.ok) throw new Error(`${file} does not validate`);
      const s = v.scenario;
      const data = runInline(s);
      expect(data.iterations).toBe(s.settings.iterations);
      // Every iteration, both paths, all four measures (horizon / short term, discounted or not).
      expect(data.totals.length).toBe(s.settings.iterations * N_PATHS * N_MEASURES);
      let bad = 0;
      for (const x of data.totals) if (!(Number.isFinite(x) && x >= 0)) bad++;
      for (const x of data.payerTotals) if (!(Number.isFinite(x) && x >= 0)) bad++;
      expect(bad).toBe(0);
      const summary = summarizeRun(s, data, s.settings.seed);
      for (const m of MEASURES) {
        for (const path of ['pilot', 'reference'] as const) {
          const stats = summary.measures[m][path];
          expect(Number.isFinite(stats.mean), `${m} ${path}`).toBe(true);
          expect(stats.min, `${m} ${path}`).toBeGreaterThanOrEqual(0);
        }
        expect(Number.isFinite(summary.measures[m].difference.mean), m).toBe(true);
      }
      // Both paths cost something within the horizon.
      expect(summary.measures.horizon.pilot.mean).toBeGreaterThan(0);
      expect(summary.measures.horizon.reference.mean).toBeGreaterThan(0);
    },
  );
});
