import { priceListSchema, type PriceList } from '../prices/price-list';
import { fetchStaticJson } from './fetch-static';

/** The price list the app ships (static/prices/). */
export const PRICE_LIST_FILE = 'prices/nl-2024.json';

export function loadPriceList(fetcher: typeof fetch = fetch): Promise<PriceList> {
  return fetchStaticJson(PRICE_LIST_FILE, priceListSchema, fetcher);
}
