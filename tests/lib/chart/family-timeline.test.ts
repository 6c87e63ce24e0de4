import { describe, expect, it } from 'vitest';
import { timelineGeometry, timelineTables, TIMELINE_ROW } from '../../../src/lib/chart/family-timeline';
import { localText } from '../../../src/lib/model/local-text';
import { traceIteration } from '../../../src/lib/sim/trace-iteration';
import { scenario, step } from '../../helpers/scenario';

const s = scenario(
  {
    pilot: { steps: [step('coach', { start: 2, duration: 4, monthlyCost: 100, oneOffCost: 50 })] },
    reference: {
      steps: [step('home', { start: 0, duration: 24, monthlyCost: 10 })],
      events: [
        {
          id: 'ots',
          label: { en: 'Supervision order', nl: 'OTS' },
          kind: 'ots',
          probability: 1,
          onset: 5,
          duration: 3,
          ends: ['home'],
          consequences: [step('guardian', { monthlyCost: 1000, payer: 'justice' })],
        },
      ],
    },
  },
  { settings: { horizonMonths: 12, shortTermMonths: 6 } },
);

describe('timelineGeometry', () => {
  const trace = traceIteration(s, 1, 0);

  it('lists each path’s heading, steps by start and events, one row each', () => {
    const g = timelineGeometry(trace, 800);
    expect(g.rows.map((r) => [r.kind, r.path, 'id' in r ? r.id : ''])).toEqual([
      ['path', 'pilot', ''],
      ['step', 'pilot', 'coach'],
      ['path', 'reference', ''],
      ['step', 'reference', 'home'],
      ['step', 'reference', 'guardian'],
      ['event', 'reference', 'ots'],
    ]);
    expect(g.rows[1]!.y - g.rows[0]!.y).toBe(TIMELINE_ROW);
  });

  it('places bars and marks on the month axis (label column = half the width)', () => {
    const g = timelineGeometry(trace, 824);
    // axis 412..800 for 12 months: 32.33 px a month
    expect(g.axisLeft).toBe(412);
    const coach = g.rows[1]!;
    if (coach.kind !== 'step') throw new Error('not a step');
    expect(coach.bar).toEqual({ x: 476.7, width: 129.3 });
    expect(coach.oneOffX).toBe(476.7);
    const ots = g.rows[5]!;
    if (ots.kind !== 'event') throw new Error('not an event');
    expect([ots.onsetX, ots.stateWidth]).toEqual([573.7, 97]);
    expect(g.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10, 12]);
  });

  it('gives a table with months from 1, costs and event kinds', () => {
    const [t] = timelineTables(trace, (x) => localText(x, 'en'));
    expect(t!.rows).toEqual([
      ['pilot', 'coach', 'coach', null, 3, 6, 100, 50, 450],
      ['reference', 'home', 'home', null, 1, 5, 10, 0, 50],
      ['reference', 'guardian', 'guardian', null, 6, 8, 1000, 0, 3000],
      ['reference', 'ots', 'Supervision order', 'ots', 6, 8, null, null, null],
    ]);
  });
});
