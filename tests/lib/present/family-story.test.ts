import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/lib/i18n/messages';
import { familyStory } from '../../../src/lib/present/family-story';
import { traceIteration, type PathTrace, type TracedStep } from '../../../src/lib/sim/trace-iteration';
import { scenario, step } from '../../helpers/scenario';

const en = CATALOGUES.en;
const nl = CATALOGUES.nl;

/** Everything certain and in plain months, so every simulated family lives the same story. */
const s = scenario(
  {
    pilot: {
      steps: [
        step('help', { label: 'Home help (weekly)', duration: 18, monthlyCost: 100 }),
        step('check', { label: { en: 'Check', nl: 'Controle' }, start: 3, duration: 0, oneOffCost: 400 }),
      ],
      events: [
        {
          id: 'ots',
          label: { en: 'An OTS starts', nl: 'Er komt een OTS' },
          kind: 'ots',
          probability: 1,
          onset: 8,
          consequences: [
            step('foster', {
              label: { en: 'The children go to a foster family', nl: 'De kinderen gaan naar een pleeggezin' },
              start: 5,
              duration: 12,
              monthlyCost: 1000,
            }),
          ],
        },
      ],
    },
    reference: {
      branches: [
        {
          id: 'always',
          label: 'Regular path (as usual)',
          probability: 1,
          steps: [step('usual', { label: 'Usual care', start: 50, duration: 24, monthlyCost: 10 })],
        },
      ],
    },
  },
  { settings: { horizonMonths: 60, shortTermMonths: 12, iterations: 10, seed: 3 } },
);

describe('familyStory, from a replayed family', () => {
  const trace = traceIteration(s, 3, 0);

  it('tells what happened in month order, months counted from 1, with the family’s total', () => {
    const story = familyStory(trace.pilot, trace.horizon, 'en', en);
    expect(story.lines.map((l) => l.text)).toEqual([
      'Months 1 to 18: Home help.',
      'Month 4: Check.',
      'Month 9: An OTS starts.',
      'Months 14 to 25: The children go to a foster family.',
    ]);
    expect(story.lines.map((l) => l.kind)).toEqual(['step', 'step', 'event', 'step']);
    expect(story.total).toBe(trace.pilot.totals.horizon);
    expect(story.total).toBe(18 * 100 + 400 + 12 * 1000);
  });

  it('speaks Dutch in Dutch', () => {
    const story = familyStory(trace.pilot, trace.horizon, 'nl', nl);
    expect(story.lines.map((l) => l.text)).toEqual([
      'Maand 1 tot en met 18: Home help.',
      'Maand 4: Controle.',
      'Maand 9: Er komt een OTS.',
      'Maand 14 tot en met 25: De kinderen gaan naar een pleeggezin.',
    ]);
  });

  it('says which future the family took, and stops at the horizon', () => {
    const story = familyStory(trace.reference, trace.horizon, 'en', en);
    expect(story.lines.map((l) => l.text)).toEqual([
      'This family: Regular path.',
      'Months 51 to 60: Usual care.',
    ]);
    expect(story.total).toBe(10 * 10);
  });
});

const traced = (
  id: string,
  start: number,
  end: number,
  cost: number,
  origin: TracedStep['origin'] = 'path',
) =>
  ({
    id,
    label: id,
    origin,
    eventId: origin === 'consequence' ? 'e1' : null,
    start,
    end,
    monthlyCost: 0,
    oneOffCost: 0,
    cost,
    costUndiscounted: cost,
    payers: [],
  }) satisfies TracedStep;

const path = (over: Partial<PathTrace>): PathTrace => ({
  path: 'pilot',
  branchId: null,
  branchLabel: null,
  steps: [],
  events: [],
  totals: { horizon: 123, shortTerm: 0, horizonUndiscounted: 0, shortTermUndiscounted: 0 },
  payerTotals: [],
  ...over,
});

describe('familyStory, choosing what to tell', () => {
  const many = path({
    events: [
      { id: 'e2', kind: 'other', label: 'e2', onset: 30, stateEnd: 60 },
      { id: 'e1', kind: 'ots', label: 'e1', onset: 10, stateEnd: 60 },
    ],
    steps: [
      traced('cheap', 0, 5, 10),
      traced('dear', 20, 30, 5000),
      traced('middle', 2, 4, 900),
      traced('after', 10, 20, 99_999, 'consequence'),
      traced('late', 70, 80, 50_000),
    ],
  });

  it('tells everything that happened within the horizon when the page has room for it', () => {
    const story = familyStory(many, 60, 'en', en);
    expect(story.lines.map((l) => l.text)).toEqual([
      'Months 1 to 5: cheap.',
      'Months 3 to 4: middle.',
      'Month 11: e1.',
      'Months 11 to 20: after.',
      'Months 21 to 30: dear.',
      'Month 31: e2.',
    ]);
  });

  it('tells every event and the costliest help first, then counts the rest', () => {
    const story = familyStory(many, 60, 'en', en, 4);
    expect(story.lines.map((l) => l.text)).toEqual([
      'Months 3 to 4: middle.',
      'Month 11: e1.',
      'Months 21 to 30: dear.',
      'Month 31: e2.',
      'And 2 other things.',
    ]);
  });

  it('keeps to the number of sentences asked for, the future taken included', () => {
    const story = familyStory({ ...many, branchLabel: 'B' }, 60, 'en', en, 3);
    expect(story.lines.map((l) => l.text)).toEqual([
      'This family: B.',
      'Month 11: e1.',
      'Month 31: e2.',
      'And 4 other things.', // the four steps within the horizon ("late" starts after it)
    ]);
  });

  it('says so when nothing happens', () => {
    expect(familyStory(path({}), 60, 'en', en).lines).toEqual([
      { kind: 'nothing', text: 'No help, and nothing happens.' },
    ]);
  });
});
