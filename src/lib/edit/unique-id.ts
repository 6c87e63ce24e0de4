import type { Scenario } from '../model/scenario';
import { eventSites, stepSites } from '../model/quantity-fields';

const MAX_ID = 64;

/**
 * A readable id from a label: lower case, accents dropped, words joined by "-" ("Ouder-kind
 * therapie (EMDR)" -> "ouder-kind-therapie-emdr"); "" when nothing usable is left.
 */
export function slugId(text: string, separator: '-' | '_' = '-'): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}${separator}${w}` : w;
    if (next.length > MAX_ID - 4) break;
    out = next;
  }
  if (/^[0-9]/.test(out)) out = `${separator === '-' ? 'x-' : 'x_'}${out}`;
  return out;
}

/**
 * Every id that names a step, event or branch anywhere in the scenario (both paths), and the
 * members', payers' and parameters' ids: a new item's id must be none of these, so that the
 * editor, the timeline and the selection can find it by id alone.
 */
export function scenarioIds(s: Scenario): Set<string> {
  const ids = new Set<string>();
  for (const x of stepSites(s)) ids.add(x.step.id);
  for (const x of eventSites(s)) ids.add(x.event.id);
  for (const p of ['pilot', 'reference'] as const) for (const b of s.paths[p].branches) ids.add(b.id);
  for (const m of s.members) ids.add(m.id);
  for (const p of s.payers) ids.add(p.id);
  for (const p of s.parameters) ids.add(p.id);
  return ids;
}

/**
 * `base` if no item of the scenario has that id yet, else `base-2`, `base-3`, ...; `fallback`
 * (e.g. "step") numbered from 1 (`step-1`) when `base` is empty. Parameter ids join with "_"
 * (a formula would read "-" as minus).
 */
export function uniqueId(s: Scenario, base: string, fallback = 'item', separator: '-' | '_' = '-'): string {
  return uniqueIdAmong(scenarioIds(s), base, fallback, separator);
}

export function uniqueIdAmong(
  taken: ReadonlySet<string>,
  base: string,
  fallback = 'item',
  separator: '-' | '_' = '-',
): string {
  if (base && !taken.has(base)) return base;
  const stem = (base || fallback).slice(0, MAX_ID - 5);
  for (let n = base ? 2 : 1; ; n++) {
    const id = `${stem}${separator}${n}`;
    if (!taken.has(id)) return id;
  }
}
