import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/lib/exchange/export-file-name';
import { MAX_IMPORT_BYTES } from '../../../src/lib/exchange/import-limits';
import { exceedsNesting } from '../../../src/lib/exchange/nesting-depth';
import { megabytes, refusalMessage } from '../../../src/lib/exchange/refusal-message';
import type { ImportRefusal } from '../../../src/lib/exchange/read-import';
import { utf8Length } from '../../../src/lib/exchange/utf8-length';
import { exchangeMessages } from '../../../src/lib/i18n/parts/exchange';

describe('exceedsNesting', () => {
  it('finds the first bracket deeper than the limit', () => {
    expect(exceedsNesting('[[[]]]', 3)).toBeNull();
    expect(exceedsNesting('[[[[]]]]', 3)).toEqual({ depth: 4, at: 3 });
    expect(exceedsNesting('{"a":{"b":[{}]}}', 4)).toBeNull();
    expect(exceedsNesting('{"a":{"b":[{}]}}', 3)).toEqual({ depth: 4, at: 11 });
  });

  it('skips strings, escaped quotes and escaped backslashes', () => {
    expect(exceedsNesting('["[[[[", "\\"[[[[", "\\\\", []]', 2)).toBeNull();
    expect(exceedsNesting('["\\\\", [[]]]', 2)).toEqual({ depth: 3, at: 8 });
  });
});

describe('utf8Length', () => {
  it.each([[''], ['abc'], ['€ 20.000'], ['Geïmporteerd – “ok”'], ['😀 family'], ['\ud800 lone surrogate']])(
    'counts %s as UTF-8 does',
    (s) => {
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
    },
  );
});

describe('refusalMessage', () => {
  const en = exchangeMessages('en');
  const nl = exchangeMessages('nl');

  it('says a newer file was made with a newer version, and which versions this one reads', () => {
    const r: ImportRefusal = { kind: 'newer-version', version: 99, supported: 1 };
    expect(refusalMessage(r, 0, en, 'en')).toBe(
      'This file was made with a newer version of PathCost (version 99 of the scenario format); this version reads up to version 1. Update PathCost to open it. Nothing was imported.',
    );
    expect(refusalMessage(r, 0, nl, 'nl')).toMatch(
      /^Dit bestand is gemaakt met een nieuwere versie van PathCost \(versie 99/,
    );
  });

  it('gives a file just over the limit as just over, and the limit in whole megabytes', () => {
    const r: ImportRefusal = { kind: 'too-big', bytes: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES };
    expect(refusalMessage(r, 0, en, 'en')).toBe(
      'The file is too big (10.1 MB); PathCost reads files up to 10 MB. Nothing was imported.',
    );
    expect(refusalMessage(r, 0, nl, 'nl')).toContain('(10,1 MB)');
    expect(megabytes(200 * 1024 * 1024, 'en')).toBe('200.0 MB');
  });

  it('counts the problems of an invalid file in the language’s number format', () => {
    const r: ImportRefusal = { kind: 'invalid', canNormalise: false };
    expect(refusalMessage(r, 5000, en, 'en')).toBe(
      'Problems found: 5,000. Nothing was imported; correct the file and try again.',
    );
    expect(refusalMessage(r, 5000, nl, 'nl')).toContain('5.000');
  });

  it('has a message for every kind of refusal', () => {
    const kinds: ImportRefusal[] = [
      { kind: 'empty' },
      { kind: 'unreadable', detail: 'NotReadableError' },
      { kind: 'binary' },
      { kind: 'not-json', detail: 'Unexpected end of JSON input' },
      { kind: 'too-deep', limit: 64 },
      { kind: 'not-a-scenario' },
      { kind: 'unknown-format', format: 'xlsx' },
      { kind: 'no-version' },
      { kind: 'unknown-version', version: 0 },
      { kind: 'empty-backup' },
    ];
    const texts = kinds.map((k) => refusalMessage(k, 0, en, 'en'));
    for (const t of texts) expect(t).toMatch(/Nothing was imported\.$/);
    expect(new Set(texts).size).toBe(kinds.length);
  });
});

describe('exportFileName', () => {
  const at = new Date('2026-11-23T10:00:00Z');
  it('names what the file holds, the scenario and the date', () => {
    expect(exportFileName('scenario', at, 'case-1')).toBe('pathcost-case-1-2026-11-23.json');
    expect(exportFileName('backup', at)).toBe('pathcost-backup-2026-11-23.json');
    expect(exportFileName('run-json', at, 'case-1', 7)).toBe('pathcost-case-1-run-seed-7-2026-11-23.json');
    expect(exportFileName('run-csv', at, 'case-1', 7)).toBe('pathcost-case-1-run-seed-7-2026-11-23.csv');
    expect(exportFileName('methods', at, 'case-1')).toBe('pathcost-case-1-methods-2026-11-23.txt');
  });

  it('names a chart’s files by the chart, the run’s seed and the form', () => {
    expect(exportFileName('chart', at, 'case-1', 7, { chart: 'cost-distribution', extension: 'svg' })).toBe(
      'pathcost-case-1-cost-distribution-seed-7-2026-11-23.svg',
    );
    expect(exportFileName('chart', at, 'case-1', undefined, { chart: 'payers', extension: 'csv' })).toBe(
      'pathcost-case-1-payers-2026-11-23.csv',
    );
  });

  it('slugs the scenario id: nothing unsafe in a file name, never empty', () => {
    expect(exportFileName('scenario', at, '../<x>')).toBe('pathcost-x-2026-11-23.json');
    expect(exportFileName('chart', at, 'a b/c', 1, { chart: '../d e', extension: 'png' })).toBe(
      'pathcost-a-b-c-d-e-seed-1-2026-11-23.png',
    );
    expect(exportFileName('run-csv', at, '', 2)).toBe('pathcost-scenario-run-seed-2-2026-11-23.csv');
    expect(exportFileName('methods', at, '.hidden')).toBe('pathcost-hidden-methods-2026-11-23.txt');
  });
});
