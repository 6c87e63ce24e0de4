import { z } from 'zod';
import { DEFAULT_PAYERS } from '../model/default-payers';
import { idSchema } from '../model/id';

const euros = z.number().refine(Number.isFinite, 'must be a finite number').min(0, 'must not be negative');

/**
 * How far a figure can be trusted (conventions §3): `verified` read in its primary source,
 * `secondary` taken from someone else's citation of it, `assumption` no public price found: the
 * figure is our guess and `note` gives its basis.
 */
export const priceStatusSchema = z.enum(['verified', 'secondary', 'assumption']);
export type PriceStatus = z.infer<typeof priceStatusSchema>;

/** What one unit of a price is. */
export const priceUnitSchema = z.enum([
  'hour',
  'day',
  'week',
  'month',
  'year',
  'contact',
  'case',
  'investigation',
]);
export type PriceUnit = z.infer<typeof priceUnitSchema>;

/** A price known only as a range (e.g. different tariffs for the same kind of care). */
export const priceRangeSchema = z
  .strictObject({ low: euros, mostLikely: euros.optional(), high: euros })
  .superRefine((r, ctx) => {
    if (!(r.low < r.high)) ctx.addIssue({ code: 'custom', path: ['high'], message: 'must be above low' });
    if (r.mostLikely !== undefined && !(r.mostLikely >= r.low && r.mostLikely <= r.high)) {
      ctx.addIssue({ code: 'custom', path: ['mostLikely'], message: 'must lie between low and high' });
    }
  });
export type PriceRange = z.infer<typeof priceRangeSchema>;

const DEFAULT_PAYER_IDS: ReadonlySet<string> = new Set(DEFAULT_PAYERS.map((p) => p.id));

/**
 * One unit cost of the price list. Either `value` or `range`. A figure without a source is an
 * assumption: `source` is required unless the status is "assumption", and an assumption must
 * give the basis of the guess in `note`.
 */
export const priceItemSchema = z
  .strictObject({
    id: idSchema,
    label: z.strictObject({ nl: z.string().min(1).max(200), en: z.string().min(1).max(200) }),
    unit: priceUnitSchema,
    value: euros.optional(),
    range: priceRangeSchema.optional(),
    /** The year whose euros the value is in. */
    priceYear: z.number().int().min(1990).max(2100),
    /** "NL" for a national price, else the region or municipality whose tariff it is. */
    region: z.string().min(1).max(200),
    source: z.string().min(1).max(2000).optional(),
    status: priceStatusSchema,
    /** The default payer (one of DEFAULT_PAYERS) a step taking this price starts with. */
    defaultPayer: idSchema.refine((id) => DEFAULT_PAYER_IDS.has(id), 'must be a default payer id'),
    note: z.string().min(1).max(4000).optional(),
  })
  .superRefine((item, ctx) => {
    if ((item.value === undefined) === (item.range === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'give either a value or a range' });
    }
    if (item.status !== 'assumption' && item.source === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: 'a price without a source must have the status "assumption"',
      });
    }
    if (item.status === 'assumption' && item.note === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'an assumption must give the basis of the guess',
      });
    }
  });
export type PriceItem = z.infer<typeof priceItemSchema>;
