import { describe, expect, it } from 'vitest';
import { CSV_BOM, iterationsCsv } from '../../../src/lib/io/iterations-csv';
import { fixture } from '../chart/fixture';
import { readCsv } from '../export/read-csv';

describe('iterationsCsv', () => {
  const { scenario, data } = fixture(30);
  const text = [...iterationsCsv(scenario, data, { blockRows: 50 })].join('');

  it('starts with one UTF-8 BOM (for Excel), then the long-format header; commas and "." decimals', () => {
    expect(text.startsWith(`${CSV_BOM}iteration,path,variable,value\n`)).toBe(true);
    expect(text.indexOf(CSV_BOM, 1)).toBe(-1);
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.split('\n')[1]).toBe(`0,pilot,total_discounted,${data.totals[0]}`);
  });

  it('reads back (the BOM stripped) to the run’s numbers, whatever the block size', () => {
    const rows = readCsv(text);
    expect(Object.keys(rows[0]!)).toEqual(['iteration', 'path', 'variable', 'value']);
    const total = rows.find(
      (r) => r.iteration === '29' && r.path === 'reference' && r.variable === 'total_discounted',
    );
    expect(Number(total!.value)).toBe(data.totals[29 * 8 + 4]);
    expect([...iterationsCsv(scenario, data)].join('')).toBe(text);
  });
});
