import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/lib/model/scenario';
import { timelineLayout, type TimelineLayout } from '../../../src/lib/timeline/timeline-layout';
import type { LaneMode } from '../../../src/lib/timeline/timeline-lanes';
import type { Scenario } from '../../../src/lib/model/scenario';
import { scenario, step } from '../../helpers/scenario';

/**
 * At 1432 px the lane labels take 200 px and the plot runs from x = 216 to 1416: 20 px a month
 * over 60 months, 50 px a month over 24. Lanes start below a 22 px strip; each row is 26 px, a
 * lane has 4 px padding above and below, bars are 22 px tall and centred in their row.
 */
const WIDTH = 1432;
const names = { events: 'Events', family: 'Whole family', afterHorizon: 'after the horizon' };
const layout = (
  s: Scenario,
  path: 'pilot' | 'reference' = 'pilot',
  mode: LaneMode = 'members',
  width = WIDTH,
) => timelineLayout({ scenario: s, path, mode, width, lang: 'en', names });
const bar = (l: TimelineLayout, key: string) => {
  const b = l.bars.find((x) => x.key === key);
  if (!b) throw new Error(`no bar ${key}: ${l.bars.map((x) => x.key).join(', ')}`);
  return { x1: b.x1, x2: b.x2, y: b.y, row: b.row, text: b.text };
};
const lanes = (l: TimelineLayout) => l.lanes.map((x) => [x.id, x.text, x.y, x.height]);

const members = [
  { id: 'mother', label: { en: 'Mother', nl: 'Moeder' }, role: 'parent' as const },
  { id: 'child', label: { en: 'Child', nl: 'Kind' }, role: 'child' as const },
  { id: 'father', label: { en: 'Father', nl: 'Vader' }, role: 'parent' as const },
];

describe('timelineLayout, lanes per family member', () => {
  const s = scenario(
    {
      pilot: {
        steps: [
          step('home-help', {
            label: 'Home help',
            members: ['mother'],
            start: 2,
            duration: 6,
            monthlyCost: 1200,
          }),
          step('intake', { label: 'Intake', members: ['mother', 'child'], oneOffCost: 500 }),
          step('coach', { label: 'Coach', start: 10, duration: 4, monthlyCost: 300 }),
        ],
      },
    },
    { members },
  );
  const l = layout(s);

  it('has a "whole family" lane for steps that name no one, then one lane per member', () => {
    expect(lanes(l)).toEqual([
      ['family', 'Whole family', 22, 34],
      ['member:mother', 'Mother', 56, 60],
      ['member:child', 'Child', 116, 34],
      ['member:father', 'Father', 150, 34],
    ]);
    expect([l.plotLeft, l.plotRight, l.axisY, l.height]).toEqual([216, 1416, 184, 228]);
  });

  it('puts a step that targets two members in both lanes, and overlapping items in rows', () => {
    expect(bar(l, 'step:coach@family')).toEqual({ x1: 416, x2: 496, y: 28, row: 0, text: 'Coach' });
    expect(bar(l, 'step:intake@member:mother')).toEqual({ x1: 216, x2: 216, y: 62, row: 0, text: 'Intake' });
    // The intake's label reaches to x = 280, so home help (from x = 256) goes to the next row.
    expect(bar(l, 'step:home-help@member:mother')).toEqual({
      x1: 256,
      x2: 376,
      y: 88,
      row: 1,
      text: 'Home help',
    });
    expect(bar(l, 'step:intake@member:child')).toEqual({ x1: 216, x2: 216, y: 122, row: 0, text: 'Intake' });
    expect(l.bars).toHaveLength(4);
  });

  it('puts a step for every member in the whole family’s lane, once', () => {
    const all = scenario(
      { pilot: { steps: [step('all', { members: ['mother', 'child', 'father'], oneOffCost: 1 })] } },
      { members },
    );
    expect(layout(all).bars.map((b) => b.key)).toEqual(['step:all@family']);
  });

  it('gives both paths the same lanes, so they line up', () => {
    const reference = layout(s, 'reference');
    expect(reference.bars).toEqual([]);
    expect(reference.lanes.map((x) => x.id)).toEqual(l.lanes.map((x) => x.id));
  });

  it('tells a one-off from a running step', () => {
    const intake = l.bars.find((b) => b.stepId === 'intake')!.item;
    const help = l.bars.find((b) => b.stepId === 'home-help')!.item;
    expect([intake.oneOff, intake.start, intake.end]).toEqual([true, 0, 0]);
    expect([help.oneOff, help.start, help.end, help.monthlyCost?.value]).toEqual([false, 2, 8, 1200]);
  });

  it('truncates long labels to the bar, keeping the full label', () => {
    const long = 'Intensive home treatment for the mother, online, that did not get off the ground';
    const l2 = layout(
      scenario({ pilot: { steps: [step('ibt', { label: long, duration: 3, monthlyCost: 1 })] } }),
    );
    const b = l2.bars[0]!;
    // 3 months = 60 px: 12 characters at least, the last one an ellipsis.
    expect(b.text).toBe('Intensive h…');
    expect(b.label).toBe(long);
  });
});

describe('timelineLayout, lanes per payer', () => {
  const s = scenario({
    pilot: {
      steps: [
        step('a', { payer: 'municipality-youth', duration: 2, monthlyCost: 10 }),
        step('b', {
          payer: [
            { payer: 'justice', share: 0.5 },
            { payer: 'municipality-wmo', share: 0.5 },
          ],
          oneOffCost: 100,
        }),
      ],
    },
    reference: { steps: [step('c', { payer: 'health-insurer', duration: 2, monthlyCost: 10 })] },
  });

  it('has a lane for every payer that pays on either path, in the scenario order', () => {
    expect(lanes(layout(s, 'pilot', 'payers'))).toEqual([
      ['payer:municipality-youth', 'Municipality (Youth…', 22, 34],
      ['payer:municipality-wmo', 'Municipality (Social…', 56, 34],
      ['payer:health-insurer', 'Health insurer (Heal…', 90, 34],
      ['payer:justice', 'Justice', 124, 34],
    ]);
  });

  it('puts a step with payer shares in the lane of each payer', () => {
    const l = layout(s, 'pilot', 'payers');
    expect(l.bars.map((b) => b.key)).toEqual([
      'step:a@payer:municipality-youth',
      'step:b@payer:justice',
      'step:b@payer:municipality-wmo',
    ]);
    expect(bar(l, 'step:b@payer:justice')).toMatchObject({ x1: 216, y: 130 });
    expect(layout(s, 'reference', 'payers').bars.map((b) => b.key)).toEqual(['step:c@payer:health-insurer']);
  });

  it('keeps an unknown payer of a draft in a lane of its own, named by its id', () => {
    const draft = scenarioSchema.parse({
      schemaVersion: 1,
      id: 'd',
      name: 'd',
      paths: { pilot: { steps: [step('x', { payer: 'ghost', oneOffCost: 1 })] }, reference: {} },
    });
    expect(lanes(layout(draft, 'pilot', 'payers'))).toEqual([['payer:ghost', 'ghost', 22, 34]]);
  });
});

describe('timelineLayout, events and consequences', () => {
  /** Over 24 months: 50 px a month, x = 216 + 50 * month. */
  const s = scenario(
    {
      pilot: {
        events: [
          {
            id: 'ots',
            label: 'OTS',
            probability: 0.6,
            onset: 5,
            duration: 6,
            consequences: [
              step('guardian', { label: 'Guardian', start: 1, monthlyCost: 900 }),
              step('inquiry', { label: 'Inquiry', duration: 0, oneOffCost: 3000 }),
            ],
          },
          {
            id: 'uhp',
            label: 'UHP',
            probability: 0.5,
            after: 'ots',
            onset: 3,
            consequences: [step('foster', { label: 'Foster', monthlyCost: 1500 })],
          },
          {
            id: 'late',
            label: 'Late',
            probability: 1,
            after: 'uhp',
            onset: { dist: 'pert', min: 1, mode: 2, max: 3 },
          },
        ],
      },
    },
    { settings: { horizonMonths: 24, shortTermMonths: 12 } },
  );
  const l = layout(s);

  it('counts an onset with `after` from that event’s onset, along the chain', () => {
    expect(l.markers.map((m) => [m.eventId, m.item.onset, m.x, m.y, m.row])).toEqual([
      ['ots', 5, 466, 39, 0],
      ['uhp', 8, 616, 39, 0],
      // PERT(1, 2, 3) has mean 2; its whisker (9 in 10 onsets) pushes it to a row of its own.
      ['late', 10, 716, 65, 1],
    ]);
    const w = l.markers[2]!.whisker!;
    expect(w.x1).toBeCloseTo(216 + 50 * 9.38, 0);
    expect(w.x2).toBeCloseTo(216 + 50 * 10.62, 0);
    expect(l.markers[0]!.item.probability.value).toBe(0.6);
  });

  it('starts a consequence at its event’s onset plus its own start, and runs it as long as the event', () => {
    expect(lanes(l)).toEqual([
      ['events', 'Events', 22, 60],
      ['family', 'Whole family', 82, 60],
    ]);
    expect(bar(l, 'step:inquiry@family')).toEqual({ x1: 466, x2: 466, y: 88, row: 0, text: '↳ Inquiry' });
    // Onset 5 + start 1 = month 6, to the end of the event's 6 months (month 11).
    expect(bar(l, 'step:guardian@family')).toEqual({ x1: 516, x2: 766, y: 114, row: 1, text: '↳ Guardian' });
    // UHP has no duration: its state, and the foster care, last to the horizon.
    expect(bar(l, 'step:foster@family')).toEqual({ x1: 616, x2: 1416, y: 88, row: 0, text: '↳ Foster' });
    expect(l.bars.find((b) => b.stepId === 'guardian')!.item.runsWithEvent).toBe(true);
  });

  it('links every consequence to its event’s marker', () => {
    expect(l.links.map((k) => [k.eventId, k.barKey, k.x1, k.y1, k.x2, k.y2])).toEqual([
      ['ots', 'step:guardian@family', 466, 51, 516, 114],
      ['ots', 'step:inquiry@family', 466, 51, 466, 88],
      ['uhp', 'step:foster@family', 616, 51, 616, 88],
    ]);
  });

  it('counts an `after` that names no event (a draft) from month 0, and says so', () => {
    const draft = scenarioSchema.parse({
      ...s,
      paths: {
        ...s.paths,
        pilot: { events: [{ id: 'x', label: 'X', probability: 1, after: 'gone', onset: 4 }] },
      },
    });
    const m = layout(draft).markers[0]!;
    expect([m.item.onset, m.item.afterMissing, m.x]).toEqual([4, true, 416]);
  });
});

describe('timelineLayout, the horizon', () => {
  const s = scenario(
    {
      pilot: {
        steps: [
          step('long', { label: 'Long', start: 20, duration: 10, monthlyCost: 1 }),
          step('later', { label: 'Later', start: 30, duration: 2, monthlyCost: 1 }),
        ],
        events: [
          {
            id: 'far',
            label: 'Far',
            probability: 1,
            onset: 30,
            consequences: [step('after-far', { duration: 2, monthlyCost: 1 })],
          },
        ],
      },
    },
    { settings: { horizonMonths: 24, shortTermMonths: 6 } },
  );
  const l = layout(s);

  it('cuts a step at the horizon', () => {
    const b = l.bars.find((x) => x.stepId === 'long')!;
    expect([b.x1, b.x2, b.item.end, b.item.clipped]).toEqual([1216, 1416, 24, true]);
  });

  it('draws what starts after the horizon as a point on it, marked as such', () => {
    const later = l.bars.find((x) => x.stepId === 'later')!;
    expect([later.x1, later.x2, later.item.beyondHorizon]).toEqual([1416, 1416, true]);
    const far = l.markers[0]!;
    expect([far.x, far.item.beyondHorizon]).toEqual([1416, true]);
    const after = l.bars.find((x) => x.stepId === 'after-far')!;
    expect([after.x1, after.item.start, after.item.beyondHorizon]).toEqual([1416, 30, true]);
  });

  it('draws a draft whose horizon is 0 as one month, without a NaN', () => {
    const draft = scenarioSchema.parse({ ...s, settings: { ...s.settings, horizonMonths: 0 } });
    const l0 = layout(draft);
    expect(l0.horizon).toEqual({ month: 1, x: 1416 });
    const numbers: number[] = [];
    JSON.stringify(
      {
        bars: l0.bars.map(({ item: _, ...b }) => b),
        markers: l0.markers.map(({ item: _, ...m }) => m),
        ticks: l0.ticks,
      },
      (_k, v: unknown) => {
        if (typeof v === 'number') numbers.push(v);
        return v;
      },
    );
    expect(numbers.length).toBeGreaterThan(10);
    expect(numbers.filter((v) => !Number.isFinite(v))).toEqual([]);
  });

  it('marks the horizon and the short-term cut-off', () => {
    expect(l.horizon).toEqual({ month: 24, x: 1416 });
    expect(l.shortTerm).toEqual({ month: 6, x: 516 });
  });
});

describe('timelineLayout, ticks', () => {
  it('labels every 3 months at 20 px a month, and marks the years', () => {
    const l = layout(scenario({}));
    expect(l.ticks.map((t) => t.month)).toEqual([
      0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42, 45, 48, 51, 54, 57, 60,
    ]);
    expect(l.ticks.filter((t) => t.year !== null).map((t) => [t.month, t.year, t.x])).toEqual([
      [12, 1, 456],
      [24, 2, 696],
      [36, 3, 936],
      [48, 4, 1176],
      [60, 5, 1416],
    ]);
    expect(l.shortTerm).toEqual({ month: 12, x: 456 });
  });

  it('labels only years on a narrow timeline', () => {
    // 400 px: labels 100 px, plot from 116 to 384, 4.47 px a month.
    const l = layout(scenario({}), 'pilot', 'members', 400);
    expect(l.ticks.map((t) => [t.month, t.x])).toEqual([
      [0, 116],
      [12, 169.6],
      [24, 223.2],
      [36, 276.8],
      [48, 330.4],
      [60, 384],
    ]);
  });
});

describe('timelineLayout, uncertain months', () => {
  const s = scenario(
    {
      pilot: {
        steps: [
          step('f', {
            label: 'F',
            start: { formula: 'a + 1' },
            duration: { dist: 'pert', min: 2, mode: 4, max: 6 },
            monthlyCost: 1,
          }),
          step('g', { label: 'G', start: { dist: 'uniform', min: 2, max: 5 }, duration: 1, monthlyCost: 1 }),
        ],
      },
    },
    { parameters: [{ id: 'a', value: { dist: 'uniform', min: 2, max: 6 } }] },
  );
  const l = layout(s);

  it('draws a formula at its parameters’ means and a distribution at its mean, in whole months', () => {
    const f = l.bars.find((b) => b.stepId === 'f')!;
    // a has mean 4: start 5; PERT(2, 4, 6) has mean 4.
    expect([f.item.start, f.item.end, f.x1, f.x2]).toEqual([5, 9, 316, 396]);
    // uniform(2, 5): mean 3.5, month 3.
    expect(l.bars.find((b) => b.stepId === 'g')!.item.start).toBe(3);
  });

  it('shows where 9 in 10 starts fall: for a formula of one uncertain parameter, at its percentiles', () => {
    const f = l.bars.find((b) => b.stepId === 'f')!;
    expect(f.item.startSpread).toEqual([3.2, 6.8].map((v) => expect.closeTo(v, 9)));
    expect([f.whisker!.x1, f.whisker!.x2, f.whisker!.y]).toEqual([280, 352, f.y + 23]);
  });

  it('draws a formula it cannot evaluate at 0 and says so', () => {
    const draft = scenarioSchema.parse({
      ...s,
      paths: {
        ...s.paths,
        pilot: { steps: [step('u', { start: { formula: 'unknown * 2' }, duration: 2, monthlyCost: 1 })] },
      },
    });
    const u = layout(draft).bars[0]!;
    expect([u.item.start, u.item.startKnown, u.x1]).toEqual([0, false, 216]);
  });

  it('stops a Youth Act step for a child at 18', () => {
    const teen = scenario(
      { pilot: { steps: [step('y', { members: ['teen'], duration: 24, monthlyCost: 1 })] } },
      { members: [{ id: 'teen', label: 'Teen', role: 'child', ageAtStart: 17 }] },
    );
    const y = layout(teen).bars[0]!;
    expect([y.item.end, y.item.ageLimited, y.x2]).toEqual([12, true, 456]);
  });

  it('treats a step with a monthly cost but no duration as a one-off, as the simulation does', () => {
    const warned = scenario({ pilot: { steps: [step('m', { start: 3, monthlyCost: 100 })] } });
    const m = layout(warned).bars[0]!;
    expect([m.item.oneOff, m.x1, m.x2]).toEqual([true, 276, 276]);
  });
});

describe('timelineLayout, events that stop steps (`ends`)', () => {
  // 24 months: 50 px a month from x = 216.
  const s = scenario(
    {
      pilot: {
        steps: [
          step('sure', { label: 'Sure', start: 0, duration: 12, monthlyCost: 1 }),
          step('maybe', { label: 'Maybe', start: 2, duration: 12, monthlyCost: 1 }),
        ],
        events: [
          { id: 'ots', label: 'OTS', probability: 1, onset: 6, ends: ['sure'] },
          { id: 'risk', label: 'Risk', probability: 0.4, onset: 6, ends: ['maybe'] },
        ],
      },
    },
    { settings: { horizonMonths: 24, shortTermMonths: 12 } },
  );
  const l = layout(s);

  it('cuts a step at the onset of a certain event, with a cap and a link from its marker', () => {
    const b = l.bars.find((x) => x.stepId === 'sure')!;
    expect([b.x1, b.x2, b.cutX, b.mayStopX, b.item.end]).toEqual([216, 516, 516, null, 6]);
    const link = l.links.find((k) => k.barKey === b.key)!;
    expect([link.kind, link.eventId, link.x1, link.x2]).toEqual(['stop', 'ots', 516, 516]);
  });

  it('keeps the bar of a step an uncertain event may stop, marking where it may stop', () => {
    const b = l.bars.find((x) => x.stepId === 'maybe')!;
    expect([b.x1, b.x2, b.cutX, b.mayStopX, b.item.end]).toEqual([316, 916, null, 516, 14]);
    const link = l.links.find((k) => k.barKey === b.key)!;
    expect([link.kind, link.eventId, link.x2]).toEqual(['stop', 'risk', 516]);
  });
});

describe('timelineLayout, items after the horizon and cues that are not colour', () => {
  const s = scenario(
    {
      pilot: {
        steps: [
          step('later', { label: 'Later', start: 30, duration: 2, monthlyCost: 1 }),
          step('perhaps', { label: 'Perhaps', start: 0, duration: 6, monthlyCost: 1, probability: 0.6 }),
        ],
        events: [
          {
            id: 'ots',
            label: 'OTS',
            probability: 1,
            onset: 2,
            consequences: [step('guardian', { label: 'Guardian', duration: 4, monthlyCost: 1 })],
          },
          { id: 'far', label: 'Far', probability: 1, onset: 40 },
        ],
      },
    },
    { settings: { horizonMonths: 24, shortTermMonths: 12 } },
  );
  const l = layout(s);

  it('labels an item after the horizon leftwards from the horizon line, with an arrow and the words', () => {
    const b = l.bars.find((x) => x.stepId === 'later')!;
    expect([b.x1, b.anchor, b.text, b.textX]).toEqual([1416, 'end', 'Later → after the horizon', 1400]);
    const m = l.markers.find((x) => x.eventId === 'far')!;
    expect([m.x, m.anchor, m.text]).toEqual([1416, 'end', 'Far → after the horizon']);
  });

  it('keeps the arrow when there is no room for the words', () => {
    const narrow = timelineLayout({
      scenario: s,
      path: 'pilot',
      mode: 'members',
      width: 320,
      lang: 'en',
      names,
    });
    const b = narrow.bars.find((x) => x.stepId === 'later')!;
    expect(b.text.endsWith(' →')).toBe(true);
    expect(b.text).not.toContain('after the horizon');
  });

  it('puts "↳" before a consequence and shows a probability below 100 %', () => {
    const g = l.bars.find((x) => x.stepId === 'guardian')!;
    expect([g.text, g.showProbability]).toEqual(['↳ Guardian', false]);
    const p = l.bars.find((x) => x.stepId === 'perhaps')!;
    expect([p.text, p.showProbability]).toEqual(['Perhaps', true]);
  });
});
