import { describeDistribution } from '../model/distribution-facts';
import { localText } from '../model/local-text';
import type { PathId } from '../model/path';
import { isDistribution, type Quantity } from '../model/quantity';
import { eventSites } from '../model/quantity-fields';
import type { Scenario } from '../model/scenario';
import type { EstimateTarget } from '../model/session';

/** Something in the scenario the group can estimate, as the session lists it. */
export interface TargetOption {
  /** Stable key of the target (see targetKey). */
  key: string;
  target: EstimateTarget;
  /** The event's or parameter's label in the UI language (the id when it has none). */
  label: string;
  /** Where it lives: a path (an event's probability) or the shared parameters. */
  group: PathId | 'parameter';
  /** The value the model uses now. */
  value: Quantity;
  /** Its place in the document, e.g. `paths.reference.events[0].probability`. */
  docPath: string;
}

/** "event:reference:ots" or "parameter:p_ots". */
export function targetKey(t: EstimateTarget): string {
  return 'parameterId' in t ? `parameter:${t.parameterId}` : `event:${t.pathId}:${t.eventId}`;
}

export function sameTarget(a: EstimateTarget, b: EstimateTarget): boolean {
  return targetKey(a) === targetKey(b);
}

/**
 * A parameter can hold a chance when its value does: a number from 0 to 1, or a distribution
 * that stays within 0..1 (a formula may be anything, so it is not offered).
 */
function isChance(q: Quantity): boolean {
  if (typeof q === 'number') return q >= 0 && q <= 1;
  if (!isDistribution(q)) return false;
  const d = describeDistribution(q);
  return d.ok && d.facts.support[0] >= 0 && d.facts.support[1] <= 1;
}

/**
 * What the group can give an estimate for: every risk event of the reference path, then of the
 * pilot path (the reference path is where the contested "what would have followed" risks live),
 * then every parameter that holds a chance.
 */
export function targetOptions(s: Scenario, lang: 'nl' | 'en'): TargetOption[] {
  const out: TargetOption[] = [];
  const sites = eventSites(s);
  for (const pathId of ['reference', 'pilot'] as const) {
    for (const site of sites) {
      if (site.pathId !== pathId) continue;
      const target: EstimateTarget = { pathId, eventId: site.event.id };
      out.push({
        key: targetKey(target),
        target,
        label: localText(site.event.label, lang, site.event.id),
        group: pathId,
        value: site.event.probability,
        docPath: `${site.path}.probability`,
      });
    }
  }
  s.parameters.forEach((p, i) => {
    if (!isChance(p.value)) return;
    const target: EstimateTarget = { parameterId: p.id };
    out.push({
      key: targetKey(target),
      target,
      label: localText(p.label, lang, p.id),
      group: 'parameter',
      value: p.value,
      docPath: `parameters[${i}].value`,
    });
  });
  return out;
}

/** The target as it is in the scenario now, or null when it is gone (deleted, renamed). */
export function findTarget(s: Scenario, target: EstimateTarget, lang: 'nl' | 'en'): TargetOption | null {
  if ('parameterId' in target) {
    const i = s.parameters.findIndex((p) => p.id === target.parameterId);
    const p = s.parameters[i];
    if (!p) return null;
    return {
      key: targetKey(target),
      target,
      label: localText(p.label, lang, p.id),
      group: 'parameter',
      value: p.value,
      docPath: `parameters[${i}].value`,
    };
  }
  const site = eventSites(s).find((x) => x.pathId === target.pathId && x.event.id === target.eventId);
  if (!site) return null;
  return {
    key: targetKey(target),
    target,
    label: localText(site.event.label, lang, site.event.id),
    group: target.pathId,
    value: site.event.probability,
    docPath: `${site.path}.probability`,
  };
}
