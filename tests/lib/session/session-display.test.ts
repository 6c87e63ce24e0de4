import { describe, expect, it } from 'vitest';
import { CHART, estimateChart, ROOM_CHART } from '../../../src/lib/session/estimate-chart';
import { findTarget, targetKey, targetOptions } from '../../../src/lib/session/estimate-targets';
import { formatPer100, formatSaidPer100 } from '../../../src/lib/session/per-100';
import { pooledSummary } from '../../../src/lib/session/pooled-summary';
import { sessionCase } from './fixture';

describe('numbers of families out of 100', () => {
  it('are whole from 10 up and keep one decimal below, in each language’s style', () => {
    expect(formatPer100(35.4, 'en')).toBe('35');
    expect(formatPer100(2.5, 'nl')).toBe('2,5');
    expect(formatPer100(2.5, 'en')).toBe('2.5');
    expect(formatPer100(3, 'nl')).toBe('3');
    expect(formatPer100(9.96, 'en')).toBe('10');
    expect(formatPer100(-0.01, 'en')).toBe('0');
  });

  it('as someone said them: every digit typed, without float noise', () => {
    expect(formatSaidPer100(12.5, 'nl')).toBe('12,5');
    expect(formatSaidPer100(0.07 * 100, 'en')).toBe('7');
    expect(formatSaidPer100(12.25, 'en')).toBe('12.25');
  });
});

describe('the pooled sentence’s numbers', () => {
  it('a beta: its mean and exact 5th and 95th percentiles, out of 100', () => {
    // Beta(3, 7): mean 0.3. For whole alpha and beta, P(X <= x) = P(Binomial(9, x) >= 3), which
    // bisection (outside the app) solves to 0.0977468 and 0.5496416 for 5 % and 95 %.
    const s = pooledSummary({ dist: 'beta', alpha: 3, beta: 7 })!;
    expect(s.mean).toBeCloseTo(30, 10);
    expect(s.interval!.low).toBeCloseTo(9.77468, 4);
    expect(s.interval!.high).toBeCloseTo(54.96416, 4);
  });

  it('a plain number has no interval', () => {
    expect(pooledSummary(0.35)).toEqual({ mean: 35, interval: null });
  });
});

describe('what the group can estimate', () => {
  it('lists reference events first (branches too), then pilot events, then parameters that are chances', () => {
    const options = targetOptions(sessionCase(), 'en');
    expect(options.map((o) => o.key)).toEqual([
      'event:reference:ots',
      'event:reference:placement',
      'event:pilot:relapse',
      'parameter:p_burnout',
    ]);
    expect(options[1]).toMatchObject({
      label: 'Placement',
      docPath: 'paths.reference.branches[0].events[0].probability',
      value: 0.2,
    });
  });

  it('finds a target as it is now, or nothing when it is gone', () => {
    const s = sessionCase();
    expect(findTarget(s, { parameterId: 'p_burnout' }, 'nl')?.label).toBe('Chance of burnout');
    expect(findTarget(s, { pathId: 'pilot', eventId: 'ots' }, 'en')).toBeNull();
    expect(targetKey({ pathId: 'pilot', eventId: 'relapse' })).toBe('event:pilot:relapse');
  });
});

describe('the answers chart', () => {
  it('puts each answer on a 0..100 scale, one row each, with the group last', () => {
    const g = estimateChart(
      [
        { key: 'a', label: 'Anna', low: 35, likely: 35, high: 35 },
        { key: 'b', label: 'A participant with a very long name', low: 10, likely: 30, high: 60 },
      ],
      { label: 'Together', mean: 30, low: 12, high: 55 },
      540,
    );
    expect(g.plotLeft).toBe(CHART.labelWidth);
    expect(g.plotRight).toBe(540 - CHART.rightPad);
    // The plot runs from 140 to 524: 3.84 units per family.
    expect(g.rows.map((r) => [r.key, r.x, r.x1, r.x2, r.group])).toEqual([
      ['a', 274.4, 274.4, 274.4, false],
      ['b', 255.2, 178.4, 370.4, false],
      ['group', 255.2, 186.08, 351.2, true],
    ]);
    expect(g.rows[1]!.text.endsWith('…')).toBe(true);
    expect(g.rows[1]!.title).toBe('A participant with a very long name');
    expect(g.rows.map((r) => r.y)).toEqual([22, 50, 78]);
    expect(g.ticks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
    expect(g.height).toBe(g.axisY + CHART.axisHeight);
  });

  it('the room view’s layout: 28 px text on rows of 44, and each answer written out at the right', () => {
    const g = estimateChart(
      [{ key: 'a', label: 'Anna', low: 10, likely: 30, high: 60, value: '30 (10 to 60)' }],
      { label: 'Together', mean: 30, low: 12, high: 55, value: '30 (12 to 55)' },
      1240,
      ROOM_CHART,
    );
    expect(g.width).toBe(1240);
    // Labels 0..250, plot 250..862, a 24 gap, the value column to 1216, 24 padding.
    expect([g.plotLeft, g.plotRight, g.valueX]).toEqual([250, 862, 1216]);
    expect(g.rows.map((r) => [r.y, r.value])).toEqual([
      [30, '30 (10 to 60)'],
      [74, '30 (12 to 55)'],
    ]);
    expect([g.textDy, g.tickDy, g.axisNameDy]).toEqual([10.08, 32.2, 65.8]);
    expect(g.height).toBe(8 + 2 * 44 + 4 + ROOM_CHART.axisHeight);
    // The card's chart has no value column: what an answer says is in the table beside it.
    const card = estimateChart(
      [{ key: 'a', label: 'Anna', low: 1, likely: 2, high: 3, value: 'x' }],
      null,
      540,
    );
    expect([card.valueX, card.rows[0]!.value]).toEqual([0, '']);
  });
});
