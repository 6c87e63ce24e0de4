import type { Messages } from '../i18n/messages';
import { localText } from '../model/local-text';
import type { PathId } from '../model/path';
import type { Scenario } from '../model/scenario';

/**
 * The words the room reads for the two paths and the standard question, without the modeller's
 * words "pilot path" and "reference path": "with the pilot (Beter Thuis 0-6)" and "without the
 * pilot (with regular care)", as present mode says them.
 */

/** Longest pilot name put into a sentence; a longer label is a description, not a name. */
export const MAX_PILOT_NAME = 40;

/** Path labels that name no pilot ("Pilot", "Pilot path", "Het pilotpad", ...). */
const GENERIC = /^(?:(?:het|de|the)\s+)?(?:pilot|pilotpad|pilot ?path|pilot ?traject)$/i;

/**
 * The pilot's name from the pilot path's label, where the label gives one: the text after the
 * first ": " when there is one ("Met pilot: Beter Thuis 0-6 (integraal, ...)"), without a
 * closing remark in brackets; null when that leaves nothing, a generic word or more than
 * MAX_PILOT_NAME characters.
 */
export function pilotName(s: Scenario, lang: 'nl' | 'en'): string | null {
  const label = localText(s.paths.pilot.label, lang).trim();
  if (!label) return null;
  const colon = label.indexOf(': ');
  const named = (colon < 0 ? label : label.slice(colon + 2)).replace(/\s*\([^()]*\)\s*$/, '').trim();
  if (!named || GENERIC.test(named) || named.length > MAX_PILOT_NAME) return null;
  return named;
}

/** The name of a group of risks (or of a path's session step) as the room reads it. */
export function pathWords(group: PathId | 'parameter', s: Scenario, t: Messages, lang: 'nl' | 'en'): string {
  if (group === 'reference') return t.sessionTargetGroupReference;
  if (group === 'parameter') return t.sessionTargetGroupParameter;
  const name = pilotName(s, lang);
  return name ? t.sessionTargetGroupPilotNamed(name) : t.sessionTargetGroupPilot;
}

/**
 * The standard question: "Of 100 families like this one, in how many would “X” happen without
 * the pilot (with regular care), within 5 years?", naming the path (the same event may be on
 * both paths with different chances) and the time frame (the scenario's horizon).
 */
export function standardQuestion(
  label: string,
  group: PathId | 'parameter',
  s: Scenario,
  t: Messages,
  lang: 'nl' | 'en',
): string {
  const months = s.settings.horizonMonths;
  if (group === 'reference') return t.sessionQuestionReference(label, months);
  if (group === 'parameter') return t.sessionQuestionAny(label, months);
  const name = pilotName(s, lang);
  return name ? t.sessionQuestionPilotNamed(label, name, months) : t.sessionQuestionPilot(label, months);
}
