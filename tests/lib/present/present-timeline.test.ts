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
const layout = (path: PathId, plotChars = 100, lang: 'en' | 'nl' = 'en'): PresentTimeline =>
  presentTimeline({ scenario: s, path, lang, names, plotChars, chance });
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
      ['member:mother', 'Mother', 2, 1],
      ['member:child', 'Child', 3, 2],
    ]);
    expect(pilot.rows).toBe(5);
    // No events on the reference path: no events lane; the member lanes are the same.
    expect(layout('reference').lanes.map((l) => l.id)).toEqual(['family', 'member:mother', 'member:child']);
    expect(layout('pilot', 100, 'nl').lanes[3]!.label).toBe('Kind');
  });

  it('puts a risk event on a marker with how many of 100 families it strikes', () => {
    expect(item(pilot, 'event:ots')).toEqual({
      kind: 'marker',
      row: 0,
      start: 0.2,
      end: 0.2,
      text: 'OTS · 35 of 100 families',
      side: 'right',
    });
  });

  it('draws steps as bars at their months, with the label inside when it fits', () => {
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

  it('puts the text of a short bar beside it, cutting the label before how often', () => {
    // 3 months are 5 characters: too short. To its right 34 characters fit: the short form of how often.
    expect(item(pilot, 'step:short@member:mother')).toEqual({
      kind: 'bar',
      row: 2,
      start: 0.6,
      end: 0.65,
      text: 'Short course for the… · 50 of 100',
      side: 'right',
    });
  });

  it('draws a one-off as a point and gives items that would overlap rows of their own', () => {
    expect(item(pilot, 'step:check@member:child')).toMatchObject({ kind: 'point', row: 3, start: 0.2 });
    expect(item(pilot, 'step:foster@member:child').row).toBe(4);
  });

  it('multiplies a step’s probability by its branch’s, and puts a step for everyone in the family lane', () => {
    const ref = layout('reference');
    expect(ref.items.find((x) => x.itemId === 'trauma')!.probability).toBe(0.25);
    expect(item(ref, 'step:care@family')).toMatchObject({ start: 0, end: 1, text: 'care' });
    expect(ref.stepCount).toBe(2);
    expect(ref.eventCount).toBe(0);
  });

  it('cuts text to fewer characters when the plot is narrow', () => {
    const narrow = layout('pilot', 30);
    const marker = narrow.items.find((x) => x.key === 'event:ots')!;
    expect([...marker.text].length).toBeLessThanOrEqual(30 - 6 - 1);
    expect(marker.text).toContain('OTS');
    for (const it of narrow.items) expect([...it.text].length).toBeLessThanOrEqual(40);
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
    presentTimeline({ scenario: big, path, lang: 'en', names, plotChars: 100, chance, maxRows });

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
    expect(yearTicks(60, 100)).toEqual([0, 12, 24, 36, 48, 60].map((month) => ({ month, at: month / 60 })));
    expect(yearTicks(60, 30).map((t) => t.month)).toEqual([0, 24, 48]);
  });

  it('labels half years over a horizon of up to two years', () => {
    expect(yearTicks(18, 100).map((t) => t.month)).toEqual([0, 6, 12, 18]);
  });
});
