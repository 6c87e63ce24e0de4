import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobOf, UserError, type Kind } from '../../src/cli/analyse-args';
import { runAnalysisJob } from '../../src/lib/analysis/analysis-job';
import { validateScenarioJson } from '../../src/lib/model/validate-scenario';

const root = new URL('../../', import.meta.url).pathname;
const analyse = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/analyse.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

const dir = mkdtempSync(join(tmpdir(), 'pathcost-analyse-'));
const write = (name: string, doc: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(doc));
  return file;
};

/** Pilot: 20,000 once; reference: 3,000 once (undiscounted, month 0): the pilot costs 17,000 more per family. */
const fixed = write('fixed.json', {
  schemaVersion: 1,
  id: 'fixed',
  name: 'fixed',
  settings: { discountRate: 0, discountPreset: 'none', horizonMonths: 24, iterations: 50 },
  paths: {
    pilot: { steps: [{ id: 'a', label: 'a', payer: 'municipality-youth', oneOffCost: 20000 }] },
    reference: { steps: [{ id: 'b', label: 'b', payer: 'municipality-youth', oneOffCost: 3000 }] },
  },
});

/**
 * Pilot: 5,000 once. Reference: a crisis with probability p costing 10,000 once, p ~ beta(mean 0.3).
 * The expected saving 10,000 p - 5,000 is zero at p* = 0.5.
 */
const risky = write('risky.json', {
  schemaVersion: 1,
  id: 'risky',
  name: 'risky',
  settings: { discountRate: 0, discountPreset: 'none', horizonMonths: 12, iterations: 50 },
  parameters: [
    { id: 'p_crisis', value: { dist: 'beta', mean: 0.3, sd: 0.1 } },
    { id: 'pilot_cost', value: { dist: 'uniform', min: 4000, max: 6000 } },
  ],
  paths: {
    pilot: {
      steps: [{ id: 'a', label: 'a', payer: 'municipality-youth', oneOffCost: { formula: 'pilot_cost' } }],
    },
    reference: {
      events: [
        {
          id: 'crisis',
          label: 'crisis',
          kind: 'escalation',
          probability: { formula: 'p_crisis' },
          onset: 0,
          consequences: [{ id: 'c', label: 'c', payer: 'municipality-youth', oneOffCost: 10000 }],
        },
      ],
    },
  },
});

const parse = (file: string) => {
  const v = validateScenarioJson(readFileSync(file, 'utf8'));
  if (!v.ok) throw new Error('fixture does not validate');
  return v.scenario;
};
const job = (kind: Kind, files: string[], values: Record<string, string | boolean> = {}) => {
  const j = jobOf(kind, files.map(parse), values);
  if (j === 'list') throw new Error('expected a job');
  return j;
};

describe('analysis arguments (npm run analyse)', () => {
  it('cohort: every family of the cohort counts once, in its entry year', () => {
    const r = runAnalysisJob(
      job('cohort', [fixed], { families: '2', years: '3', entry: 'start', draws: '0' }),
    );
    if (r.kind !== 'cohort') throw new Error(r.kind);
    const all = r.result.totals.find((row) => row.payerId === null)!;
    expect(all.nominal.difference.mean).toBeCloseTo(-17000 * 2 * 3, 6);
    const year2 = r.result.rows.find((row) => row.year === 2 && !row.payerId)!;
    expect(year2.nominal.pilot.mean).toBeCloseTo(2 * 20000, 6);
  });

  it('threshold: finds the analytic break-even probability', () => {
    const j = job('threshold', [risky], {
      input: 'parameters[0].value',
      iterations: '4000',
      draws: '0',
      nominal: true,
    });
    const r = runAnalysisJob(j);
    if (r.kind !== 'threshold') throw new Error(r.kind);
    expect(r.result.status).toBe('found');
    expect(r.result.breaksEvenWhen).toBe('above');
    // With common random numbers the root sits where the families' own draws put it: within
    // about 3 sd of sqrt(p(1-p)/n) = 0.0079 of p* = 0.5 (plus the search tolerance).
    expect(Math.abs(r.result.value! - 0.5)).toBeLessThan(3 * Math.sqrt(0.25 / 4000) + 0.001);
    expect(jobOf('threshold', [parse(risky)], { input: 'list' })).toBe('list');
  });

  it("tornado ranks the crisis probability above the pilot cost; variants keep the files' order", () => {
    const t = runAnalysisJob(job('tornado', [risky], { iterations: '2000' }));
    if (t.kind !== 'tornado') throw new Error(t.kind);
    // p from about 0.17 to 0.43 moves the saving by ~2,600; the pilot cost (4,000..6,000) by ~1,600.
    expect(t.result.bars.map((b) => b.input.ref)).toEqual(['parameters[0].value', 'parameters[1].value']);
    const v = runAnalysisJob(job('variants', [fixed, risky], { iterations: '500' }));
    if (v.kind !== 'variants') throw new Error(v.kind);
    expect(v.result.rows.map((row) => row.scenarioId)).toEqual(['fixed', 'risky']);
    expect(v.result.rows[0]!.difference.mean).toBeCloseTo(-17000, 6);
  });

  it('refuses bad arguments with a reason', () => {
    expect(() => job('cohort', [fixed], { draws: '1' })).toThrow(/at least 2/);
    expect(() => job('cohort', [fixed, risky], { weights: '60' })).toThrow(
      /one positive number per scenario/,
    );
    expect(() => job('cohort', [fixed], { entry: 'monthly' })).toThrow(/spread or start/);
    expect(() => job('threshold', [risky], {})).toThrow(/--input/);
    expect(() => job('threshold', [risky], { input: 'parameters[9].value' })).toThrow(/no input/);
    expect(() => job('threshold', [risky], { input: 'parameters[0].value', payer: 'nobody' })).toThrow(
      /no payer/,
    );
    expect(() => job('variants', [fixed], {})).toThrow(/two or more/);
    expect(() => job('tornado', [fixed, risky], {})).toThrow(/one scenario file/);
    expect(() => job('tornado', [risky], { iterations: '1e3' })).toThrow(UserError);
  });
});

describe('npm run analyse (the program)', { timeout: 120_000 }, () => {
  it('prints the result as JSON with the app and engine versions, or writes it to a file', () => {
    const out = join(dir, 'out.json');
    const r = analyse(['variants', fixed, fixed, '--iterations', '10', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.result.rows).toHaveLength(2);
    expect(doc.appVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(doc.engineVersion).toBeTruthy();
  });

  it('exits with 2 on bad arguments and 1 on a file it cannot read, without a stack trace', () => {
    const noKind = analyse([fixed]);
    expect(noKind.status).toBe(2);
    expect(noKind.stderr).toContain('say which analysis');
    const missing = analyse(['tornado', join(dir, 'nope.json')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`pathcost: cannot read ${join(dir, 'nope.json')}: no such file\n`);
  });
});
