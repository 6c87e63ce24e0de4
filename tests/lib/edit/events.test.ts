import { describe, expect, it } from 'vitest';
import { addEvent, newEvent } from '../../../src/lib/edit/add-event';
import { deleteEvent, eventDependents } from '../../../src/lib/edit/delete-event';
import { conditionCandidates, setCondition } from '../../../src/lib/edit/event-condition';
import { endableSteps, setEnds } from '../../../src/lib/edit/event-ends';
import { moveEvent } from '../../../src/lib/edit/move-event';
import { updateEvent } from '../../../src/lib/edit/update-event';
import type { RiskEvent } from '../../../src/lib/model/risk-event';
import type { Scenario } from '../../../src/lib/model/scenario';
import { validateScenario } from '../../../src/lib/model/validate-scenario';
import { fixture } from './fixture';

const ids = (items: Array<{ id: string }>) => items.map((x) => x.id);

describe('risk events', () => {
  it('a new event has a readable unique id, an even chance, month 0 and no consequences', () => {
    const s = fixture();
    expect(newEvent(s, 'Burn-out vader', 'nl')).toEqual({
      id: 'burn-out-vader',
      label: { nl: 'Burn-out vader' },
      kind: 'other',
      probability: 0.5,
      onset: 0,
      consequences: [],
      ends: [],
    });
    expect(newEvent(s, 'OTS', 'en').id).toBe('ots-2');
    expect(newEvent(s, '', 'en').id).toBe('event-1');
  });

  it('are added to a path or a branch, updated, reordered', () => {
    const s = fixture();
    const a = addEvent(s, { path: 'reference', branch: 'likely' }, newEvent(s, 'Crisis', 'en'));
    expect(ids(a.paths.reference.branches[0]!.events)).toEqual(['crisis']);
    expect(validateScenario(a).ok).toBe(true);
    const b = updateEvent(s, { path: 'pilot' }, 'uhp', (e) => ({ ...e, probability: 0.2 }));
    expect(b.paths.pilot.events[1]!.probability).toBe(0.2);
    expect(b.paths.pilot.events[0]).toBe(s.paths.pilot.events[0]);
    expect(ids(moveEvent(s, { path: 'pilot' }, 1, 0).paths.pilot.events)).toEqual(['uhp', 'ots']);
  });

  it('"only if X happened": candidates exclude itself and events that depend on it (no cycles)', () => {
    const s = fixture();
    expect(conditionCandidates(s, 'pilot', 'ots').map((x) => x.event.id)).toEqual([]);
    expect(conditionCandidates(s, 'pilot', 'uhp').map((x) => x.event.id)).toEqual(['ots']);
    const off = setCondition(s, { path: 'pilot' }, 'uhp', undefined);
    expect('after' in off.paths.pilot.events[1]!).toBe(false);
    expect(conditionCandidates(off, 'pilot', 'ots').map((x) => x.event.id)).toEqual(['uhp']);
    expect(setCondition(off, { path: 'pilot' }, 'uhp', 'ots').paths.pilot.events[1]!.after).toBe('ots');
  });

  it('"only if" offers events of the path itself and of the event’s own branch, never another branch', () => {
    const base = fixture();
    const ref = base.paths.reference;
    const ev = (id: string): RiskEvent => ({
      id,
      label: id,
      kind: 'other',
      probability: 0.5,
      onset: 0,
      consequences: [],
      ends: [],
    });
    const s: Scenario = {
      ...base,
      paths: {
        ...base.paths,
        reference: {
          ...ref,
          events: [ev('top')],
          branches: [
            { ...ref.branches[0]!, events: [ev('a1'), ev('a2')] },
            { ...ref.branches[1]!, events: [ev('b1')] },
          ],
        },
      },
    };
    expect(validateScenario(s).ok).toBe(true);
    const offered = (id: string) => conditionCandidates(s, 'reference', id).map((x) => x.event.id);
    expect(offered('a1')).toEqual(['top', 'a2']);
    expect(offered('b1')).toEqual(['top']);
    expect(offered('top')).toEqual([]);
    // Every choice offered validates without problems.
    for (const [branch, id] of [
      ['likely', 'a1'],
      ['likely', 'a2'],
      ['unlikely', 'b1'],
    ] as const) {
      for (const c of conditionCandidates(s, 'reference', id)) {
        const out = setCondition(s, { path: 'reference', branch }, id, c.event.id);
        const v = validateScenario(out);
        expect(v.ok).toBe(true);
        expect(v.warnings.filter((w) => w.path.endsWith('.after'))).toEqual([]);
      }
    }
  });

  it('"ends" offers the path’s other steps and toggles one at a time', () => {
    const s = fixture();
    expect(endableSteps(s, 'pilot', 'ots').map((x) => x.step.id)).toEqual(['team', 'intake', 'coach']);
    expect(endableSteps(s, 'pilot', 'uhp').map((x) => x.step.id)).toEqual([
      'team',
      'intake',
      'coach',
      'guardian',
    ]);
    const on = setEnds(s, { path: 'pilot' }, 'ots', 'team', true);
    expect(on.paths.pilot.events[0]!.ends).toEqual(['coach', 'team']);
    const off = setEnds(on, { path: 'pilot' }, 'ots', 'coach', false);
    expect(off.paths.pilot.events[0]!.ends).toEqual(['team']);
    expect(setEnds(s, { path: 'pilot' }, 'ots', 'coach', true)).toBe(s);
  });

  it('deleting an event that another depends on keeps the condition, so validation reports it', () => {
    const s = fixture();
    expect(eventDependents(s, { path: 'pilot' }, 'ots')).toEqual(['paths.pilot.events[1].after']);
    const out = deleteEvent(s, { path: 'pilot' }, 'ots');
    expect(ids(out.paths.pilot.events)).toEqual(['uhp']);
    const v = validateScenario(out);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems.map((p) => p.path)).toEqual(['paths.pilot.events[0].after']);
    expect(deleteEvent(s, { path: 'pilot' }, 'nope')).toBe(s);
  });
});
