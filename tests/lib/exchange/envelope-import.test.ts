import { describe, expect, it } from 'vitest';
import { readImport, type ImportResult } from '../../../src/lib/exchange/read-import';
import { backupFile, scenarioFile } from '../../../src/lib/exchange/scenario-export';
import { scenarioSchema } from '../../../src/lib/model/scenario';
import { asFile, smallDocument } from './documents';

const parsed = (id = 'small') => scenarioSchema.parse(smallDocument(id));
const lines = (r: ImportResult) => (r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`));
const at = new Date('2026-11-23T10:00:00Z');

describe('readImport: scenario files in their envelope', () => {
  it('reads the scenario inside', () => {
    const r = readImport(...asFile(scenarioFile(parsed(), { exportedAt: at })));
    expect(r.ok && r.kind).toBe('scenario');
    expect(r.ok && r.scenarios).toEqual([parsed()]);
  });

  it('refuses an unknown field of the envelope, at its path', () => {
    const r = readImport(...asFile({ ...scenarioFile(parsed()), comment: 'hi' }));
    expect(lines(r)).toEqual([
      'comment: unknown field "comment": not part of the PathCost format (check its spelling, or remove it)',
    ]);
  });

  it('gives a problem of the scenario inside its path in the file', () => {
    const file = scenarioFile(parsed());
    const doc = JSON.parse(JSON.stringify(file));
    doc.scenario.paths.pilot.steps[0].oneOffCost = -1;
    expect(lines(readImport(...asFile(doc)))).toEqual([
      'scenario.paths.pilot.steps[0].oneOffCost: must not be negative',
    ]);
  });

  it('refuses an envelope of a newer version, and one whose scenario is newer', () => {
    const file = scenarioFile(parsed());
    const r = readImport(...asFile({ ...file, schemaVersion: 2 }));
    expect(!r.ok && r.reason).toEqual({ kind: 'newer-version', version: 2, supported: 1 });
    const inner = readImport(...asFile({ ...file, scenario: { ...file.scenario, schemaVersion: 7 } }));
    expect(!inner.ok && inner.reason).toEqual({ kind: 'newer-version', version: 7, supported: 1 });
  });

  it('reads the scenario of a run results file', () => {
    const r = readImport(
      ...asFile({ format: 'pathcost-run', schemaVersion: 1, summary: {}, scenario: parsed() }),
    );
    expect(r.ok && r.scenarios).toEqual([parsed()]);
  });
});

describe('readImport: backups, all or nothing', () => {
  it('reads every scenario of a backup', () => {
    const r = readImport(...asFile(backupFile([parsed('a'), parsed('b'), parsed('c')], { exportedAt: at })));
    expect(r.ok && r.kind).toBe('backup');
    expect(r.ok && r.scenarios.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('refuses the whole backup when one scenario has a problem, naming which one', () => {
    const doc = JSON.parse(JSON.stringify(backupFile([parsed('a'), parsed('b'), parsed('c')])));
    doc.scenarios[1].paths.pilot.events[0].probability = 1.5;
    const r = readImport(...asFile(doc));
    expect(r.ok).toBe(false);
    expect(lines(r)).toEqual(['scenarios[1].paths.pilot.events[0].probability: must be between 0 and 1']);
  });

  it('refuses two scenarios with the same id in one backup', () => {
    const r = readImport(...asFile(backupFile([parsed('a'), parsed('a')])));
    expect(lines(r)).toEqual(['scenarios[1].id: scenario id "a" is already used at scenarios[0].id']);
  });

  it('refuses an empty backup', () => {
    const r = readImport(...asFile(backupFile([])));
    expect(!r.ok && r.reason).toEqual({ kind: 'empty-backup' });
  });

  it('refuses a backup whose scenarios are not a list, or hold something else', () => {
    expect(lines(readImport(...asFile({ ...backupFile([]), scenarios: 'all of them' })))[0]).toMatch(
      /^scenarios: /,
    );
    expect(lines(readImport(...asFile({ ...backupFile([]), scenarios: [parsed('a'), 3] })))).toEqual([
      'scenarios[1]: expected a scenario (an object)',
    ]);
  });
});
