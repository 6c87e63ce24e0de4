import type { LocalText } from '../model/local-text';
import type { Scenario } from '../model/scenario';
import type { Step } from '../model/step';
import { stepPriceFromItem, type PriceUse } from '../prices/apply-price';
import type { PriceItem } from '../prices/price-item';
import type { PriceList } from '../prices/price-list';

const isEmpty = (t: LocalText) => (typeof t === 'string' ? !t.trim() : !t.nl?.trim() && !t.en?.trim());

/**
 * The step priced from a list item: the item's unit price indexed to the scenario's price year,
 * the link kept (see src/lib/prices/apply-price.ts), `units` and `basis` kept when it was priced
 * already (else 1 per month). A step's other running cost goes (the price replaces it); a step
 * priced for the first time takes the item's default payer, and its label when it has none.
 */
export function priceStep(
  s: Scenario,
  step: Step,
  list: PriceList,
  item: PriceItem,
  use: Partial<PriceUse> = {},
  isConsequence = false,
): Step {
  const first = !step.price;
  const price = stepPriceFromItem(list, item, s.settings.priceYear, {
    units: use.units ?? step.price?.units ?? 1,
    basis: use.basis ?? step.price?.basis ?? 'monthly',
  });
  const out: Step = { ...step, price };
  delete out.monthlyCost;
  delete out.hoursPerMonth;
  delete out.hourlyRate;
  if (first && s.payers.some((p) => p.id === item.defaultPayer)) out.payer = item.defaultPayer;
  if (first && isEmpty(step.label)) out.label = { ...item.label };
  if (price.basis === 'monthly' && (out.duration === 0 || (out.duration === undefined && !isConsequence))) {
    out.duration = 1;
  }
  return out;
}

/** The scenario recording the price list its priced steps come from (unchanged when it does). */
export function withPriceListRef(s: Scenario, list: PriceList): Scenario {
  if (s.priceList?.id === list.id && s.priceList.version === list.version) return s;
  return { ...s, priceList: { id: list.id, version: list.version } };
}
