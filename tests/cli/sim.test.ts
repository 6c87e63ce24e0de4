import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const sim = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/sim.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

const dir = mkdtempSync(join(tmpdir(), 'pathcost-cli-'));
const scenarioFile = join(dir, 'fixed.json');
writeFileSync(
  scenarioFile,
  JSON.stringify({
    schemaVersion: 1,
    id: 'fixed',
    name: 'fixed',
    settings: { discountRate: 0, discountPreset: 'none', iterations: 50 },
    paths: {
      pilot: { steps: [{ id: 'a', label: 'a', payer: 'municipality-youth', oneOffCost: 20000 }] },
      reference: { steps: [{ id: 'b', label: 'b', payer: 'municipality-youth', oneOffCost: 3000 }] },
    },
  }),
);

describe('npm run sim', { timeout: 60_000 }, () => {
  it('prints the summary as JSON with the reproducibility block', () => {
    const r = sim([scenarioFile, '--iterations', '20', '--seed', '5']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.measures.horizon.pilot.mean).toBe(20000);
    expect(out.measures.horizon.difference.mean).toBe(-17000);
    expect(out.reproducibility).toMatchObject({ seed: 5, iterations: 20 });
    expect(out.reproducibility.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes per-iteration results as long-format CSV to a file', () => {
    const out = join(dir, 'out.csv');
    const r = sim([scenarioFile, '--iterations', '3', '--format', 'csv', '--out', out]);
    expect(r.status).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('iteration,path,variable,value');
    expect(lines).toContain('2,pilot,total_discounted,20000');
    expect(lines).toContain('0,difference,break_even_month,');
  });

  it('exits with 2 and lists every problem of an invalid scenario, without a stack trace', () => {
    const bad = join(dir, 'bad.json');
    const doc = JSON.parse(readFileSync(scenarioFile, 'utf8'));
    doc.settings.horizonMonths = 0;
    doc.paths.pilot.steps[0].payer = 'nobody';
    writeFileSync(bad, JSON.stringify(doc));
    const r = sim([bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('settings.horizonMonths: must be between 1 and 600 months');
    expect(r.stderr).toContain('paths.pilot.steps[0].payer: unknown payer "nobody"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says so when the file is missing or not JSON', () => {
    const missing = sim([join(dir, 'nope.json')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.json: no such file/);
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, 'hello');
    const r = sim([notJson]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is not valid JSON/);
  });

  it('refuses bad arguments with usage', () => {
    const r = sim([scenarioFile, '--iterations', 'many']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--iterations must be a whole number/);
    expect(
      execFileSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/sim.ts'), '--help'], {
        cwd: root,
        encoding: 'utf8',
      }),
    ).toMatch(/usage/);
  });
});
