import { describe, expect, it } from 'vitest';
import type { PathId } from '../../../src/lib/model/path';
import type { Scenario } from '../../../src/lib/model/scenario';
import { traceIteration } from '../../../src/lib/sim/trace-iteration';
import { scheduleOf } from '../../../src/lib/timeline/timeline-schedule';
import { scenario, step } from '../../helpers/scenario';

const child = { id: 'kid', label: 'Kid', role: 'child' as const, ageAtStart: 17 };
const youth = (id: string, fields: Parameters<typeof step>[1]) =>
  step(id, { members: ['kid'], payer: 'municipality-youth', ...fields });

/**
 * Probabilities 0 or 1 and months as plain numbers: every iteration is the same, so the schedule
 * must say exactly what the engine does. The child turns 18 in month 12; the horizon is 24.
 */
const s: Scenario = scenario(
  {
    pilot: {
      steps: [
        step('a', { start: 0, duration: 10, monthlyCost: 100, payer: 'family' }),
        step('b', { start: 2, duration: 30, monthlyCost: 100, payer: 'family' }),
        youth('youth', { start: 4, duration: 20, monthlyCost: 100, oneOffCost: 50 }),
        youth('late-youth', { start: 14, oneOffCost: 500 }),
        step('c', { start: 3, duration: 12, monthlyCost: 100, payer: 'family' }),
        step('d', { start: 8, oneOffCost: 200, payer: 'family' }),
        step('e', { start: 0, duration: 5, monthlyCost: 100, payer: 'family' }),
        step('never', { start: 1, duration: 3, monthlyCost: 100, probability: 0, payer: 'family' }),
        step('beyond', { start: 30, oneOffCost: 100, payer: 'family' }),
      ],
      events: [
        {
          id: 'ots',
          label: 'OTS',
          probability: 1,
          onset: 6,
          duration: 5,
          ends: ['a', 'd'],
          consequences: [
            step('guardian', { start: 2, monthlyCost: 100 }),
            step('fixed', { start: 1, duration: 30, monthlyCost: 100 }),
            youth('youth-cons', { start: 3, duration: 12, monthlyCost: 100 }),
          ],
        },
        {
          id: 'follow',
          label: 'Follow',
          probability: 1,
          after: 'ots',
          onset: 3,
          ends: ['b', 'fixed'],
          consequences: [step('x', { start: 0, monthlyCost: 100 })],
        },
        {
          id: 'maybe',
          label: 'Maybe',
          probability: 0,
          onset: 5,
          ends: ['c'],
          consequences: [step('not-now', { start: 0, duration: 2, monthlyCost: 100 })],
        },
        {
          id: 'far',
          label: 'Far',
          probability: 1,
          onset: 30,
          ends: ['e'],
          consequences: [step('far-cons', { start: 0, duration: 2, monthlyCost: 100 })],
        },
      ],
    },
    reference: {
      steps: [step('a', { start: 1, duration: 40, monthlyCost: 100, payer: 'family' })],
      events: [
        { id: 'e1', label: 'E1', probability: 1, onset: 2, duration: 3 },
        {
          id: 'e2',
          label: 'E2',
          probability: 1,
          after: 'e1',
          onset: 2,
          consequences: [step('c2', { start: 4, duration: 3, monthlyCost: 100 })],
        },
        {
          id: 'e3',
          label: 'E3',
          probability: 1,
          after: 'e2',
          onset: 3,
          ends: ['a', 'c2'],
          consequences: [step('c3', { start: 20, duration: 6, monthlyCost: 100 })],
        },
      ],
      branches: [
        {
          id: 'only',
          label: 'Only',
          probability: 1,
          steps: [step('br', { start: 5, duration: 4, oneOffCost: 30, monthlyCost: 100, payer: 'family' })],
          events: [
            {
              id: 'br-ev',
              label: 'Branch event',
              probability: 1,
              onset: 7,
              ends: ['br'],
              consequences: [youth('br-cons', { start: 1, duration: 3, monthlyCost: 100 })],
            },
          ],
        },
      ],
    },
  },
  { members: [child], settings: { horizonMonths: 24, shortTermMonths: 12, discountRate: 0 } },
);

/** What the engine does for sure, per step id: the steps that happen, with months and one-off. */
function fromSchedule(path: PathId) {
  const sc = scheduleOf(s, path);
  const certain = new Set(sc.events.filter((e) => e.certain && !e.beyondHorizon).map((e) => e.event.id));
  return Object.fromEntries(
    sc.steps
      .filter(
        (x) =>
          !x.beyondHorizon &&
          x.probability.value === 1 &&
          (x.eventId === undefined || certain.has(x.eventId)),
      )
      .map((x) => [x.step.id, { start: x.start, end: x.end, oneOff: x.oneOffCost?.value ?? 0 }]),
  );
}

function fromTrace(path: PathId) {
  const trace = traceIteration(s, 7, 3)[path];
  return Object.fromEntries(
    trace.steps.map((x) => [x.id, { start: x.start, end: x.end, oneOff: x.oneOffCost }]),
  );
}

describe('scheduleOf agrees with the engine when nothing is uncertain', () => {
  it.each(['pilot', 'reference'] as const)('has the start and end of every step on the %s path', (path) => {
    expect(fromSchedule(path)).toEqual(fromTrace(path));
  });

  it('covers ends, after chains, offsets, the age limit and the horizon', () => {
    const p = fromSchedule('pilot');
    expect(p.a).toEqual({ start: 0, end: 6, oneOff: 0 }); // ended by OTS at month 6
    expect(p.d).toEqual({ start: 8, end: 8, oneOff: 0 }); // starts after OTS began: no one-off
    expect(p.b).toEqual({ start: 2, end: 9, oneOff: 0 }); // ended by Follow (6 + 3)
    expect(p.youth).toEqual({ start: 4, end: 12, oneOff: 50 }); // the child turns 18 in month 12
    expect(p['late-youth']).toEqual({ start: 14, end: 14, oneOff: 0 }); // after the age limit
    expect(p.guardian).toEqual({ start: 8, end: 11, oneOff: 0 }); // runs with the event
    expect(p.fixed).toEqual({ start: 7, end: 9, oneOff: 0 }); // ended by Follow
    expect(p.x).toEqual({ start: 9, end: 24, oneOff: 0 }); // to the horizon
    expect(p.e).toEqual({ start: 0, end: 5, oneOff: 0 }); // Far begins after the horizon
    const r = fromSchedule('reference');
    expect(r.a).toEqual({ start: 1, end: 7, oneOff: 0 });
    expect(r.c2).toEqual({ start: 8, end: 8, oneOff: 0 }); // starts after E3 (2 + 2 + 3) ended it
    expect(r.br).toEqual({ start: 5, end: 7, oneOff: 30 });
    expect(r['br-cons']).toEqual({ start: 8, end: 11, oneOff: 0 });
    expect(r.c3).toBeUndefined(); // 27: beyond the horizon, the engine drops it
  });

  it('keeps an uncertain event’s stop as one that may happen, without cutting the bar', () => {
    const c = scheduleOf(s, 'pilot').steps.find((x) => x.step.id === 'c')!;
    expect([c.start, c.end]).toEqual([3, 15]);
    expect(c.stops).toEqual([{ eventId: 'maybe', month: 5, certain: false }]);
    const a = scheduleOf(s, 'pilot').steps.find((x) => x.step.id === 'a')!;
    expect(a.stops).toEqual([{ eventId: 'ots', month: 6, certain: true }]);
  });
});
