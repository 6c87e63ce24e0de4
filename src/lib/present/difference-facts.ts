import { formatEuroRounded } from '../i18n/format';
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
 * A difference (reference minus pilot) in words: "€17,000 less" when the pilot saves, "€4,000
 * more" when it costs more, "no difference" when it rounds to nothing. Three significant digits,
 * as the headline.
 */
export function differenceWords(
  x: number,
  lang: Locale,
  t: Pick<Messages, 'presentLess' | 'presentMore' | 'presentNoDifference'>,
): string {
  const amount = formatEuroRounded(Math.abs(x), lang);
  if (Math.round(Math.abs(x)) === 0) return t.presentNoDifference;
  return x > 0 ? t.presentLess(amount) : t.presentMore(amount);
}
