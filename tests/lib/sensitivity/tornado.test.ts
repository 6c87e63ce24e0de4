import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/lib/i18n/messages';
import { tornadoDomain, tornadoGeometry } from '../../../src/lib/sensitivity/tornado-geometry';
import { outcomeMonths, tornadoReading } from '../../../src/lib/sensitivity/tornado-reading';
import { topRow, tornadoRows } from '../../../src/lib/sensitivity/tornado-rows';
import { tornadoTables } from '../../../src/lib/sensitivity/tornado-table';
import { bar, input, tornadoResult } from './fixtures';

const en = CATALOGUES.en;
const nl = CATALOGUES.nl;

describe('tornadoRows', () => {
  it('lists the bars for the horizon largest swing first', () => {
    const rows = tornadoRows(tornadoResult(), 'horizon');
    expect(rows.map((r) => r.input.ref)).toEqual([
      'parameters[0].value',
      'parameters[1].value',
      'paths.pilot.steps[0].duration',
    ]);
    expect(rows.map((r) => r.swing)).toEqual([16000, 8000, 1000]);
    expect(rows[0]).toMatchObject({ lowValue: 0.1, highValue: 0.5, low: -6000, high: 10000 });
  });

  it('sorts again for the short term, where the pilot’s cost decides most', () => {
    const rows = tornadoRows(tornadoResult(), 'shortTerm');
    expect(rows.map((r) => r.input.parameterId ?? r.input.ref)).toEqual([
      'pilot_cost',
      'paths.pilot.steps[0].duration',
      'p_placement',
    ]);
    expect(rows.map((r) => [r.low, r.high])).toEqual([
      [-11000, -19000],
      [-14000, -16000],
      [-15500, -14500],
    ]);
  });

  it('keeps the given order for equal swings, and has no top row when nothing moves', () => {
    const a = input({ ref: 'a' });
    const b = input({ ref: 'b' });
    const flat = { shortTerm: 5, horizon: 5 };
    const rows = tornadoRows(
      { base: flat, bars: [bar(a, flat, flat), bar(b, flat, flat)], iterations: 100, seed: 1 },
      'horizon',
    );
    expect(rows.map((r) => r.input.ref)).toEqual(['a', 'b']);
    expect(topRow(rows)).toBeNull();
  });
});

describe('tornadoReading', () => {
  it('names the deciding input and where the saving goes from its 10th to its 90th percentile', () => {
    expect(tornadoReading(tornadoResult(), 'horizon', 60, en, 'en')).toBe(
      'The answer depends most on “Chance of an out-of-home placement”: between its 10th and 90th percentile the expected saving per family over 5 years moves from -€6,000 to €10,000. A negative saving means the pilot costs more.',
    );
  });

  it('speaks Dutch with the Dutch label and number style', () => {
    expect(tornadoReading(tornadoResult(), 'shortTerm', 12, nl, 'nl')).toBe(
      'De uitkomst hangt het meest af van „Kosten van de pilot”: tussen het 10e en 90e percentiel gaat de verwachte besparing per gezin over 1 jaar van €\u00a0-11.000 naar €\u00a0-19.000. Een negatieve besparing betekent dat de pilot meer kost.',
    );
  });

  it('leaves out the note on negative savings when every saving is positive', () => {
    const r = tornadoResult();
    r.bars = [bar(input(), { shortTerm: 1, horizon: 1000 }, { shortTerm: 2, horizon: 3000 })];
    expect(tornadoReading(r, 'horizon', 60, en, 'en')).not.toContain('negative');
  });

  it('says so when there is nothing to vary, or nothing moves the answer', () => {
    const r = tornadoResult();
    expect(tornadoReading({ ...r, bars: [] }, 'horizon', 60, en, 'en')).toBe(en.sensTornadoNone);
    const flat = { shortTerm: 0, horizon: 0 };
    expect(tornadoReading({ ...r, bars: [bar(input(), flat, flat)] }, 'horizon', 60, en, 'en')).toBe(
      en.sensTornadoFlat,
    );
  });

  it('counts the months of the chosen outcome', () => {
    expect(outcomeMonths('horizon', { horizonMonths: 60, shortTermMonths: 12 })).toBe(60);
    expect(outcomeMonths('shortTerm', { horizonMonths: 60, shortTermMonths: 12 })).toBe(12);
  });
});

describe('tornadoDomain', () => {
  it('reaches out to zero when zero is within half the span', () => {
    expect(tornadoDomain([1000, 3000], 2000)).toEqual([0, 3000]);
    expect(tornadoDomain([-3000, -1000], -2000)).toEqual([-3000, 0]);
  });

  it('leaves zero out when it is far, so the bars are not squeezed', () => {
    expect(tornadoDomain([20000, 21000], 20500)).toEqual([20000, 21000]);
  });

  it('gives a flat span a margin', () => {
    expect(tornadoDomain([5, 5], 5)).toEqual([4, 6]);
    expect(tornadoDomain([], 0)).toEqual([-1, 1]);
    expect(tornadoDomain([20000], 20000)).toEqual([18000, 22000]);
  });
});

describe('tornadoGeometry', () => {
  it('draws a bar from the base to each end, with labels outside the ends', () => {
    const g = tornadoGeometry([{ low: -6000, high: 10000 }], 2000, 800);
    // plot 166..634 px; the nice domain is -10,000..10,000, so 1,000 euros is 23.4 px
    expect([g.left, g.right, g.baseX, g.zeroX]).toEqual([166, 634, 446.8, 400]);
    expect(g.rows[0]!.low).toEqual({
      x: 259.6,
      y: 88,
      width: 187.2,
      height: 24,
      end: 259.6,
      labelX: 253.6,
      labelY: 105,
      anchor: 'end',
    });
    expect(g.rows[0]!.high).toEqual({
      x: 446.8,
      y: 88,
      width: 187.2,
      height: 24,
      end: 634,
      labelX: 640,
      labelY: 105,
      anchor: 'start',
    });
    expect([g.rows[0]!.nameY, g.rows[0]!.sourceY]).toEqual([60, 79]);
    expect(g.ticks.map((t) => t.value)).toEqual([-10000, -5000, 0, 5000, 10000]);
    expect(g.height).toBe(44 + 78 + 100);
  });

  it('stacks the two ends when both lie on the same side of the base', () => {
    const g = tornadoGeometry([{ low: 3000, high: 5000 }], 2000, 800);
    const { low, high } = g.rows[0]!;
    expect([low.y, low.height, high.y, high.height]).toEqual([88, 12, 100, 12]);
    expect(low.x).toBe(g.baseX);
    expect(high.width).toBeGreaterThan(low.width);
    expect([low.anchor, high.anchor]).toEqual(['start', 'start']);
    expect(g.zeroX).toBeNull();
  });

  it('puts the rows one under the other', () => {
    const g = tornadoGeometry(
      [
        { low: -1, high: 1 },
        { low: 0, high: 0 },
      ],
      0,
      800,
    );
    expect(g.rows.map((r) => r.low.y)).toEqual([88, 166]);
    // a bar without effect has no width; its labels go left and right of the base
    expect(g.rows[1]!.low).toMatchObject({ width: 0, anchor: 'end' });
    expect(g.rows[1]!.high).toMatchObject({ width: 0, anchor: 'start' });
  });
});

describe('tornadoTables', () => {
  it('lists the base and then every input with its source, values and savings', () => {
    const rows = tornadoRows(tornadoResult(), 'horizon');
    const [table] = tornadoTables(rows, 2000, en, 'en');
    expect(table!.columns.map((c) => c.key)).toEqual([
      'input',
      'source',
      'lowValue',
      'highValue',
      'lowDifference',
      'highDifference',
      'swing',
    ]);
    expect(table!.rows).toEqual([
      ['All numbers at their average', null, null, null, 2000, 2000, 0],
      ['Chance of an out-of-home placement', 'no source given', '10%', '50%', -6000, 10000, 16000],
      ['Cost of the pilot', 'Report, case 1 (2023)', '€16,000', '€24,000', 6000, -2000, 8000],
      [
        'Coach: duration (months) (pilot path)',
        'illustrative assumption',
        '9 months',
        '15 months',
        2500,
        1500,
        1000,
      ],
    ]);
  });
});
