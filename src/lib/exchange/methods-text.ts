import { formatEuro, formatInteger, formatPercent } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { exchangeMessages } from '../i18n/parts/exchange';
import { localText, type LocalText } from '../model/local-text';
import { APP_VERSION } from '../app-version';
import type { MethodsSummary } from './methods-summary';

/**
 * The methods summary in plain words, one statement per line, in `locale` (for a methods
 * section, or a file beside the exported results).
 */
export function methodsText(
  m: MethodsSummary,
  scenarioName: LocalText,
  locale: Locale,
  appVersion = APP_VERSION,
): string {
  const t = exchangeMessages(locale);
  const text = (x: LocalText | null) =>
    x === null ? t.methodsNoLabel : localText(x, locale, t.methodsNoLabel);
  const u = m.uncertainty;
  const lines: string[] = [t.methodsTitle, '', t.methodsScenario(localText(scenarioName, locale))];
  lines.push(t.methodsComparators(text(m.comparators.pilot), text(m.comparators.reference)));
  lines.push(
    m.perspective.payers.length
      ? t.methodsPerspective(m.perspective.payers.map((p) => localText(p.label, locale, p.id)).join(', '))
      : t.methodsNoPayers,
  );
  lines.push(t.methodsHorizon(m.timeHorizon.months, m.timeHorizon.shortTermMonths));
  const rate = formatPercent(m.discounting.annualRate, locale);
  lines.push(
    m.discounting.source
      ? t.methodsDiscount(rate, localText(m.discounting.source, locale))
      : t.methodsDiscountCustom(rate),
  );
  lines.push(t.methodsCurrency(m.currency.currency, String(m.currency.priceYear)));
  if (m.currency.priceList)
    lines.push(t.methodsPriceList(m.currency.priceList.id, m.currency.priceList.version));
  lines.push(t.methodsUncertainty(formatInteger(u.iterations, locale), String(u.seed)));
  const kinds = Object.entries(u.distributions).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  lines.push(
    kinds.length
      ? t.methodsDistributions(
          kinds.map(([k, n]) => `${t.methodsDistributionName(k)} ${formatInteger(n, locale)}×`).join(', '),
        )
      : t.methodsNoDistributions,
  );
  if (u.formulas) lines.push(t.methodsFormulas(formatInteger(u.formulas, locale)));
  lines.push(t.methodsSharedDraws, t.methodsResults);
  if (u.mcseOfDifference !== null) lines.push(t.methodsMcse(formatEuro(u.mcseOfDifference, locale)));
  if (!u.fromRun) lines.push(t.methodsNotRun);
  lines.push(t.methodsGenerator(u.generator, u.engineVersion, appVersion), t.methodsNotCovered);
  return `${lines.join('\n')}\n`;
}
