import { describe, expect, it } from 'vitest';
import {
  payerGeometry,
  payerReading,
  payerRows,
  payerTables,
  PAYER_ROW,
} from '../../../src/lib/chart/payer-bars';
import { fixture } from './fixture';

describe('payerRows', () => {
  const { summary } = fixture();

  it('keeps the payers that pay anything, in scenario order, with the summary means', () => {
    const rows = payerRows(summary, 'horizon');
    expect(rows.map((r) => r.id)).toEqual(['municipality-youth', 'health-insurer', 'justice']);
    const insurer = summary.payers.find((p) => p.id === 'health-insurer')!;
    expect(rows[1]).toEqual({
      id: 'health-insurer',
      pilot: insurer.pilot.horizon,
      reference: insurer.reference.horizon,
      difference: insurer.difference.horizon,
    });
  });

  it('says who saves most and who pays most extra', () => {
    const rows = payerRows(summary, 'horizon');
    const r = payerReading(rows);
    expect(r.saver?.id).toBe('health-insurer');
    expect(r.payer?.id).toBe('municipality-youth');
    expect(payerReading([{ id: 'x', pilot: 5, reference: 5.5, difference: 0.5 }])).toEqual({
      saver: null,
      payer: null,
    });
  });

  it('gives a table with ids, names and means', () => {
    const rows = payerRows(summary, 'shortTerm');
    const [t] = payerTables(rows, (id) => id.toUpperCase());
    expect(t!.rows[0]).toEqual([
      'municipality-youth',
      'MUNICIPALITY-YOUTH',
      rows[0]!.pilot,
      rows[0]!.reference,
      rows[0]!.difference,
    ]);
  });
});

describe('payerGeometry', () => {
  const rows = [
    { id: 'a', pilot: 100, reference: 50, difference: -50 },
    { id: 'b', pilot: 0, reference: 200, difference: 200 },
  ];

  it('draws cost bars from zero and difference bars either side of zero', () => {
    const g = payerGeometry(rows, 800, 92);
    expect(g.height).toBe(56 + 2 * PAYER_ROW.height + 84);
    // cost panel 16..(16 + 0.52 * 768 - 92) = 16..323.4 for 0..200
    expect(g.costPanel).toEqual({ left: 16, right: 323 });
    const [a, b] = g.rows;
    expect(a!.pilotBar).toEqual({ x: 16, y: 78, width: 153.5, height: 18 });
    expect(a!.referenceBar.width).toBe(76.8);
    expect(b!.pilotBar.width).toBe(0);
    expect(a!.saves).toBe(false);
    expect(b!.saves).toBe(true);
    expect(a!.differenceBar.x + a!.differenceBar.width).toBe(g.differencePanel.zeroX);
    expect(b!.differenceBar.x).toBe(g.differencePanel.zeroX);
    expect(b!.differenceBar.width).toBeCloseTo(4 * a!.differenceBar.width, 0);
  });
});
