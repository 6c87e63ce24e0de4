import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/lib/model/scenario';
import { validateScenario } from '../../../src/lib/model/validate-scenario';
import { applyEstimate } from '../../../src/lib/session/apply-estimate';
import { addEstimate, estimateFor, setAnswer } from '../../../src/lib/session/estimates';
import { findTarget, resolveTarget, targetOptions } from '../../../src/lib/session/estimate-targets';
import { addParticipant } from '../../../src/lib/session/participants';
import {
  chanceParameters,
  parametersReadAsProbability,
  referencedParameter,
  unitSaysProbability,
} from '../../../src/lib/session/probability-parameters';
import { sessionOf } from '../../../src/lib/session/session-of';
import {
  MAX_SOURCE_LENGTH,
  originalSource,
  sessionSourceNote,
} from '../../../src/lib/session/session-source';
import { scenario, step } from '../../helpers/scenario';
import { case1 } from './case-1';
import { NOW } from './fixture';

/** Answers of participants 1, 2, ... (one number each) to the estimate `id`. */
function answer(s: Scenario, id: string, counts: number[]): Scenario {
  let out = s;
  counts.forEach((count, i) => {
    if (!sessionOf(out).participants[i]) out = addParticipant(out, `P${i + 1}`)!.scenario;
    out = setAnswer(out, id, { participantId: `participant-${i + 1}`, kind: 'count', count });
  });
  return out;
}

describe('which parameters are chances (case 1: budget shares are not)', () => {
  it('case 1 offers its four risks once each, as the parameters they use, named by their events', () => {
    const s = case1();
    const options = targetOptions(s, 'nl');
    expect(options.map((o) => o.key)).toEqual([
      'parameter:p_father_burnout_ref',
      'parameter:p_mother_admission_ref',
      'parameter:p_father_burnout_pilot',
      'parameter:p_mother_admission_pilot',
    ]);
    expect(options.some((o) => /Aandeel budget/.test(o.label))).toBe(false);
    expect(options[0]).toMatchObject({
      label: 'Vader valt uit: burn-out / verzuim (zonder steun)',
      group: 'reference',
      value: { dist: 'beta', k: 1, n: 2 },
      docPath: `parameters[${s.parameters.findIndex((p) => p.id === 'p_father_burnout_ref')}].value`,
    });
    expect(options[0]!.source).toMatch(/^Assumption; the report gives no number/);
    expect(options[2]).toMatchObject({ group: 'pilot' });
    expect(options.every((o) => o.formula === undefined)).toBe(true);
  });

  it('case 1: the shares are in 0..1 but only step costs read them, so they are no chances', () => {
    const s = case1();
    const shares = s.parameters.filter((p) => p.id.startsWith('share_bt06_'));
    expect(shares.length).toBe(4);
    const read = parametersReadAsProbability(s);
    for (const p of shares) expect(read.has(p.id), p.id).toBe(false);
    expect(chanceParameters(s).map((p) => p.id)).toEqual([
      'p_father_burnout_ref',
      'p_father_burnout_pilot',
      'p_mother_admission_ref',
      'p_mother_admission_pilot',
    ]);
  });

  it('follows formulas: a step probability reading a parameter that reads another makes both chances', () => {
    const s = scenario(
      {
        pilot: {
          steps: [
            step('a', { oneOffCost: { formula: 'cost * share' }, probability: { formula: 'p_derived' } }),
          ],
        },
      },
      {
        parameters: [
          { id: 'cost', value: 1000 },
          { id: 'share', value: 0.4 },
          { id: 'p_base', value: 0.3 },
          { id: 'rr', value: 0.5 },
          { id: 'p_derived', value: { formula: 'p_base * rr' } },
          { id: 'p_by_unit', value: 0.2, unit: 'kans binnen 2 jaar' },
          { id: 'p_unit_but_big', value: 3, unit: 'probability' },
        ],
      },
    );
    expect([...parametersReadAsProbability(s)].sort()).toEqual(['p_base', 'p_derived', 'rr']);
    // p_derived is a formula (not offered: replacing it would cut p_base and rr loose); a unit
    // that says chance is enough; a value outside 0..1 is never a chance.
    expect(chanceParameters(s).map((p) => p.id)).toEqual(['p_base', 'rr', 'p_by_unit']);
    expect(unitSaysProbability('probability (within the onset window)')).toBe(true);
    expect(unitSaysProbability('share of bt06_cost')).toBe(false);
    expect(unitSaysProbability(undefined)).toBe(false);
  });
});

describe('an event whose probability is one parameter', () => {
  const shared = () =>
    scenario(
      {
        pilot: { events: [{ id: 'drop', label: 'Drop-out', probability: { formula: 'p_drop' } }] },
        reference: {
          events: [
            { id: 'drop', label: 'Drop-out', probability: { formula: 'p_drop' } },
            { id: 'ots', label: 'OTS', probability: { formula: 'p_drop * 0.5' } },
            { id: 'alias', label: 'Via an alias', probability: { formula: '(p_alias)' } },
          ],
        },
      },
      {
        parameters: [
          { id: 'p_drop', label: 'Chance of drop-out', value: 0.5, source: 'Report, p. 3' },
          { id: 'p_alias', value: { formula: 'p_drop' } },
        ],
      },
    );

  it('follows references to the last parameter, and nothing else', () => {
    const s = shared();
    expect(referencedParameter(s, { formula: 'p_drop' })).toBe('p_drop');
    expect(referencedParameter(s, { formula: '(p_alias)' })).toBe('p_drop');
    expect(referencedParameter(s, { formula: 'p_drop * 0.5' })).toBeNull();
    expect(referencedParameter(s, 0.3)).toBeNull();
    expect(referencedParameter(s, { formula: 'unknown' })).toBeNull();
  });

  it('is listed once, as the parameter, named by every event that uses it; another formula stays the event', () => {
    const options = targetOptions(shared(), 'en');
    expect(options.map((o) => [o.key, o.label, o.group])).toEqual([
      ['parameter:p_drop', 'Drop-out / Via an alias', 'parameter'],
      ['event:reference:ots', 'OTS', 'reference'],
    ]);
    expect(options[0]!.source).toBe('Report, p. 3');
    expect(options[1]!.formula).toBe('p_drop * 0.5');
  });

  it('an estimate of the event resolves to the parameter, and asking again finds it', () => {
    const s = shared();
    const event = { pathId: 'pilot', eventId: 'drop' } as const;
    expect(resolveTarget(s, event)).toEqual({ parameterId: 'p_drop' });
    expect(resolveTarget(s, { pathId: 'reference', eventId: 'ots' })).toEqual({
      pathId: 'reference',
      eventId: 'ots',
    });
    expect(findTarget(s, event, 'en')?.key).toBe('parameter:p_drop');
    const first = addEstimate(s, event);
    const again = addEstimate(first.scenario, { parameterId: 'p_drop' });
    expect(again.id).toBe(first.id);
    expect(estimateFor(first.scenario, { pathId: 'reference', eventId: 'drop' })?.id).toBe(first.id);
  });
});

describe('applying to a parameter records where the number came from', () => {
  function asked() {
    const s = case1();
    const e = addEstimate(s, { parameterId: 'p_father_burnout_ref' });
    return { s: answer(e.scenario, e.id, [20, 40]), id: e.id, before: s };
  }

  it('case 1: the parameter takes the beta; the event keeps its formula; the source says so, the old one after it', () => {
    const { s, id, before } = asked();
    const out = applyEstimate(s, id, NOW);
    const p = out.parameters.find((x) => x.id === 'p_father_burnout_ref')!;
    const old = before.parameters.find((x) => x.id === 'p_father_burnout_ref')!;
    expect(p.value).toEqual({ dist: 'beta', mean: 0.3, sd: 0.1 });
    expect(out.paths.reference.events[0]!.probability).toEqual({ formula: 'p_father_burnout_ref' });
    expect(p.source).toBe(
      `Group session 2026-11-23: pooled estimate of 2 participants (expert judgement; equal-weight linear pool fitted as a beta by mean and sd; the answers, who gave them and why, are kept in the scenario's session). Before: ${old.source}`,
    );
    expect(p.source).not.toMatch(/P1|P2/);
    expect(p.year).toBe(2026);
    expect(p.assumption).toBe(false);
    expect(p.unit).toBe(old.unit);
    expect(validateScenario(out).ok).toBe(true);
  });

  it('an estimate asked about the event (before this rule) goes to the parameter too', () => {
    const s = case1();
    const e = addEstimate(s, { pathId: 'reference', eventId: 'father-burnout' });
    const out = applyEstimate(answer(e.scenario, e.id, [20, 40]), e.id, NOW);
    expect(out.paths.reference.events[0]!.probability).toEqual({ formula: 'p_father_burnout_ref' });
    expect(out.parameters.find((x) => x.id === 'p_father_burnout_ref')!.value).toEqual({
      dist: 'beta',
      mean: 0.3,
      sd: 0.1,
    });
  });

  it('applying again keeps the original source once', () => {
    const { s, id, before } = asked();
    const once = applyEstimate(s, id, NOW);
    const twice = applyEstimate(answer(once, id, [30, 30]), id, new Date('2026-12-01T09:00:00Z'));
    const source = twice.parameters.find((x) => x.id === 'p_father_burnout_ref')!.source!;
    const old = before.parameters.find((x) => x.id === 'p_father_burnout_ref')!.source!;
    expect(
      source.startsWith(
        'Group session 2026-12-01: pooled estimate of 2 participants (expert judgement; all gave the same number',
      ),
    ).toBe(true);
    expect(source.split(' Before: ')).toHaveLength(2);
    expect(source.endsWith(old)).toBe(true);
    expect(originalSource(source)).toBe(old);
  });

  it('a long source is cut to fit the schema’s 2000 characters, and a missing one is not made up', () => {
    const long = 'x'.repeat(1990);
    const note = sessionSourceNote(long, 3, true, NOW);
    expect(note.length).toBeLessThanOrEqual(MAX_SOURCE_LENGTH);
    expect(note.endsWith('…')).toBe(true);
    expect(sessionSourceNote(undefined, 1, true, NOW)).toMatch(/of 1 participant \(.*\)\.$/);
  });
});
