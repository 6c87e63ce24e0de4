import { describe, expect, it } from 'vitest';
import { updateEventOnPath } from '../../../src/lib/timeline/event-on-path';
import { updateStepOnPath } from '../../../src/lib/timeline/step-on-path';
import { nudgeEventOnset, nudgeStep } from '../../../src/lib/timeline/timeline-edit';
import { scenario, step } from '../../helpers/scenario';

const s = scenario({
  pilot: {
    steps: [
      step('help', { start: 2, duration: 3, monthlyCost: 100 }),
      step('once', { start: 1, oneOffCost: 50 }),
      step('f', { start: { formula: '2 + 1' }, duration: 1, monthlyCost: 1 }),
    ],
    events: [
      {
        id: 'ots',
        label: 'OTS',
        probability: 0.5,
        onset: 4,
        duration: 6,
        consequences: [step('guardian', { monthlyCost: 900 })],
      },
    ],
    branches: [
      {
        id: 'a',
        label: 'A',
        probability: 1,
        events: [{ id: 'late', label: 'Late', probability: 1, onset: { dist: 'uniform', min: 5, max: 9 } }],
      },
    ],
  },
  reference: { steps: [step('help', { start: 2, duration: 3, monthlyCost: 100 })] },
});

const ok = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
};

describe('nudgeStep', () => {
  it('moves a start on the path it is asked for only, even when the other path has a step with the same id', () => {
    const next = ok(nudgeStep(s, 'pilot', 'help', 'start', 1)).scenario;
    expect(next.paths.pilot.steps[0]!.start).toBe(3);
    expect(next.paths.reference).toBe(s.paths.reference);
    expect(next.paths.pilot.events).toBe(s.paths.pilot.events);
    const back = ok(nudgeStep(s, 'reference', 'help', 'start', -1)).scenario;
    expect(back.paths.reference.steps[0]!.start).toBe(1);
    expect(back.paths.pilot).toBe(s.paths.pilot);
  });

  it('changes a duration, keeping a step with a monthly cost at least 1 month long', () => {
    expect(ok(nudgeStep(s, 'pilot', 'help', 'duration', 1)).scenario.paths.pilot.steps[0]!.duration).toBe(4);
    const one = {
      ...s,
      paths: { ...s.paths, pilot: { ...s.paths.pilot, steps: [step('m', { duration: 1, monthlyCost: 1 })] } },
    };
    expect(nudgeStep(one as typeof s, 'pilot', 'm', 'duration', -1)).toEqual({
      ok: false,
      reason: 'minimum',
    });
  });

  it('gives a step without a duration the length the timeline shows, plus one', () => {
    // A one-off: 0 months, so 1.
    expect(ok(nudgeStep(s, 'pilot', 'once', 'duration', 1)).scenario.paths.pilot.steps[1]!.duration).toBe(1);
  });

  it('refuses to give a fixed length to a consequence that runs as long as its event', () => {
    // Writing 7 months would silently stop it following the event's duration.
    for (const delta of [1, -1])
      expect(nudgeStep(s, 'pilot', 'guardian', 'duration', delta)).toEqual({
        ok: false,
        reason: 'runs-with-event',
      });
    // Its start can still move, and one with a duration of its own can change it.
    expect(
      ok(nudgeStep(s, 'pilot', 'guardian', 'start', 1)).scenario.paths.pilot.events[0]!.consequences[0]!
        .start,
    ).toBe(1);
    const own = updateStepOnPath(s, 'pilot', 'guardian', (x) => ({ ...x, duration: 2 }));
    expect(
      ok(nudgeStep(own, 'pilot', 'guardian', 'duration', 1)).scenario.paths.pilot.events[0]!.consequences[0]!
        .duration,
    ).toBe(3);
  });

  it('refuses a formula and a step that is not on the path', () => {
    expect(nudgeStep(s, 'pilot', 'f', 'start', 1)).toEqual({ ok: false, reason: 'formula' });
    expect(nudgeStep(s, 'reference', 'once', 'start', 1)).toEqual({ ok: false, reason: 'missing' });
  });
});

describe('nudgeEventOnset', () => {
  it('moves a plain onset, and a distribution onset in a branch', () => {
    expect(ok(nudgeEventOnset(s, 'pilot', 'ots', 1)).scenario.paths.pilot.events[0]!.onset).toBe(5);
    const next = ok(nudgeEventOnset(s, 'pilot', 'late', -1)).scenario;
    expect(next.paths.pilot.branches[0]!.events[0]!.onset).toEqual({ dist: 'uniform', min: 4, max: 8 });
    expect(next.paths.pilot.events).toBe(s.paths.pilot.events);
    expect(next.paths.pilot.steps).toBe(s.paths.pilot.steps);
  });

  it('refuses an onset before month 0 and an event that is not there', () => {
    const early = updateEventOnPath(s, 'pilot', 'ots', (e) => ({ ...e, onset: 0 }));
    expect(nudgeEventOnset(early, 'pilot', 'ots', -1)).toEqual({ ok: false, reason: 'minimum' });
    expect(nudgeEventOnset(s, 'reference', 'ots', 1)).toEqual({ ok: false, reason: 'missing' });
  });
});

describe('updateEventOnPath and updateStepOnPath', () => {
  it('return the same scenario when nothing changes', () => {
    expect(updateEventOnPath(s, 'pilot', 'nothing', (e) => ({ ...e }))).toBe(s);
    expect(updateEventOnPath(s, 'pilot', 'ots', (e) => e)).toBe(s);
    expect(updateStepOnPath(s, 'reference', 'once', (x) => ({ ...x, start: 9 }))).toBe(s);
  });
});
