import type { Messages } from '../../lib/i18n/messages';
import { localText } from '../../lib/model/local-text';
import type { Scenario } from '../../lib/model/scenario';
import { placeWords } from '../../lib/edit/place-words';

/** The editor's name of a field key, as its label says (the key itself when it has none). */
export function fieldName(key: string, t: Messages): string {
  const names: Record<string, string> = {
    label: t.editorFieldLabel,
    id: t.editorFieldLabel,
    provider: t.editorFieldProvider,
    payer: t.editorFieldPayer,
    members: t.editorFieldMembers,
    start: t.editorFieldStart,
    duration: t.editorFieldDuration,
    oneOffCost: t.editorFieldOneOffCost,
    monthlyCost: t.editorFieldMonthlyCost,
    hoursPerMonth: t.editorFieldHoursPerMonth,
    hourlyRate: t.editorFieldHourlyRate,
    units: t.editorFieldPriceUnits,
    unitPrice: t.editorFieldUnitPrice,
    basis: t.editorFieldPriceBasis,
    item: t.editorFieldPriceItem,
    list: t.editorFieldPriceItem,
    priceYear: t.editorFieldPriceItem,
    probability: t.editorFieldProbability,
    onset: t.editorFieldOnset,
    after: t.editorFieldAfter,
    ends: t.editorFieldEnds,
    kind: t.editorFieldKind,
    value: t.editorFieldValue,
    unit: t.editorFieldUnit,
    year: t.editorFieldYear,
    source: t.editorFieldSource,
    note: t.editorFieldNote,
    role: t.editorFieldRole,
    ageAtStart: t.editorFieldAge,
    ignoreAgeLimit: t.editorFieldIgnoreAgeLimit,
    horizonMonths: t.horizonField,
    shortTermMonths: t.shortTermField,
    iterations: t.iterationsField,
    seed: t.seedField,
  };
  return names[key] ?? key;
}

/** "Pilot path › OTS › Guardian › Cost per month": where a document path points, in words. */
export function placeText(s: Scenario, docPath: string, t: Messages, lang: 'nl' | 'en'): string {
  const w = placeWords(s, docPath);
  const parts: string[] = [];
  if (w.path) parts.push(w.path === 'pilot' ? t.editorPathPilot : t.editorPathReference);
  for (const item of w.items) parts.push(localText(item, lang, t.editorUnnamed) || t.editorUnnamed);
  if (w.field) parts.push(fieldName(w.field, t));
  if (docPath.endsWith('.branches')) parts.push(t.editorBranchesHeading);
  return parts.join(' › ') || t.editorOtherPlace;
}
