import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/lib/i18n/messages';
import { nudgeStep } from '../../../src/lib/timeline/timeline-edit';
import { timelineLayout } from '../../../src/lib/timeline/timeline-layout';
import {
  barLabel,
  editAnnouncement,
  markerLabel,
  pathSummary,
  probabilityText,
  refusalText,
} from '../../../src/lib/timeline/timeline-text';
import { scenario, step } from '../../helpers/scenario';

const s = scenario(
  {
    pilot: {
      steps: [
        step('help', {
          label: 'Intensive home help',
          members: ['mother'],
          start: 0,
          duration: 6,
          monthlyCost: 1200,
        }),
      ],
      events: [
        {
          id: 'ots',
          label: 'OTS',
          probability: 0.6,
          onset: 9,
          duration: 12,
          consequences: [step('guardian', { label: 'Guardian', start: 2, duration: 3, oneOffCost: 3500 })],
        },
      ],
    },
  },
  { members: [{ id: 'mother', label: { en: 'Mother', nl: 'Moeder' }, role: 'parent' }] },
);
const names = { events: 'Events', family: 'Whole family', afterHorizon: 'after the horizon' };
const en = CATALOGUES.en;
const nl = CATALOGUES.nl;

describe('the timeline’s words', () => {
  const l = timelineLayout({ scenario: s, path: 'pilot', mode: 'members', width: 1200, lang: 'en', names });

  it('name a bar by what, where, when, how much and how likely', () => {
    expect(barLabel(en, 'en', l, l.bars[0]!)).toBe(
      'Intensive home help, Pilot path, month 0 to 6, €1,200 a month, probability 100%, lane Mother',
    );
    expect(barLabel(en, 'en', l, l.bars[1]!)).toBe(
      'Guardian, Pilot path, month 11 to 14, €3,500 one-off, probability 100%, consequence of “OTS”, lane Whole family',
    );
    const lnl = timelineLayout({
      scenario: s,
      path: 'pilot',
      mode: 'members',
      width: 1200,
      lang: 'nl',
      names,
    });
    expect(barLabel(nl, 'nl', lnl, lnl.bars[0]!)).toBe(
      'Intensive home help, Pilotpad, maand 0 tot 6, €\u00a01.200 per maand, kans 100%, rij Moeder',
    );
  });

  it('name a marker by its onset, how long its state lasts and its probability', () => {
    expect(markerLabel(en, 'en', l, l.markers[0]!)).toBe(
      'OTS, Pilot path, onset around month 9, lasts until month 21, probability 60%',
    );
  });

  it('sum a path up for screen readers', () => {
    expect(pathSummary(en, 'en', l)).toBe(
      'Pilot path: 2 steps and 1 risk event within 60 months. OTS: probability 60%, around month 9.',
    );
  });

  it('announce an edit from the scenario after it, and say why one was refused', () => {
    const r = nudgeStep(s, 'pilot', 'guardian', 'start', 1);
    if (!r.ok) throw new Error(r.reason);
    expect(editAnnouncement(en, 'en', r.scenario, 'pilot', 'guardian', 'start')).toBe(
      'Start: 3 months after the onset, month 12',
    );
    expect(editAnnouncement(en, 'en', s, 'pilot', 'help', 'start')).toBe('Start: month 0');
    expect(editAnnouncement(nl, 'nl', s, 'pilot', 'help', 'duration')).toBe('Duur: 6 maanden');
    expect(editAnnouncement(en, 'en', s, 'pilot', 'ots', 'onset')).toBe('Onset: month 9');
    expect(refusalText(en, 'formula')).toMatch(/formula/);
    expect(refusalText(en, 'minimum')).toBe('It cannot go lower.');
    expect(refusalText(en, 'runs-with-event')).toMatch(
      /runs as long as its event; change the event’s duration/,
    );
    expect(refusalText(nl, 'runs-with-event')).toMatch(/zolang het risico duurt/);
  });

  it('say where an event stops a step: for sure, or only if it happens', () => {
    const ended = scenario(
      {
        pilot: {
          steps: [
            step('sure', { label: 'Sure', start: 0, duration: 12, monthlyCost: 1 }),
            step('maybe', { label: 'Maybe', start: 2, duration: 12, monthlyCost: 1 }),
          ],
          events: [
            { id: 'plan', label: 'Plan', probability: 1, onset: 4, ends: ['sure'] },
            { id: 'ots', label: 'OTS', probability: 0.4, onset: 6, ends: ['maybe'] },
          ],
        },
      },
      { settings: { horizonMonths: 24, shortTermMonths: 12 } },
    );
    const le = timelineLayout({
      scenario: ended,
      path: 'pilot',
      mode: 'members',
      width: 1200,
      lang: 'en',
      names,
    });
    const bar = (id: string) =>
      barLabel(
        en,
        'en',
        le,
        le.bars.find((b) => b.stepId === id)!,
      );
    expect(bar('sure')).toContain(
      'month 0 to 4, €1 a month, probability 100%, stops at month 4 when Plan happens',
    );
    expect(bar('maybe')).toContain(
      'month 2 to 14, €1 a month, probability 100%, may stop at month 6 if OTS happens',
    );
    const later = timelineLayout({
      scenario: ended,
      path: 'pilot',
      mode: 'members',
      width: 1200,
      lang: 'nl',
      names,
    });
    expect(
      barLabel(
        nl,
        'nl',
        later,
        later.bars.find((b) => b.stepId === 'maybe')!,
      ),
    ).toContain('stopt misschien in maand 6, als OTS gebeurt');
  });

  it('round a probability to whole percents, keeping a small one above 0', () => {
    expect(probabilityText(2 / 3, 'en')).toBe('67%');
    expect(probabilityText(0.004, 'en')).toBe('0.4%');
    expect(probabilityText(0, 'en')).toBe('0%');
  });
});
