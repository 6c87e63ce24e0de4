import { describe, expect, it } from 'vitest';
import type { ThresholdResult } from '../../../src/lib/analysis/analysis-types';
import { CATALOGUES } from '../../../src/lib/i18n/messages';
import {
  byMonthOf,
  defaultYear,
  firstInput,
  horizonYears,
  inputGroups,
  yearChoices,
} from '../../../src/lib/sensitivity/threshold-choices';
import {
  rangeDigits,
  rangeFieldText,
  readRange,
  roundOutward,
} from '../../../src/lib/sensitivity/threshold-range';
import { thresholdNotes } from '../../../src/lib/sensitivity/threshold-notes';
import {
  countedMonths,
  searchedRangeOf,
  thresholdSentences,
  thresholdValueText,
} from '../../../src/lib/sensitivity/threshold-sentence';
import { thresholdResult } from '../../app/funding/sensitivity/threshold-result';
import { input } from './fixtures';

const en = CATALOGUES.en;
const nl = CATALOGUES.nl;

/** The shared found threshold, on the first parameter and with every outer draw giving a value. */
function result(over: Partial<ThresholdResult> = {}): ThresholdResult {
  return thresholdResult({
    ref: 'parameters[0].value',
    interval: { low: 0.1804, high: 0.2911, drawsWithValue: 20, draws: 20 },
    ...over,
  });
}
const range = { lower: 0, upper: 1 };
const municipality = { payerName: 'Municipality (Youth Act)' };
const cost = input({
  ref: 'parameters[1].value',
  label: { nl: 'Kosten van de pilot', en: 'Cost of the pilot' },
  role: 'cost',
  mean: 20000,
  p10: 16000,
  p90: 24000,
  lower: 0,
  upper: 48000,
});

describe('thresholdSentences', () => {
  it('says a probability as a count of 100 families, with its interval', () => {
    expect(thresholdSentences(result(), input(), municipality, en, 'en', range)).toEqual([
      'The pilot breaks even for Municipality (Youth Act) within 3 years if “Chance of an out-of-home placement” is below 23.1 in 100 families.',
      '90 % interval, given what we do not know about the other numbers: 18 to 29.1.',
    ]);
  });

  it('says it in Dutch for all payers together, and "above" when the pilot needs a higher value', () => {
    const r = result({ breaksEvenWhen: 'above', target: { payerId: null, byMonth: 12, discounted: false } });
    expect(thresholdSentences(r, input(), { payerName: null }, nl, 'nl', range)[0]).toBe(
      'De pilot speelt voor alle betalers samen binnen 1 jaar quitte als „Kans uithuisplaatsing” hoger is dan 23,1 op de 100 gezinnen.',
    );
  });

  it('says how much a cost may be when the pilot breaks even below it', () => {
    const r = result({
      value: 23456,
      interval: { low: 20100, high: 27800, drawsWithValue: 14, draws: 20 },
    });
    expect(thresholdSentences(r, cost, municipality, en, 'en', { lower: 0, upper: 48000 })).toEqual([
      'For the pilot to break even for Municipality (Youth Act) within 3 years, “Cost of the pilot” may be at most €23,500.',
      '90 % interval, given what we do not know about the other numbers: €20,100 to €27,800.',
      'A break-even value was found within the searched range in 14 of 20 draws; in the other draws it lies beyond the range, and the interval counts them there.',
    ]);
    const above = result({ value: 3400, breaksEvenWhen: 'above', interval: null });
    expect(thresholdSentences(above, cost, municipality, en, 'en', range)).toEqual([
      'The pilot breaks even for Municipality (Youth Act) within 3 years only if “Cost of the pilot” is at least €3,400.',
    ]);
  });

  it('reads a parameter in euros as a cost and one in months with its unit', () => {
    const euros = input({ role: 'parameter', unit: 'EUR per family', label: { nl: 'K', en: 'K' } });
    expect(
      thresholdSentences(result({ value: 5000, interval: null }), euros, municipality, en, 'en', range)[0],
    ).toBe(
      'For the pilot to break even for Municipality (Youth Act) within 3 years, “K” may be at most €5,000.',
    );
    const months = input({ role: 'parameter', unit: 'months', label: { nl: 'Duur', en: 'Duration' } });
    expect(
      thresholdSentences(result({ value: 14.46, interval: null }), months, municipality, en, 'en', range)[0],
    ).toBe(
      'The pilot breaks even for Municipality (Youth Act) within 3 years if “Duration” is below 14.5 months.',
    );
  });

  it('says the pilot breaks even in the whole range, or nowhere in it', () => {
    const always = result({ status: 'always', value: null, breaksEvenWhen: null, interval: null });
    expect(thresholdSentences(always, input(), municipality, en, 'en', { lower: 0.05, upper: 0.6 })).toEqual([
      'The pilot breaks even for Municipality (Youth Act) within 3 years in the whole range of “Chance of an out-of-home placement” from 5% to 60%.',
    ]);
    const never = result({ status: 'never', value: null, breaksEvenWhen: null });
    expect(thresholdSentences(never, cost, municipality, en, 'en', { lower: 0, upper: 48000 })).toEqual([
      'The pilot does not break even for Municipality (Youth Act) within 3 years anywhere in the range of “Cost of the pilot” from €0 to €48,000.',
    ]);
  });

  it('says when no draw had a break-even value in the range, and on which side they lie', () => {
    // Every draw breaks even only below the range: both percentiles are reported as its lower end.
    const r = result({
      interval: {
        low: 0.05,
        high: 0.05,
        drawsWithValue: 0,
        draws: 20,
        lowBeyondRange: true,
        highBeyondRange: true,
      },
    });
    expect(
      thresholdSentences(r, input(), municipality, en, 'en', { lower: 0.05, upper: 0.6 }).slice(1),
    ).toEqual([
      'In none of the 20 draws was the break-even value within the searched range.',
      '90 % interval, given what we do not know about the other numbers: entirely below the searched range (5 or lower).',
    ]);
    const above = result({
      interval: {
        low: 0.6,
        high: 0.6,
        drawsWithValue: 0,
        draws: 20,
        lowBeyondRange: true,
        highBeyondRange: true,
      },
    });
    expect(thresholdSentences(above, input(), municipality, nl, 'nl', { lower: 0.05, upper: 0.6 })[2]).toBe(
      '90%-interval, gezien wat we niet weten over de andere getallen: helemaal boven het gezochte bereik (60 of hoger).',
    );
    const none =
      'In none of the 20 draws was there a break-even value in this range, so there is no interval.';
    const empty = result({ interval: null });
    expect(thresholdSentences(empty, input(), { ...municipality, outerDraws: 20 }, en, 'en', range)).toEqual([
      thresholdSentences(empty, input(), municipality, en, 'en', range)[0],
      none,
    ]);
    expect(
      thresholdSentences(empty, input(), { ...municipality, outerDraws: 0 }, en, 'en', range),
    ).toHaveLength(1);
  });

  it('says an interval end beyond the searched range as "x or lower" / "y or higher", not as a bound', () => {
    const low = result({
      interval: { low: 0, high: 0.2911, drawsWithValue: 18, draws: 20, lowBeyondRange: true },
      intervalReliable: true,
    });
    expect(thresholdSentences(low, input(), municipality, en, 'en', range)[1]).toBe(
      '90 % interval, given what we do not know about the other numbers: 0 or lower to 29.1.',
    );
    const high = result({
      value: 23456,
      interval: { low: 20100, high: 48000, drawsWithValue: 17, draws: 20, highBeyondRange: true },
    });
    expect(thresholdSentences(high, cost, municipality, en, 'en', { lower: 0, upper: 48000 })[1]).toBe(
      '90 % interval, given what we do not know about the other numbers: €20,100 to €48,000 or higher.',
    );
    const both = result({
      interval: {
        low: 0,
        high: 1,
        drawsWithValue: 2,
        draws: 20,
        lowBeyondRange: true,
        highBeyondRange: true,
      },
    });
    expect(thresholdSentences(both, input(), municipality, nl, 'nl', range)[1]).toBe(
      '90%-interval, gezien wat we niet weten over de andere getallen: 0 of lager tot 100 of hoger.',
    );
    // Without the flags the same numbers are real bounds.
    const inside = result({ interval: { low: 0, high: 1, drawsWithValue: 20, draws: 20 } });
    expect(thresholdSentences(inside, input(), municipality, en, 'en', range)[1]).toBe(
      '90 % interval, given what we do not know about the other numbers: 0 to 100.',
    );
  });

  it('calls an interval on too few draws rough', () => {
    const rough = result({
      intervalReliable: false,
      interval: { low: 0.18, high: 0.29, drawsWithValue: 5, draws: 5 },
    });
    expect(thresholdSentences(rough, input(), municipality, en, 'en', range)[1]).toBe(
      'Rough 90 % interval (too few draws to be reliable), given what we do not know about the other numbers: 18 to 29.',
    );
    expect(thresholdSentences(rough, input(), municipality, nl, 'nl', range)[1]).toMatch(/^Ruw 90%-interval/);
    const reliable = result({ intervalReliable: true });
    expect(thresholdSentences(reliable, input(), municipality, en, 'en', range)[1]).toMatch(/^90 % interval/);
  });

  it('names the range actually searched, and counts to the horizon when the year lay beyond it', () => {
    const never = result({
      status: 'never',
      value: null,
      breaksEvenWhen: null,
      interval: null,
      searchedRange: { lower: 0.05, upper: 0.8 },
      byMonthClamped: true,
      target: { payerId: null, byMonth: 36, discounted: true },
    });
    expect(
      thresholdSentences(never, input(), { payerName: null, horizonMonths: 30 }, en, 'en', range),
    ).toEqual([
      'The pilot does not break even for all payers together within 30 months anywhere in the range of “Chance of an out-of-home placement” from 5% to 80%.',
    ]);
    expect(countedMonths(never, 30)).toBe(30);
    expect(countedMonths({ ...never, byMonthClamped: false }, 30)).toBe(36);
    expect(searchedRangeOf(never, range)).toEqual({ lower: 0.05, upper: 0.8 });
    expect(searchedRangeOf(result(), range)).toBe(range);
  });

  it('writes threshold values in the input’s terms', () => {
    expect(thresholdValueText(input(), 0.5, en, 'en')).toBe('50');
    expect(thresholdValueText(cost, 1234.5, nl, 'nl')).toBe('€\u00a01.230');
  });
});

describe('threshold choices', () => {
  it('offer the whole years of the horizon, 3 by default', () => {
    expect(yearChoices(60)).toEqual([1, 2, 3, 4, 5]);
    expect(yearChoices(30)).toEqual([1, 2]);
    expect(yearChoices(6)).toEqual([1]);
    expect([defaultYear(60), defaultYear(30), defaultYear(6)]).toEqual([3, 2, 1]);
    expect(horizonYears(6)).toBe(1);
  });

  it('count up to 12 months a year, never past the horizon', () => {
    expect(byMonthOf(3, 60)).toBe(36);
    expect(byMonthOf(1, 6)).toBe(6);
  });

  it('group parameters before step and event fields and start on an uncertain parameter', () => {
    const plain = input({ ref: 'parameters[0].value', uncertain: false });
    const unsure = input({ ref: 'parameters[1].value' });
    const field = input({ ref: 'paths.pilot.steps[0].monthlyCost', kind: 'field', role: 'cost' });
    const g = inputGroups([field, plain, unsure]);
    expect(g.parameters.map((i) => i.ref)).toEqual(['parameters[0].value', 'parameters[1].value']);
    expect(g.fields.map((i) => i.ref)).toEqual(['paths.pilot.steps[0].monthlyCost']);
    expect(firstInput([field, plain, unsure])?.ref).toBe('parameters[1].value');
    expect(firstInput([field])?.ref).toBe('paths.pilot.steps[0].monthlyCost');
    expect(firstInput([])).toBeNull();
  });
});

describe('readRange', () => {
  it('reads both ends in the language’s number style, percentages for a probability', () => {
    expect(readRange('0,05', '60%', input(), 'nl')).toEqual({ ok: true, lower: 0.05, upper: 0.6 });
    expect(readRange('€ 1.000', '48.000', cost, 'nl')).toEqual({ ok: true, lower: 1000, upper: 48000 });
    expect(readRange('1,000', '48,000.5', cost, 'en')).toEqual({ ok: true, lower: 1000, upper: 48000.5 });
  });

  it('names the end that is not a number, and refuses a range the wrong way round', () => {
    expect(readRange('x', '1', input(), 'en')).toEqual({ ok: false, problem: 'lowerNumber' });
    expect(readRange('0', '', input(), 'en')).toEqual({ ok: false, problem: 'upperNumber' });
    expect(readRange('0.5', '0.5', input(), 'en')).toEqual({ ok: false, problem: 'order' });
    expect(readRange('12%', '120', cost, 'en')).toEqual({ ok: false, problem: 'lowerNumber' });
  });

  it('writes a probability’s ends as percentages', () => {
    expect([rangeFieldText(0, 'en', input()), rangeFieldText(0.335, 'nl', input())]).toEqual(['0%', '33,5%']);
    expect(
      readRange(rangeFieldText(0.07, 'nl', input()), rangeFieldText(1, 'nl', input()), input(), 'nl'),
    ).toEqual({
      ok: true,
      lower: 0.07,
      upper: 1,
    });
  });

  it('writes ends that read back as the same number', () => {
    for (const x of [0, 0.05, 1234.5, 48000]) {
      expect(readRange(rangeFieldText(x, 'nl'), '1000000000', cost, 'nl')).toMatchObject({
        lower: x,
      });
    }
  });
});

describe('thresholdNotes', () => {
  it('say nothing when the search went as asked', () => {
    expect(thresholdNotes(result(), input(), range, 60, en, 'en')).toEqual([]);
    // A searched range equal to the asked one is no news either.
    expect(thresholdNotes(result({ searchedRange: { ...range } }), input(), range, 60, en, 'en')).toEqual([]);
  });

  it('say which range was searched and why, a double crossing, a capped search and a clamped year', () => {
    const r = result({
      searchedRange: { lower: 0.004, upper: 1 },
      multipleCrossings: true,
      capped: true,
      byMonthClamped: true,
    });
    expect(thresholdNotes(r, input(), range, 30, en, 'en')).toEqual([
      'The search used the range from 0.4% to 100% instead of 0% to 100%: at the ends you chose the scenario cannot be computed (for example, a chance that depends on this number would fall outside 0 to 100 %).',
      'The saving changes sign more than once in this range; the first value from below is shown. Search a narrower range to find the others.',
      'The search stopped at its maximum number of steps before it was exact, so the value is approximate.',
      'The chosen period is longer than the scenario’s horizon, so the saving is added up to the horizon (30 months).',
    ]);
    expect(thresholdNotes(r, input(), range, 30, nl, 'nl')[1]).toBe(nl.sensMultipleCrossingsNote);
  });
});

describe('range ends prefilled in their fields', () => {
  it('are rounded outward to a few significant digits for the role', () => {
    expect(roundOutward(2.47323218773905, 'upper', 3)).toBe(2.48);
    expect(roundOutward(2.47323218773905, 'lower', 3)).toBe(2.47);
    expect(roundOutward(2.48, 'upper', 3)).toBe(2.48); // already on the grid: stays
    expect(roundOutward(48734.22, 'upper', 2)).toBe(49000);
    expect(roundOutward(1234.5, 'lower', 2)).toBe(1200);
    expect(roundOutward(-2.47, 'lower', 2)).toBe(-2.5);
    expect(roundOutward(0, 'upper', 2)).toBe(0);
    expect([rangeDigits('cost'), rangeDigits('probability'), rangeDigits('parameter')]).toEqual([2, 2, 3]);
    const sessions = input({ role: 'parameter', unit: 'sessions', upper: 2.47323218773905 });
    expect(rangeFieldText(sessions.upper, 'en', sessions, 'upper')).toBe('2.48');
    expect(rangeFieldText(48734.22, 'nl', cost, 'upper')).toBe('49.000');
    expect(rangeFieldText(0.3349, 'en', input(), 'upper')).toBe('34%');
    expect(rangeFieldText(0.3349, 'en', input(), 'lower')).toBe('33%');
    expect(rangeFieldText(0.9999, 'en', input(), 'upper')).toBe('100%'); // never above 100 %
    // Without a side (a typed value written back) nothing is rounded.
    expect(rangeFieldText(2.47323218773905, 'en', sessions)).toBe('2.47323218773905');
  });

  it('hold the range they stand for', () => {
    for (const [lo, hi] of [
      [0.0123, 2.47323218773905],
      [17.77, 48734.22],
      [-3.3333, 0.12345],
    ] as const) {
      const a = roundOutward(lo, 'lower', 2);
      const b = roundOutward(hi, 'upper', 2);
      expect(a).toBeLessThanOrEqual(lo);
      expect(b).toBeGreaterThanOrEqual(hi);
      expect(Number(a.toPrecision(2))).toBe(a);
      expect(Number(b.toPrecision(2))).toBe(b);
    }
  });
});
