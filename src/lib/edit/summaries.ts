import { formatDecimal, formatEuro, formatInteger, formatPercent } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import type { Quantity } from '../model/quantity';
import type { RiskEvent } from '../model/risk-event';
import type { Step } from '../model/step';
import { quantitySummary } from '../report/quantity-text';
import { costKindOf } from './cost-kind';

type Unit = 'euro' | 'number' | 'percent';

/**
 * A plain number in the locale's style ("12,000" / "12.000", "0.45" / "0,45"): whole numbers
 * grouped, others with as few decimals as show them exactly (at most 4), and a number with more
 * decimals (a distribution's mean) to 3 significant digits.
 */
export function formatNumberShort(x: number, locale: Locale): string {
  if (Number.isInteger(x)) return formatInteger(x, locale);
  const exact = (v: number, d: number) =>
    Math.abs(Number(v.toFixed(d)) - v) <= 1e-9 * Math.max(1, Math.abs(v));
  for (let d = 1; d <= 4; d++) if (exact(x, d)) return formatDecimal(x, locale, d);
  const v = Number(x.toPrecision(3));
  if (Number.isInteger(v)) return formatInteger(v, locale);
  let d = 1;
  while (d < 10 && !exact(v, d)) d++;
  return formatDecimal(v, locale, d);
}

/** A number as the rows show it: plain, "about <mean>" for a distribution, "= formula" for a formula. */
export function quantityShort(q: Quantity | undefined, unit: Unit, locale: Locale, t: Messages): string {
  if (q === undefined) return '';
  const fmt = (x: number) =>
    unit === 'euro'
      ? formatEuro(x, locale)
      : unit === 'percent'
        ? formatPercent(x, locale)
        : formatNumberShort(x, locale);
  if (typeof q === 'number') return fmt(q);
  const s = quantitySummary(q);
  if (s.notation.startsWith('=')) return s.notation;
  return s.mean === null ? s.notation : t.editorAbout(fmt(s.mean));
}

/** "€500 once + €1,200 a month", "4 hours × €78 a month", "no cost yet". */
export function costSummary(step: Step, locale: Locale, t: Messages): string {
  const parts: string[] = [];
  if (step.oneOffCost !== undefined)
    parts.push(t.editorOnce(quantityShort(step.oneOffCost, 'euro', locale, t)));
  const kind = costKindOf(step);
  if (kind === 'monthly') parts.push(t.editorPerMonth(quantityShort(step.monthlyCost, 'euro', locale, t)));
  if (kind === 'hours') {
    parts.push(
      t.editorHoursTimesRate(
        quantityShort(step.hoursPerMonth, 'number', locale, t),
        quantityShort(step.hourlyRate, 'euro', locale, t),
      ),
    );
  }
  if (kind === 'price' && step.price) {
    const each = t.editorUnitsTimesPrice(
      quantityShort(step.price.units, 'number', locale, t),
      quantityShort(step.price.unitPrice, 'euro', locale, t),
    );
    parts.push(step.price.basis === 'monthly' ? t.editorPerMonth(each) : t.editorOnce(each));
  }
  return parts.length ? parts.join(' + ') : t.editorNoCost;
}

/** "month 3, 12 months" / "month 0, one-off". */
export function timingSummary(step: Step, consequence: boolean, locale: Locale, t: Messages): string {
  const start = t.editorMonth(quantityShort(step.start, 'number', locale, t));
  const d = step.duration;
  const duration =
    d === undefined
      ? consequence
        ? t.editorUntilEventEnds
        : t.editorOneOffDuration
      : d === 0
        ? t.editorOneOffDuration
        : t.editorMonths(quantityShort(d, 'number', locale, t));
  return `${start}, ${duration}`;
}

/** "30% chance, month 6" (and "only after OTS"). */
export function eventSummary(e: RiskEvent, afterName: string | null, locale: Locale, t: Messages): string {
  const parts = [
    t.editorChance(quantityShort(e.probability, 'percent', locale, t)),
    t.editorMonth(quantityShort(e.onset, 'number', locale, t)),
  ];
  if (afterName) parts.push(t.editorOnlyAfter(afterName));
  return parts.join(', ');
}
