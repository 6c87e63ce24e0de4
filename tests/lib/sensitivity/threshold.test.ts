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
import { rangeFieldText, readRange } from '../../../src/lib/sensitivity/threshold-range';
import { thresholdSentences, thresholdValueText } from '../../../src/lib/sensitivity/threshold-sentence';
import { input } from './fixtures';

const en = CATALOGUES.en;
const nl = CATALOGUES.nl;

function result(over: Partial<ThresholdResult> = {}): ThresholdResult {
  return {
    ref: 'parameters[0].value',
    target: { payerId: 'municipality-youth', byMonth: 36, discounted: true },
    status: 'found',
    value: 0.2312,
    breaksEvenWhen: 'below',
    atLower: 4000,
    atUpper: -9000,
    interval: { low: 0.1804, high: 0.2911, drawsWithValue: 20, draws: 20 },
    evaluations: 31,
    ...over,
  };
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
      'A break-even value was found in 14 of 20 draws; the interval uses those.',
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

  it('says when no draw had a break-even value', () => {
    const none =
      'In none of the 20 draws was there a break-even value in this range, so there is no interval.';
    const r = result({ interval: { low: NaN, high: NaN, drawsWithValue: 0, draws: 20 } });
    expect(thresholdSentences(r, input(), municipality, en, 'en', range)[1]).toBe(none);
    const empty = result({ interval: null });
    expect(thresholdSentences(empty, input(), { ...municipality, outerDraws: 20 }, en, 'en', range)).toEqual([
      thresholdSentences(empty, input(), municipality, en, 'en', range)[0],
      none,
    ]);
    expect(
      thresholdSentences(empty, input(), { ...municipality, outerDraws: 0 }, en, 'en', range),
    ).toHaveLength(1);
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
