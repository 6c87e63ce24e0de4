import { formatEuro, formatEuroRounded, roundSignificant } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import type { Estimate } from '../report/headline';
import { outOfTen, type OutOfTen } from '../report/out-of-ten';
import type { RunSummary } from '../sim/summarize';

/** What the difference step says about one period (the short term, or the horizon). */
export interface PeriodFacts {
  months: number;
  pilot: Estimate;
  reference: Estimate;
  /** Reference minus pilot: positive means the pilot saves money. */
  saving: Estimate;
  cheaper: OutOfTen;
}

export interface DifferenceFacts {
  iterations: number;
  priceYear: number;
  discountRate: number;
  /** Null when the short term is the whole horizon (or none): then there is one period only. */
  shortTerm: PeriodFacts | null;
  horizon: PeriodFacts;
}

const estimate = (s: { mean: number; p5: number; p95: number }): Estimate => ({
  mean: s.mean,
  low: s.p5,
  high: s.p95,
});

/** The numbers of the difference step, from a run's summary (discounted costs, as the headline). */
export function differenceFacts(summary: RunSummary): DifferenceFacts {
  const st = summary.settings;
  const period = (measure: 'shortTerm' | 'horizon', months: number): PeriodFacts => {
    const m = summary.measures[measure];
    return {
      months,
      pilot: estimate(m.pilot),
      reference: estimate(m.reference),
      saving: estimate(m.difference),
      cheaper: outOfTen(m.pPilotCheaper),
    };
  };
  return {
    iterations: summary.reproducibility.iterations,
    priceYear: st.priceYear,
    discountRate: st.discountRate,
    shortTerm:
      st.shortTermMonths > 0 && st.shortTermMonths < st.horizonMonths
        ? period('shortTerm', st.shortTermMonths)
        : null,
    horizon: period('horizon', st.horizonMonths),
  };
}

/**
 * Reference minus pilot as the room can check it on the screen: the difference of the two totals
 * as they are shown (each rounded to three significant digits), so "€33,100 and €29,700" come
 * with "€3,400", not the exact "€3,410".
 */
export function shownDifference(reference: number, pilot: number): number {
  return roundSignificant(reference, 3) - roundSignificant(pilot, 3);
}

/**
 * An amount for a difference: rounded to three significant digits as the headline, or, for a
 * difference of shown totals (see shownDifference), exactly as it is.
 */
const amountOf = (x: number, lang: Locale, rounded: boolean) =>
  rounded ? formatEuroRounded(Math.abs(x), lang) : formatEuro(Math.abs(x), lang);

/**
 * A difference (reference minus pilot) in words: "€17,000 less" when the pilot saves, "€4,000
 * more" when it costs more, "no difference" when it rounds to nothing. For a row whose subject is
 * already said (a payer).
 */
export function differenceWords(
  x: number,
  lang: Locale,
  t: Pick<Messages, 'presentLess' | 'presentMore' | 'presentNoDifference'>,
  rounded = true,
): string {
  const amount = amountOf(x, lang, rounded);
  if (Math.round(Math.abs(x)) === 0) return t.presentNoDifference;
  return x > 0 ? t.presentLess(amount) : t.presentMore(amount);
}

/**
 * A difference (reference minus pilot) as a sentence with the pilot as its subject ("The pilot
 * saves €17,000", "The pilot costs €4,000 more"), and the amount in it (for large type; empty
 * when both cost the same).
 */
export function pilotDifference(
  x: number,
  lang: Locale,
  t: Pick<Messages, 'presentPilotSaves' | 'presentPilotCostsMore' | 'presentPilotSame'>,
  rounded = true,
): { sentence: string; amount: string } {
  const amount = amountOf(x, lang, rounded);
  if (Math.round(Math.abs(x)) === 0) return { sentence: t.presentPilotSame, amount: '' };
  return { sentence: x > 0 ? t.presentPilotSaves(amount) : t.presentPilotCostsMore(amount), amount };
}

/**
 * The spread of a difference (reference minus pilot, `low` <= `high`, e.g. the 5th and 95th
 * percentiles) as a sentence with the pilot as its subject: it saves low to high, costs more, or
 * lies between costing more and saving.
 */
export function pilotDifferenceRange(
  low: number,
  high: number,
  lang: Locale,
  t: Pick<Messages, 'presentRangeSaves' | 'presentRangeCostsMore' | 'presentRangeMixed'>,
): string {
  const eur = (x: number) => formatEuroRounded(Math.abs(x), lang);
  const lo = roundSignificant(low, 3);
  const hi = roundSignificant(high, 3);
  if (lo >= 0) return t.presentRangeSaves(eur(lo), eur(hi));
  if (hi <= 0) return t.presentRangeCostsMore(eur(hi), eur(lo));
  return t.presentRangeMixed(eur(lo), eur(hi));
}
