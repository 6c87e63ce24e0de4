import { describe, expect, it } from 'vitest';
import type { DataTable } from '../../../src/lib/chart/data-table';
import { tablesCsv } from '../../../src/lib/export/chart-csv';
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
      '\uFEFFtable,path,mean,binStart,name\n' +
        'summary,pilot,12345.678901234567,,\n' +
        'summary,reference,-0.1,,\n' +
        'bins,,,1e-7,"Gemeente, ""Jeugdwet"""\n' +
        `bins,,,,"'=HYPERLINK(""x"")"\n`,
    );
  });

  it('starts with a UTF-8 BOM, so Excel reads é, ë and € right; commas and "." decimals stay', () => {
    const named: DataTable[] = [
      {
        id: 'payers',
        columns: [
          { key: 'name', format: 'text' },
          { key: 'mean', format: 'euro' },
        ],
        rows: [['Cliënt € é', 0.5]],
      },
    ];
    const bytes = new TextEncoder().encode(tablesCsv(named));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('table,name,mean\npayers,Cliënt € é,0.5\n');
  });

  it('reads back to the same numbers', () => {
    const rows = parseCsv(tablesCsv(tables));
    expect(rows[0]![0]).toBe('table');
    expect(Number(rows[1]![2])).toBe(12345.678901234567);
    expect(Number(rows[2]![2])).toBe(-0.1);
    expect(Number(rows[3]![3])).toBe(1e-7);
    expect(rows[3]![4]).toBe('Gemeente, "Jeugdwet"');
  });
});
