import { localText } from '../model/local-text';
import type { Parameter } from '../model/parameter';
import type { PathId } from '../model/path';
import { isFormula, type Quantity } from '../model/quantity';
import { eventSites, type EventSite } from '../model/quantity-fields';
import type { Scenario } from '../model/scenario';
import type { EstimateTarget } from '../model/session';
import { chanceParameters, referencedParameter } from './probability-parameters';

/** Something in the scenario the group can estimate, as the session lists it. */
export interface TargetOption {
  /** Stable key of the target (see targetKey). */
  key: string;
  /** What "Use this in the model" changes. */
  target: EstimateTarget;
  /**
   * What the room calls it: the event's label; for a parameter, the labels of the events whose
   * probability it is (joined by " / "), else its own label (the id when there is none).
   */
  label: string;
  /** The path the question is about (the events' path), or 'parameter' (both paths, or none). */
  group: PathId | 'parameter';
  /** The value the model uses now. */
  value: Quantity;
  /** Its place in the document, e.g. `paths.reference.events[0].probability`. */
  docPath: string;
  /** A parameter's source note, shown with today's value. */
  source?: string;
  /** The value is a formula over parameters: the text that "Use this in the model" replaces. */
  formula?: string;
}

/** "event:reference:ots" or "parameter:p_ots". */
export function targetKey(t: EstimateTarget): string {
  return 'parameterId' in t ? `parameter:${t.parameterId}` : `event:${t.pathId}:${t.eventId}`;
}

export function sameTarget(a: EstimateTarget, b: EstimateTarget): boolean {
  return targetKey(a) === targetKey(b);
}

const formulaOf = (q: Quantity) => (isFormula(q) ? q.formula : undefined);

/** The event sites whose probability is (a reference to) each parameter. */
function eventsByParameter(s: Scenario): Map<string, EventSite[]> {
  const out = new Map<string, EventSite[]>();
  for (const site of eventSites(s)) {
    const id = referencedParameter(s, site.event.probability);
    if (id !== null) out.set(id, [...(out.get(id) ?? []), site]);
  }
  return out;
}

function parameterOption(
  s: Scenario,
  p: Parameter,
  users: readonly EventSite[],
  lang: 'nl' | 'en',
): TargetOption {
  const target: EstimateTarget = { parameterId: p.id };
  const labels = [...new Set(users.map((u) => localText(u.event.label, lang, u.event.id)))];
  const paths = new Set(users.map((u) => u.pathId));
  const only = paths.size === 1 ? [...paths][0]! : null;
  const formula = formulaOf(p.value);
  return {
    key: targetKey(target),
    target,
    label: labels.length ? labels.join(' / ') : localText(p.label, lang, p.id),
    group: only ?? 'parameter',
    value: p.value,
    docPath: `parameters[${s.parameters.indexOf(p)}].value`,
    ...(p.source ? { source: p.source } : {}),
    ...(formula !== undefined ? { formula } : {}),
  };
}

function eventOption(site: EventSite, lang: 'nl' | 'en'): TargetOption {
  const target: EstimateTarget = { pathId: site.pathId, eventId: site.event.id };
  const formula = formulaOf(site.event.probability);
  return {
    key: targetKey(target),
    target,
    label: localText(site.event.label, lang, site.event.id),
    group: site.pathId,
    value: site.event.probability,
    docPath: `${site.path}.probability`,
    ...(formula !== undefined ? { formula } : {}),
  };
}

/**
 * What the group can give an estimate for: every risk event of the reference path, then of the
 * pilot path (the reference path is where the contested "what would have followed" risks live),
 * then the parameters that are chances (see probability-parameters.ts).
 *
 * An event whose probability is one parameter (`{ formula: "p_father_burnout_ref" }`) is listed
 * as that parameter, named by the event(s) that use it: the estimate then goes where the number
 * and its source note live, and the same risk is listed once.
 */
export function targetOptions(s: Scenario, lang: 'nl' | 'en'): TargetOption[] {
  const out: TargetOption[] = [];
  const listed = new Set<string>();
  const users = eventsByParameter(s);
  const push = (o: TargetOption) => {
    if (listed.has(o.key)) return;
    listed.add(o.key);
    out.push(o);
  };
  const sites = eventSites(s);
  for (const pathId of ['reference', 'pilot'] as const) {
    for (const site of sites) {
      if (site.pathId !== pathId) continue;
      const id = referencedParameter(s, site.event.probability);
      const p = id === null ? undefined : s.parameters.find((x) => x.id === id);
      push(p ? parameterOption(s, p, users.get(p.id) ?? [], lang) : eventOption(site, lang));
    }
  }
  for (const p of chanceParameters(s)) push(parameterOption(s, p, users.get(p.id) ?? [], lang));
  return out;
}

/**
 * The target as it is in the scenario now, or null when it is gone (deleted, renamed). An event
 * whose probability is one parameter resolves to that parameter (an estimate asked before that
 * rule existed, or before the event was linked to the parameter, follows it).
 */
export function findTarget(s: Scenario, target: EstimateTarget, lang: 'nl' | 'en'): TargetOption | null {
  if ('parameterId' in target) {
    const p = s.parameters.find((x) => x.id === target.parameterId);
    return p ? parameterOption(s, p, eventsByParameter(s).get(p.id) ?? [], lang) : null;
  }
  const site = eventSites(s).find((x) => x.pathId === target.pathId && x.event.id === target.eventId);
  if (!site) return null;
  const id = referencedParameter(s, site.event.probability);
  const p = id === null ? undefined : s.parameters.find((x) => x.id === id);
  return p ? parameterOption(s, p, eventsByParameter(s).get(p.id) ?? [], lang) : eventOption(site, lang);
}

/** Where an estimate of `target` goes now (itself when it is gone). */
export function resolveTarget(s: Scenario, target: EstimateTarget): EstimateTarget {
  if ('parameterId' in target) return target;
  const site = eventSites(s).find((x) => x.pathId === target.pathId && x.event.id === target.eventId);
  const id = site ? referencedParameter(s, site.event.probability) : null;
  return id === null ? target : { parameterId: id };
}
