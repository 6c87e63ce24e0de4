import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import HeadlineResults from '../../src/app/HeadlineResults.svelte';
import { formatEuroRounded } from '../../src/lib/i18n/format';
import type { Locale } from '../../src/lib/i18n/locale';
import { headlineOf } from '../../src/lib/report/headline';
import { LocaleState } from '../../src/lib/state/locale.svelte';
import { run, scenario, step } from '../helpers/scenario';

/**
 * The pilot costs 15,000 in month 0 in every future; the reference pays 500 a month for 5 years
 * in 70 % of futures (and nothing in the others). So the pilot is cheaper after 5 years in about
 * 7 of 10 futures, never after 1 year, and where it breaks even it does so in month 30.
 */
const s = scenario(
  {
    pilot: { steps: [step('pilot', { oneOffCost: 15_000 })] },
    reference: { steps: [step('care', { monthlyCost: 500, duration: 60, probability: 0.7 })] },
  },
  { settings: { horizonMonths: 60, shortTermMonths: 12, iterations: 2000, seed: 5 } },
);
const headline = headlineOf(run(s));

const NBSP = '\u00a0';
const text = (id: string) => screen.getByTestId(id).textContent?.trim();

function show(locale: Locale) {
  const i18n = new LocaleState(null, ['en-GB']);
  if (locale !== 'en') i18n.set(locale);
  render(HeadlineResults, { props: { i18n, headline, runId: 3 } });
  return i18n;
}

describe('HeadlineResults', () => {
  it('rests on a run whose numbers are as the scenario says', () => {
    expect(headline.pilot.mean).toBe(15_000);
    expect(headline.cheaperHorizon).toEqual({ kind: 'exact', count: 7 });
    expect(headline.cheaperShortTerm).toEqual({ kind: 'exact', count: 0 });
    expect(headline.breakEven).toMatchObject({ kind: 'month', median: 29, high: null });
    expect(headline.saving.mean).toBeGreaterThan(0);
  });

  it('shows the headline in English with British euro formats and "X of 10"', () => {
    show('en');
    expect(screen.getByTestId('headline').dataset.runId).toBe('3');
    expect(text('pilot-mean')).toBe('€15,000');
    expect(text('reference-mean')).toMatch(/^€\d\d,\d00$/);
    expect(text('reference-mean')).toBe(formatEuroRounded(headline.reference.mean, 'en'));
    expect(text('saving-mean')).toBe(formatEuroRounded(headline.saving.mean, 'en'));
    expect(text('saving-sentence')).toBe(
      `Over 5 years the pilot saves on average ${formatEuroRounded(headline.saving.mean, 'en')} per family.`,
    );
    expect(text('cheaper-horizon')).toBe('7 of 10');
    expect(text('cheaper-short')).toBe('0 of 10');
    expect(screen.getByText('In 7 of 10 simulated futures the pilot is cheaper after 5 years.')).toBeTruthy();
    expect(text('break-even')).toBe('from month 30');
    expect(screen.getByText('9 in 10 simulated futures: from month 30 to beyond the horizon')).toBeTruthy();
    expect(screen.getByText('It breaks even in 7 of 10 simulated futures.')).toBeTruthy();
    expect(text('run-iterations')).toBe('2,000');
    expect(text('run-seed')).toBe('5');
  });

  it('shows the headline in Dutch with Dutch euro formats and "X van 10"', () => {
    show('nl');
    expect(text('pilot-mean')).toBe(`€${NBSP}15.000`);
    expect(text('reference-mean')).toMatch(new RegExp(`^€${NBSP}\\d\\d\\.\\d00$`));
    expect(text('saving-mean')).toBe(formatEuroRounded(headline.saving.mean, 'nl'));
    expect(text('saving-sentence')).toBe(
      `Over 5 jaar bespaart de pilot gemiddeld ${formatEuroRounded(headline.saving.mean, 'nl')} per gezin.`,
    );
    expect(text('cheaper-horizon')).toBe('7 van 10');
    expect(text('cheaper-short')).toBe('0 van 10');
    expect(text('break-even')).toBe('vanaf maand 30');
    expect(
      screen.getByText('9 van de 10 gesimuleerde toekomsten: vanaf maand 30 tot na de horizon'),
    ).toBeTruthy();
    expect(text('run-iterations')).toBe('2.000');
  });

  it('switches language in place when the locale changes', async () => {
    const i18n = show('en');
    expect(text('cheaper-horizon')).toBe('7 of 10');
    i18n.set('nl');
    await tick();
    expect(text('cheaper-horizon')).toBe('7 van 10');
    expect(text('pilot-mean')).toBe(`€${NBSP}15.000`);
  });

  it('says what the pilot costs extra, without a minus, when it does not save', () => {
    const dearer = headlineOf(
      run(
        scenario(
          {
            pilot: { steps: [step('pilot', { oneOffCost: 40_000 })] },
            reference: { steps: [step('care', { monthlyCost: 500, duration: 60 })] },
          },
          { settings: { horizonMonths: 60, shortTermMonths: 12, iterations: 200, seed: 5 } },
        ),
      ),
    );
    render(HeadlineResults, {
      props: { i18n: new LocaleState(null, ['en-GB']), headline: dearer, runId: 1 },
    });
    expect(text('saving-mean')).toBe('-€10,000');
    expect(text('saving-sentence')).toBe('Over 5 years the pilot costs on average €10,000 more per family.');
    expect(text('cheaper-horizon')).toBe('0 of 10');
    expect(text('break-even')).toBe('not within the horizon (5 years)');
  });
});
