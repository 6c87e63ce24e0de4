import type { AnalysisInput } from '../analysis/analysis-types';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { inputValueText } from '../sensitivity/input-value';

/**
 * A lever's value as people read it, exactly as the tornado and the threshold show the same
 * input: by its display role (`displayRole`), so a parameter whose unit says "probability ..."
 * reads as a percentage ("19.6%") and one in "EUR ..." as euros, months and hours with their
 * word in the UI's language, anything else as a number with the input's own unit.
 */
export function formatLeverValue(
  x: number,
  input: Pick<AnalysisInput, 'role' | 'unit'>,
  locale: Locale,
  t: Messages,
): string {
  return inputValueText(input, x, t, locale);
}
