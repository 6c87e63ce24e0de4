import { describe, expect, it } from 'vitest';
import { presentTimeline, yearTicks, type PresentTimeline } from '../../../src/lib/present/present-timeline';
import type { PathId } from '../../../src/lib/model/path';
import { scenario, step } from '../../helpers/scenario';

/**
 * Over 60 months and 100 characters across the plot, a month is 1/60 of the plot (5/3 of a
 * character): month 12 is at 0.2 (character 20), month 30 at 0.5 (character 50).
 */
const s = scenario(
  {
    pilot: {
      steps: [
        step('home', { label: 'Home help (weekly)', members: ['mother'], duration: 30, monthlyCost: 100 }),
        step('check', { label: 'Check', members: ['child'], start: 12, duration: 0, oneOffCost: 500 }),
        step('short', {
          label: 'Short course for the parents',
          members: ['mother'],
          start: 36,
          duration: 3,
          monthlyCost: 100,
          probability: 0.5,
        }),
      ],
      events: [
        {
          id: 'ots',
          label: 'OTS',
          kind: 'ots',
          probability: 0.35,
          onset: 12,
          consequences: [
            step('foster', { label: 'Foster family', members: ['child'], duration: 12, monthlyCost: 1000 }),
          ],
        },
      ],
    },
    reference: {
      steps: [step('care', { members: ['mother', 'child'], duration: 60, monthlyCost: 50 })],
      branches: [
        {
          id: 'later',
          label: 'Later',
          probability: 0.5,
          steps: [
            step('trauma', {
              label: 'Trauma care',
              members: ['child'],
              start: 24,
              duration: 6,
              monthlyCost: 300,
              probability: 0.5,
            }),
          ],
        },
        { id: 'never', label: 'Never', probability: 0.5 },
      ],
    },
  },
  {
    members: [
      { id: 'mother', label: 'Mother', role: 'parent' },
      { id: 'child', label: { en: 'Child (aged 4)', nl: 'Kind (4 jaar)' }, role: 'child' },
    ],
    settings: { horizonMonths: 60, shortTermMonths: 12 },
  },
);

const chance = (p: number, form: 'long' | 'short') =>
  form === 'long' ? `${Math.round(p * 100)} of 100 families` : `${Math.round(p * 100)} of 100`;
const names = { events: 'May happen', family: 'Whole family', children: 'the children', and: ' and ' };
/**
 * A fake type: every character 10 px wide, 20 px type. Spacing (PRESENT_SPACING) is then: 12 px of
 * padding in a bar, text 6 px beside a bar and 14 px from a marker's centre, 4 px of padding
 * around text beside, markers 20 px wide, 8 px between items in a row. On a plot 1000 px wide over
 * 60 months, month m is at m * 1000 / 60 px (month 12 at 200 px, month 30 at 500 px).
 */
const measure = (text: string) => [...text].length * 10;
const layout = (path: PathId, plotWidth = 1000, lang: 'en' | 'nl' = 'en'): PresentTimeline =>
  presentTimeline({ scenario: s, path, lang, names, plotWidth, em: 20, measure, chance });
const item = (l: PresentTimeline, key: string) => {
  const it = l.items.find((x) => x.key === key);
  if (!it) throw new Error(`no ${key}: ${l.items.map((x) => x.key).join(', ')}`);
  return { kind: it.kind, row: it.row, start: it.start, end: it.end, text: it.text, side: it.textSide };
};

describe('presentTimeline', () => {
  const pilot = layout('pilot');

  it('has the events lane on top, then the same member lanes on both paths (short names)', () => {
    expect(pilot.lanes.map((l) => [l.id, l.label, l.firstRow, l.rows])).toEqual([
      ['events', 'May happen', 0, 1],
      ['family', 'Whole family', 1, 1],
      ['member:mother', 'Mother', 2, 2],
      ['member:child', 'Child', 4, 2],
    ]);
    expect(pilot.rows).toBe(6);
    expect(pilot.grouping).toBe('member');
    expect(pilot.folded).toBe(false);
    // No events on the reference path: no events lane; the member lanes are the same.
    expect(layout('reference').lanes.map((l) => l.id)).toEqual(['family', 'member:mother', 'member:child']);
    expect(layout('pilot', 1000, 'nl').lanes[3]!.label).toBe('Kind');
  });

  it('puts a risk event on a marker with how many of 100 families it strikes, whole, to its right', () => {
    expect(item(pilot, 'event:ots')).toEqual({
      kind: 'marker',
      row: 0,
      start: 0.2,
      end: 0.2,
      text: 'OTS · 35 of 100 families',
      side: 'right',
    });
  });

  it('draws steps as bars at their months, with the label inside when it fits whole', () => {
    expect(item(pilot, 'step:home@member:mother')).toEqual({
      kind: 'bar',
      row: 2,
      start: 0,
      end: 0.5,
      text: 'Home help',
      side: 'inside',
    });
    // A consequence of the event: from its onset, with an arrow in front.
    expect(item(pilot, 'step:foster@member:child')).toMatchObject({
      kind: 'bar',
      start: 0.2,
      end: 0.4,
      text: '↳ Foster family',
      side: 'inside',
    });
  });

  it('puts the whole text of a short bar beside it, on the left when the right has too little room', () => {
    // Months 36 to 39 are 600 to 650 px: 38 px inside. The text takes 500 px (490 with the short
    // form): 340 px are free on the right, 590 on the left.
    expect(item(pilot, 'step:short@member:mother')).toEqual({
      kind: 'bar',
      row: 3,
      start: 0.6,
      end: 0.65,
      text: 'Short course for the parents · 50 of 100 families',
      side: 'left',
    });
  });

  it('draws a one-off as a point and gives items that would overlap rows of their own', () => {
    expect(item(pilot, 'step:check@member:child')).toMatchObject({ kind: 'point', row: 4, start: 0.2 });
    expect(item(pilot, 'step:foster@member:child').row).toBe(5);
  });

  it('multiplies a step’s probability by its branch’s, and puts a step for everyone in the family lane', () => {
    const ref = layout('reference');
    expect(ref.items.find((x) => x.itemId === 'trauma')!.probability).toBe(0.25);
    expect(item(ref, 'step:care@family')).toMatchObject({ start: 0, end: 1, text: 'care' });
    expect(ref.stepCount).toBe(2);
    expect(ref.eventCount).toBe(0);
  });

  it('cuts a label only where nothing whole fits, before how often (in its short form)', () => {
    // 500 px across: the short bar is at 300 to 325 px, with 165 px free on the right and 290 on
    // the left; the text (400 px with the short form) does not fit whole on either side.
    const short = layout('pilot', 500).items.find((x) => x.itemId === 'short')!;
    expect([short.textSide, short.text]).toEqual(['left', 'Short course for… · 50 of 100']);
    // The marker's text still fits whole: 500 - 100 - 14 - 4 = 382 px for 240.
    expect(layout('pilot', 500).items.find((x) => x.key === 'event:ots')!.text).toBe(
      'OTS · 35 of 100 families',
    );
    // 400 px across (the least, 20 em): 230 px on the left would leave less than 14 characters
    // of the label before how often; then the text is cut as a whole.
    const narrow = layout('pilot', 400).items.find((x) => x.itemId === 'short')!;
    expect([narrow.textSide, narrow.text]).toEqual(['left', 'Short course for the p…']);
    expect(measure(narrow.text)).toBeLessThanOrEqual(230);
  });

  it('lists every step and event once for the table, with who it is for, in month order', () => {
    expect(pilot.listed.map((x) => [x.who, x.label, x.startMonth, x.endMonth, x.probability])).toEqual([
      ['Mother', 'Home help', 0, 30, null],
      ['May happen', 'OTS', 12, 12, 0.35],
      ['Child', 'Check', 12, 12, null],
      ['Child', '↳ Foster family', 12, 24, null],
      ['Mother', 'Short course for the parents', 36, 39, 0.5],
    ]);
  });
});

describe('presentTimeline when rows are scarce', () => {
  it('draws what follows a risk event with the event, and leaves lanes only that used', () => {
    // Per member the pilot needs 6 rows; in groups too (each step is for one member).
    const folded = presentTimeline({
      scenario: s,
      path: 'pilot',
      lang: 'en',
      names,
      plotWidth: 1000,
      em: 20,
      measure,
      chance,
      maxRows: 5,
    });
    expect(folded.folded).toBe(true);
    expect(item(folded, 'event:ots')).toEqual({
      kind: 'span',
      row: 0,
      start: 0.2,
      end: 0.4,
      text: 'OTS · 35 of 100 families ↳ Foster family',
      side: 'right',
    });
    expect(folded.items.some((x) => x.itemId === 'foster')).toBe(false);
    // The child's one-off check keeps its lane; the foster family is in the events lane now.
    expect(folded.lanes.map((l) => [l.id, l.rows])).toEqual([
      ['events', 1],
      ['family', 1],
      ['member:mother', 2],
      ['member:child', 1],
    ]);
    // The table still lists the foster family, for the child.
    expect(folded.listed.find((x) => x.key === 'step:foster')?.who).toBe('Child');
  });

  it('names as many of the steps that follow as fit whole, and "↳ …" for the rest', () => {
    const escalation = scenario(
      {
        pilot: {
          events: [
            {
              id: 'esc',
              label: 'Escalation',
              kind: 'other',
              probability: 0.6,
              onset: 0,
              consequences: [
                step('report', { label: 'Report', duration: 0, oneOffCost: 100 }),
                step('board', { label: 'Investigation by the board', duration: 6, monthlyCost: 100 }),
              ],
            },
          ],
        },
      },
      { settings: { horizonMonths: 60, shortTermMonths: 12 } },
    );
    // 400 px across: 382 px beside the marker at month 0, for 38 characters. The long form with
    // one name and "↳ …" would take 44; the short form 35.
    const l = presentTimeline({
      scenario: escalation,
      path: 'pilot',
      lang: 'en',
      names,
      plotWidth: 400,
      em: 20,
      measure,
      chance,
      maxRows: 1,
    });
    expect(item(l, 'event:esc')).toMatchObject({
      kind: 'span',
      end: 0.1,
      text: 'Escalation · 60 of 100 ↳ Report ↳ …',
      side: 'right',
    });
    expect(l.items.find((x) => x.key === 'event:esc')!.label).toBe(
      'Escalation ↳ Report ↳ Investigation by the board',
    );
  });

  it('keeps the most detailed drawing that fits', () => {
    const fits = presentTimeline({
      scenario: s,
      path: 'pilot',
      lang: 'en',
      names,
      plotWidth: 1000,
      em: 20,
      measure,
      chance,
      maxRows: 6,
    });
    expect([fits.grouping, fits.folded, fits.rows]).toEqual(['member', false, 6]);
  });
});

describe('presentTimeline on a small screen', () => {
  // Three children and a parent: a step for the parent and all children is drawn in four lanes.
  const family = [
    { id: 'mother', label: 'Mother', role: 'parent' as const },
    { id: 'a', label: 'Ann', role: 'child' as const },
    { id: 'b', label: 'Bo', role: 'child' as const },
    { id: 'c', label: 'Cas', role: 'child' as const },
    { id: 'dad', label: 'Dad', role: 'parent' as const },
  ];
  const kids = ['a', 'b', 'c'];
  const big = scenario(
    {
      pilot: {
        steps: [
          step('visit', { members: ['mother', ...kids], duration: 12, monthlyCost: 1 }),
          step('group', { members: kids, start: 12, duration: 12, monthlyCost: 1 }),
          step('therapy', { members: ['mother', ...kids], start: 6, duration: 12, monthlyCost: 1 }),
        ],
      },
      reference: { steps: [step('talks', { members: ['mother', 'dad'], duration: 3, monthlyCost: 1 })] },
    },
    { members: family, settings: { horizonMonths: 60, shortTermMonths: 12 } },
  );
  const at = (maxRows?: number, path: PathId = 'pilot') =>
    presentTimeline({
      scenario: big,
      path,
      lang: 'en',
      names,
      plotWidth: 1000,
      em: 20,
      measure,
      chance,
      maxRows,
    });

  it('draws one lane per member when the rows fit', () => {
    const l = at(20);
    expect(l.grouping).toBe('member');
    expect(l.lanes.map((x) => x.label)).toEqual(['Mother', 'Ann', 'Bo', 'Cas', 'Dad']);
    expect(l.items.filter((x) => x.itemId === 'visit')).toHaveLength(4);
    // A child has three: "group" starts where "visit" ends, and items keep a small gap.
    expect(l.rows).toBe(2 + 3 + 3 + 3 + 1);
  });

  it('draws a step for several members once, in a lane for them together, when they do not fit', () => {
    const l = at(6);
    expect(l.grouping).toBe('group');
    expect(l.lanes.map((x) => [x.label, x.rows])).toEqual([
      ['Mother and the children', 2],
      ['Mother and Dad', 1],
      ['The children', 1],
    ]);
    expect(l.items.filter((x) => x.itemId === 'visit')).toHaveLength(1);
    // Both paths are drawn alike, so they line up.
    expect(at(6, 'reference').lanes.map((x) => x.id)).toEqual(l.lanes.map((x) => x.id));
  });
});

describe('yearTicks', () => {
  it('labels years, as far apart as their labels need', () => {
    // A year is 200 px of 1000, or 60 of 300: labels 90 px wide fit every year, or every two.
    expect(yearTicks(60, 1000, 90)).toEqual(
      [0, 12, 24, 36, 48, 60].map((month) => ({ month, at: month / 60 })),
    );
    expect(yearTicks(60, 300, 90).map((t) => t.month)).toEqual([0, 24, 48]);
  });

  it('labels half years over a horizon of up to two years', () => {
    expect(yearTicks(18, 1000, 90).map((t) => t.month)).toEqual([0, 6, 12, 18]);
  });
});
