import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../src/lib/app-version';
import { runExportCsv, runExportJson } from '../../../src/lib/exchange/run-export';
import { iterationsCsv } from '../../../src/lib/io/iterations-csv';
import { runInline } from '../../../src/lib/sim/run-inline';
import { summarizeRun } from '../../../src/lib/sim/summarize';
import { scenario, step } from '../../helpers/scenario';

const s = scenario(
  {
    pilot: { steps: [step('team', { oneOffCost: { dist: 'gamma', mean: 1000, sd: 200 } })] },
    reference: { steps: [step('care', { monthlyCost: 100, duration: 12, probability: 0.5 })] },
  },
  { settings: { iterations: 40, seed: 11, discountPreset: 'none', discountRate: 0 } },
);
const data = runInline(s, { iterations: 40, seed: 11 });
const summary = summarizeRun(s, data, 11);
const at = new Date('2026-11-23T10:00:00Z');

describe('runExportJson', () => {
  const file = JSON.parse(runExportJson({ scenario: s, summary }, { exportedAt: at }));

  it('holds the reproducibility block: seed, generator, app and engine version, iterations, price year, discount preset', () => {
    expect(file.format).toBe('pathcost-run');
    expect(file.reproducibility).toMatchObject({
      seed: 11,
      iterations: 40,
      generator: summary.reproducibility.generator,
      engineVersion: summary.reproducibility.engineVersion,
      appVersion: APP_VERSION,
      priceYear: 2024,
      discountPreset: 'none',
      discountRate: 0,
      scenarioHash: summary.reproducibility.scenarioHash,
      chunkSize: summary.reproducibility.chunkSize,
    });
  });

  it('holds the summary and the scenario as run', () => {
    expect(file.summary).toEqual(JSON.parse(JSON.stringify(summary)));
    expect(file.scenario).toEqual(s);
  });

  it('holds the methods summary as data and as text in both languages', () => {
    expect(file.methods.uncertainty).toMatchObject({
      cheersItem: 20,
      iterations: 40,
      seed: 11,
      fromRun: true,
    });
    expect(file.methods.text.en).toContain('Monte Carlo simulation of 40 possible futures');
    expect(file.methods.text.nl).toContain('Monte-Carlosimulatie van 40 mogelijke toekomsten');
  });
});

describe('runExportCsv', () => {
  const text = [...runExportCsv({ scenario: s, summary, data }, { exportedAt: at })].join('');
  const rows = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\n');

  it('is one long-format table after a UTF-8 BOM: the header, the reproducibility rows, then every iteration row', () => {
    expect(text.startsWith('\uFEFFiteration,path,variable,value\n')).toBe(true);
    expect(text.indexOf('\uFEFF', 1)).toBe(-1);
    expect(rows[0]).toBe('iteration,path,variable,value');
    const run = rows.filter((r) => r.startsWith(',run,'));
    expect(run).toContain(',run,seed,11');
    expect(run).toContain(',run,iterations,40');
    expect(run).toContain(`,run,app_version,${APP_VERSION}`);
    expect(run).toContain(',run,discount_preset,none');
    expect(run).toContain(',run,price_year,2024');
    expect(run.some((r) => r.startsWith(',run,generator,"xoshiro'))).toBe(true);
    const body = [...iterationsCsv(s, data)]
      .join('')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\n')
      .slice(1);
    expect(rows.slice(1 + run.length)).toEqual(body);
  });

  it('has four columns in every row', () => {
    for (const r of rows) expect(r.replace(/"[^"]*"/g, '').split(',')).toHaveLength(4);
  });
});
