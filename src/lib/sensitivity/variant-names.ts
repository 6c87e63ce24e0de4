import type { VariantsResult } from '../analysis/analysis-types';
import type { Locale } from '../i18n/locale';
import { localText, type LocalText } from '../model/local-text';

/**
 * A comparison with each variant named in `locale`: a result keeps the names it was computed
 * with (in the language of that moment), so the panel keeps each compared scenario's own name
 * (both languages) by its id and names the rows again whenever the language changes. A row
 * whose scenario is not in `names` keeps its name.
 */
export function variantsNamed(
  result: VariantsResult,
  names: ReadonlyMap<string, LocalText | undefined>,
  locale: Locale,
): VariantsResult {
  return {
    ...result,
    rows: result.rows.map((r) =>
      names.has(r.scenarioId) ? { ...r, name: localText(names.get(r.scenarioId), locale, r.name) } : r,
    ),
  };
}
