import type { LocalText } from '../model/local-text';
import type { PathId } from '../model/path';
import type { Scenario } from '../model/scenario';
import { pathSegments } from './field-target';

/** Where a document path points, in the user's terms: path, named items (outermost first), field. */
export interface PlaceWords {
  path: PathId | null;
  /** Labels of the branch, event, step, parameter or member on the way (ids when unlabelled). */
  items: LocalText[];
  /** The field's key (`monthlyCost`, `probability`, `units`, ...) or null for the item itself. */
  field: string | null;
}

/** Keys on the way that are lists, wrappers or a formula's text, not fields a user would name. */
const NOT_FIELDS = new Set([
  'steps',
  'events',
  'branches',
  'consequences',
  'parameters',
  'members',
  'price',
  'formula',
]);

/**
 * Describe a document path such as `paths.pilot.events[0].consequences[1].monthlyCost` as
 * { path: 'pilot', items: [event label, step label], field: 'monthlyCost' }, so a problem or a
 * parameter's use can be named in words rather than indices.
 */
export function placeWords(s: Scenario, docPath: string): PlaceWords {
  const seg = pathSegments(docPath);
  const out: PlaceWords = { path: null, items: [], field: null };
  let node: unknown = s;
  for (let i = 0; i < seg.length; i++) {
    const k = seg[i]!;
    if (i === 1 && seg[0] === 'paths' && (k === 'pilot' || k === 'reference')) out.path = k;
    const next: unknown =
      node && typeof node === 'object' ? (node as Record<string | number, unknown>)[k] : undefined;
    if (typeof k === 'number') {
      if (next && typeof next === 'object' && 'id' in next) {
        const item = next as { id: string; label?: LocalText };
        out.items.push(item.label ?? item.id);
      }
    } else if (i > 0 && !(seg[0] === 'paths' && i === 1) && !NOT_FIELDS.has(k)) {
      out.field = k;
    }
    node = next;
  }
  return out;
}
