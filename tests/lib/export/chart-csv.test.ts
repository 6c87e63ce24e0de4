import { describe, expect, it } from 'vitest';
import type { DataTable } from '../../../src/lib/chart/data-table';
import { tablesCsv } from '../../../src/lib/export/chart-csv';
import { exportFileName } from '../../../src/lib/export/file-name';
import { iterationsFile } from '../../../src/lib/export/iterations-file';
import { iterationsCsv } from '../../../src/lib/io/iterations-csv';
import { fixture } from '../chart/fixture';
import { parseCsv } from './read-csv';

describe('tablesCsv', () => {
  const tables: DataTable[] = [
    {
      id: 'summary',
      columns: [
        { key: 'path', format: 'path' },
        { key: 'mean', format: 'euro' },
      ],
      rows: [
        ['pilot', 12345.678901234567],
        ['reference', -0.1],
      ],
    },
    {
      id: 'bins',
      columns: [
        { key: 'binStart', format: 'edge' },
        { key: 'name', format: 'text' },
      ],
      rows: [
        [1e-7, 'Gemeente, "Jeugdwet"'],
        [null, '=HYPERLINK("x")'],
      ],
    },
  ];

  it('writes one header with every column and a row per table row, numbers unformatted', () => {
    expect(tablesCsv(tables)).toBe(
      'table,path,mean,binStart,name\n' +
        'summary,pilot,12345.678901234567,,\n' +
        'summary,reference,-0.1,,\n' +
        'bins,,,1e-7,"Gemeente, ""Jeugdwet"""\n' +
        `bins,,,,"'=HYPERLINK(""x"")"\n`,
    );
  });

  it('reads back to the same numbers', () => {
    const rows = parseCsv(tablesCsv(tables));
    expect(Number(rows[1]![2])).toBe(12345.678901234567);
    expect(Number(rows[2]![2])).toBe(-0.1);
    expect(Number(rows[3]![3])).toBe(1e-7);
    expect(rows[3]![4]).toBe('Gemeente, "Jeugdwet"');
  });
});

describe('exports of a run', () => {
  it('give the per-iteration long CSV as a file, exactly as the CSV writer makes it', async () => {
    const { scenario, data } = fixture(50);
    const text = await iterationsFile(scenario, data).text();
    expect(text).toBe([...iterationsCsv(scenario, data)].join(''));
    expect(text.split('\n')[0]).toBe('iteration,path,variable,value');
  });

  it('name files from the scenario id and what they hold, with nothing unsafe', () => {
    expect(exportFileName('case-1', 'cost-distribution', 'svg')).toBe('case-1-cost-distribution.svg');
    expect(exportFileName('../<x>', 'a b', 'csv')).toBe('x-a-b.csv');
    expect(exportFileName('', 'iterations', 'csv')).toBe('scenario-iterations.csv');
  });
});
