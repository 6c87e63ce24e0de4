import type { Locale } from '../i18n/locale';
import { localText } from '../model/local-text';
import type { Scenario } from '../model/scenario';

/** A scenario the user may tick for the comparison. */
export interface VariantChoice {
  id: string;
  name: string;
  scenario: Scenario;
  /** The scenario open in the editor (its current draft, not the stored copy). */
  open: boolean;
}

/**
 * The scenarios to choose from: the open one first (its draft, which may be newer than what is
 * stored), then the other stored ones in their stored order; names in the active language.
 */
export function variantChoices(
  stored: readonly Scenario[],
  current: Scenario | null,
  locale: Locale,
): VariantChoice[] {
  const out: VariantChoice[] = [];
  const name = (s: Scenario) => localText(s.name, locale, s.id);
  if (current) out.push({ id: current.id, name: name(current), scenario: current, open: true });
  for (const s of stored) {
    if (s.id === current?.id || out.some((c) => c.id === s.id)) continue;
    out.push({ id: s.id, name: name(s), scenario: s, open: false });
  }
  return out;
}
