import { describe, expect, it } from 'vitest';
import { eventGeometry, eventRows, eventTables, largestEventGap } from '../../../src/lib/chart/event-bars';
import { fixture } from './fixture';

describe('event bars', () => {
  const { scenario, summary } = fixture();

  it('makes one row per event id with each path’s incidence, near what the scenario says', () => {
    const rows = eventRows(scenario, summary);
    expect(rows.map((r) => r.id)).toEqual(['ots']);
    const ots = rows[0]!;
    expect(ots.kind).toBe('ots');
    expect(ots.label).toEqual({ en: 'Supervision order', nl: 'Ondertoezichtstelling' });
    // 10 % and 40 % with onsets uniform in months 0..23, all within the 60-month horizon.
    const se = (p: number) => Math.sqrt((p * (1 - p)) / 2000);
    expect(Math.abs(ots.pilot!.incidence - 0.1)).toBeLessThan(4 * se(0.1));
    expect(Math.abs(ots.reference!.incidence - 0.4)).toBeLessThan(4 * se(0.4));
    expect(ots.reference!.meanMonthsIfHappened).toBe(6);
    expect(largestEventGap(rows)).toBe(ots);
  });

  it('draws bars in proportion to the share of futures, on a 0 to 100 % axis', () => {
    const rows = eventRows(scenario, summary);
    const g = eventGeometry(rows, 800, 360, 140);
    expect(g.left).toBe(156);
    expect(g.right).toBe(424);
    const [pilot, reference] = g.rows[0]!.bars;
    expect(pilot!.width).toBeCloseTo(268 * rows[0]!.pilot!.incidence, 0);
    expect(reference!.width).toBeCloseTo(268 * rows[0]!.reference!.incidence, 0);
    expect(reference!.y).toBeGreaterThan(pilot!.y);
    expect(g.ticks.map((t) => t.pos)).toEqual([156, 223, 290, 357, 424]);
  });

  it('gives a table row per event and path', () => {
    const rows = eventRows(scenario, summary);
    const [t] = eventTables(rows, () => 'OTS');
    expect(t!.rows.map((r) => r.slice(0, 4))).toEqual([
      ['ots', 'OTS', 'ots', 'pilot'],
      ['ots', 'OTS', 'ots', 'reference'],
    ]);
    expect(t!.rows[1]![4]).toBe(rows[0]!.reference!.incidence);
  });
});
