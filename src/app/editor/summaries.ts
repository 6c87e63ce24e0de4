import { costKindOf } from '../../lib/edit/cost-kind';
import { formatDecimal, formatEuro, formatPercent } from '../../lib/i18n/format';
import type { Locale } from '../../lib/i18n/locale';
import type { Messages } from '../../lib/i18n/messages';
import type { Quantity } from '../../lib/model/quantity';
import type { RiskEvent } from '../../lib/model/risk-event';
import type { Step } from '../../lib/model/step';
import { quantitySummary } from '../../lib/report/quantity-text';

type Unit = 'euro' | 'number' | 'percent';

/** A number as the rows show it: plain, "about <mean>" for a distribution, "= formula" for a formula. */
export function quantityShort(q: Quantity | undefined, unit: Unit, locale: Locale, t: Messages): string {
  if (q === undefined) return '';
  const fmt = (x: number) =>
    unit === 'euro'
      ? formatEuro(x, locale)
      : unit === 'percent'
        ? formatPercent(x, locale)
        : Number.isInteger(x)
          ? String(x)
          : formatDecimal(x, locale, 1);
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
