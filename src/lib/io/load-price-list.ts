import { z } from 'zod';
import { priceListSchema, type PriceList } from '../prices/price-list';

/** The price list the app ships (static/prices/). */
export const PRICE_LIST_FILE = 'prices/nl-2024.json';

export async function loadPriceList(fetcher: typeof fetch = fetch): Promise<PriceList> {
  const res = await fetcher(PRICE_LIST_FILE);
  if (!res.ok) throw new Error(`${PRICE_LIST_FILE}: HTTP ${res.status}`);
  const parsed = priceListSchema.safeParse(await res.json());
  if (!parsed.success) throw new Error(`${PRICE_LIST_FILE}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
