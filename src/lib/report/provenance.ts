import type { LocalText } from '../model/local-text';
import type { Quantity } from '../model/quantity';
import type { Scenario } from '../model/scenario';
import { DISCOUNT_PRESETS } from '../model/discount-presets';
import type { PriceList } from '../prices/price-list';

/**
 * How far a number can be trusted: a price list's own statuses, or for a scenario's parameters
 * `assumption` (marked so), `sourced` (has a source, not marked) and `unsourced` (neither: a gap
 * a reader should see).
 */
export type ProvenanceStatus = 'verified' | 'secondary' | 'assumption' | 'sourced' | 'unsourced';

/** One number in a scenario and where it comes from. */
export interface ProvenanceRow {
  kind: 'parameter' | 'price' | 'discount';
  id: string;
  label: LocalText;
  quantity: Quantity;
  /** Free text from the scenario, or a price-list unit code (hour, day, ...). */
  unit?: string;
  source?: LocalText;
  year?: number;
  /** For a priced step: the list price's own year, indexed with the CPI to `year`. */
  indexedFrom?: number;
  status: ProvenanceStatus;
  note?: string;
  /** For a priced step: the price list item and version it came from. */
  priceItem?: { item: string; list: string };
}

/** Every sourced or assumed number of a scenario, parameters first, then priced steps, then the discount rate. */
export function provenanceOf(s: Scenario, list?: PriceList): ProvenanceRow[] {
  const rows: ProvenanceRow[] = [];
  for (const p of s.parameters) {
    rows.push({
      kind: 'parameter',
      id: p.id,
      label: p.label ?? p.id,
      quantity: p.value,
      ...(p.unit ? { unit: p.unit } : {}),
      ...(p.source ? { source: p.source } : {}),
      ...(p.year ? { year: p.year } : {}),
      status: p.assumption ? 'assumption' : p.source ? 'sourced' : 'unsourced',
      ...(p.note ? { note: p.note } : {}),
    });
  }
  for (const [pathId, path] of Object.entries(s.paths)) {
    const steps = [
      ...path.steps,
      ...path.events.flatMap((e) => e.consequences),
      ...(path.branches ?? []).flatMap((b) => [...b.steps, ...b.events.flatMap((e) => e.consequences)]),
    ];
    for (const st of steps) {
      if (!st.price) continue;
      const item = list?.items.find((i) => i.id === st.price!.item);
      rows.push({
        kind: 'price',
        id: `${pathId}.${st.id}`,
        label: item ? item.label : st.label,
        quantity: st.price.unitPrice,
        ...(item ? { unit: item.unit } : {}),
        ...(item?.source ? { source: item.source } : {}),
        year: st.price.priceYear ?? s.settings.priceYear,
        ...(item && item.priceYear !== (st.price.priceYear ?? s.settings.priceYear)
          ? { indexedFrom: item.priceYear }
          : {}),
        status: item ? item.status : 'unsourced',
        ...(item?.note ? { note: item.note } : {}),
        priceItem: { item: st.price.item, list: st.price.list },
      });
    }
  }
  const preset = DISCOUNT_PRESETS.find((p) => p.id === s.settings.discountPreset);
  rows.push({
    kind: 'discount',
    id: 'discountRate',
    label: preset ? preset.label : { nl: 'Eigen discontovoet', en: 'Custom discount rate' },
    quantity: s.settings.discountRate,
    ...(preset
      ? { source: preset.source, year: preset.year, status: 'sourced' as const }
      : { status: 'assumption' as const }),
  });
  return rows;
}
