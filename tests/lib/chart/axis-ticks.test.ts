import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { linearTicks, monthTicks } from '../../../src/lib/chart/axis-ticks';
import { drawingWidth, plotArea } from '../../../src/lib/chart/chart-box';
import { measureOf, monthsOf } from '../../../src/lib/chart/measure-choice';

describe('axis ticks', () => {
  it('gives round values with positions rounded to 0.1 px', () => {
    const x = scaleLinear().domain([0, 30_000]).range([88, 767]);
    expect(linearTicks(x, 4)).toEqual([
      { value: 0, pos: 88 },
      { value: 10_000, pos: 314.3 },
      { value: 20_000, pos: 540.7 },
      { value: 30_000, pos: 767 },
    ]);
  });

  it('marks months in years on long horizons and closes the axis at the horizon', () => {
    expect(monthTicks(60)).toEqual([0, 12, 24, 36, 48, 60]);
    expect(monthTicks(24)).toEqual([0, 6, 12, 18, 24]);
    expect(monthTicks(66)).toEqual([0, 12, 24, 36, 48, 60, 66]);
    expect(monthTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('chart boxes and measures', () => {
  it('puts the plot inside the margins', () => {
    expect(
      plotArea({ width: 800, height: 400, margin: { top: 10, right: 20, bottom: 30, left: 40 } }),
    ).toEqual({
      left: 40,
      right: 780,
      top: 10,
      bottom: 370,
      width: 740,
      height: 360,
    });
  });

  it('draws at the width the page gives, within limits, and at a default without one', () => {
    expect(drawingWidth(0)).toBe(760);
    expect(drawingWidth(793.6)).toBe(793);
    expect(drawingWidth(100)).toBe(320);
  });

  it('maps period and basis to the run measure', () => {
    expect(measureOf({ period: 'horizon', discounted: true })).toBe('horizon');
    expect(measureOf({ period: 'horizon', discounted: false })).toBe('horizonUndiscounted');
    expect(measureOf({ period: 'shortTerm', discounted: true })).toBe('shortTerm');
    expect(measureOf({ period: 'shortTerm', discounted: false })).toBe('shortTermUndiscounted');
    expect(monthsOf('shortTerm', { horizonMonths: 60, shortTermMonths: 12 })).toBe(12);
  });
});
