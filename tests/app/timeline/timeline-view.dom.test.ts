import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import case1Json from '../../../static/scenarios/case-1.json';
import TimelineView from '../../../src/app/timeline/TimelineView.svelte';
import type { EditorSelection } from '../../../src/lib/edit/selection';
import { findStep } from '../../../src/lib/edit/step-by-id';
import type { Scenario } from '../../../src/lib/model/scenario';
import { validateScenario } from '../../../src/lib/model/validate-scenario';
import { LocaleState } from '../../../src/lib/state/locale.svelte';
import { ScenarioState } from '../../../src/lib/state/scenario.svelte';
import { scenario, step } from '../../helpers/scenario';

// jsdom has no layout: `bind:clientWidth` needs a ResizeObserver, which then never reports (width 0).
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const v = validateScenario(case1Json);
if (!v.ok) throw new Error('case 1 does not validate');
const case1 = v.scenario;

function show(s: Scenario, locale: 'en' | 'nl' = 'en') {
  const i18n = new LocaleState(null, ['en-GB']);
  if (locale !== 'en') i18n.set(locale);
  const doc = new ScenarioState();
  doc.load(s);
  const onselect = vi.fn<(selection: EditorSelection) => void>();
  render(TimelineView, { props: { i18n, doc, onselect } });
  return { doc, onselect, i18n };
}

const pilot = () => screen.getByRole('group', { name: 'Timeline: Pilot path' });
const item = (within_: HTMLElement | SVGElement, key: string) => {
  const el = within_.querySelector(`[data-key="${key}"]`);
  if (!el) throw new Error(`no item ${key}`);
  return el as SVGGElement;
};
const focused = () => (document.activeElement as Element | null)?.getAttribute('data-key');

describe('TimelineView', () => {
  it('draws both paths of case 1 with labelled bars and event markers', () => {
    show(case1);
    expect(screen.getByRole('group', { name: 'Timeline: Reference path' })).toBeTruthy();
    const p = within(pilot() as unknown as HTMLElement);
    const vggz = p.getByRole('button', {
      name: /Running adult mental-health care \(v-ggz\) for the mother \(outside the pilot\), Pilot path, month 0 to 26, €\d{3} a month, probability 100%, lane Mother$/,
    });
    expect(vggz.textContent).toContain('Running adult');
    // Each name starts with the words drawn, as drawn (WCAG 2.5.3 Label in Name).
    for (const button of pilot().querySelectorAll('[role="button"]')) {
      const drawn = (button.querySelector('.label')?.textContent ?? '').replace(/\s+/g, ' ').trim();
      expect(drawn.length).toBeGreaterThan(0);
      expect(button.getAttribute('aria-label')?.startsWith(drawn)).toBe(true);
    }
    const burnout = item(pilot(), 'event:father-burnout');
    expect(burnout.getAttribute('aria-label')).toMatch(
      /, Father drops out: burnout \/ sick leave \(residual risk\), Pilot path, onset around month 11, lasts until month 19, probability 10%/,
    );
    expect(burnout.textContent).toContain('10%');
    // A consequence is in its member's lane and names its event.
    expect(item(pilot(), 'step:father-sick-leave@member:father').getAttribute('aria-label')).toContain(
      'consequence of “Father drops out: burnout / sick leave (residual risk)”',
    );
    // A step for two members has a bar in each of their lanes; a step for all four is for the whole family.
    const reference0 = screen.getByRole('group', { name: 'Timeline: Reference path' });
    expect(
      [...reference0.querySelectorAll('[data-key^="step:stevig-ouderschap@"]')].map((e) =>
        e.getAttribute('data-key'),
      ),
    ).toEqual(['step:stevig-ouderschap@member:mother', 'step:stevig-ouderschap@member:father']);
    expect(
      [...pilot().querySelectorAll('[data-key^="step:bt06-targeted@"]')].map((e) =>
        e.getAttribute('data-key'),
      ),
    ).toEqual(['step:bt06-targeted@family']);
    // The reference path's branch step says which future it belongs to.
    const reference = screen.getByRole('group', { name: 'Timeline: Reference path' });
    expect(
      item(reference, 'step:child-trauma-treatment@member:child-oldest').getAttribute('aria-label'),
    ).toMatch(/in the future “.+” \(50%\)/);
    expect(screen.getByTestId('timeline-summary-pilot').textContent).toMatch(
      /^Pilot path: 9 steps and 2 risk events within 60 months\. Father drops out/,
    );
  });

  it('gives each path one tab stop and moves the focus with the arrow keys', async () => {
    show(case1);
    const stops = [...pilot().querySelectorAll('[tabindex="0"]')];
    expect(stops.map((e) => e.getAttribute('data-key'))).toEqual(['event:father-burnout']);
    (stops[0] as SVGGElement).focus();
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    await tick();
    expect(focused()).toBe('event:mother-admission');
    expect(item(pilot(), 'event:mother-admission').getAttribute('tabindex')).toBe('0');
    expect(item(pilot(), 'event:father-burnout').getAttribute('tabindex')).toBe('-1');
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await tick();
    // The whole family's item nearest in time to month 19: the family work from month 15.
    expect(focused()).toBe('step:bt06-family@family');
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await tick();
    // The Mother lane's item nearest in time to month 15: the admission's one-off cost in month 19.
    expect(focused()).toBe('step:mother-admission-cost@member:mother');
    await fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await tick();
    expect(focused()).toMatch(/^step:(bt06-mother|vggz-mother)@member:mother$/);
  });

  it('moves a start with Shift + Right through doc.edit, keeps the focus, announces it, and undo restores it', async () => {
    const { doc } = show(case1);
    const bar = item(pilot(), 'step:bt06-mother@member:mother');
    bar.focus();
    await fireEvent.keyDown(bar, { key: 'ArrowRight', shiftKey: true });
    await tick();
    expect(findStep(doc.draft!, 'bt06-mother')!.step.start).toBe(1);
    expect(doc.undoLabel).toBe('Move start on the timeline');
    expect(screen.getByTestId('timeline-status').textContent).toBe('Start: month 1');
    expect(focused()).toBe('step:bt06-mother@member:mother');
    expect(item(pilot(), 'step:bt06-mother@member:mother').getAttribute('aria-label')).toContain(
      'month 1 to',
    );
    // A second press within a second is the same undo step.
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight', shiftKey: true });
    expect(findStep(doc.draft!, 'bt06-mother')!.step.start).toBe(2);
    doc.undo();
    await tick();
    expect(findStep(doc.draft!, 'bt06-mother')!.step.start).toBe(0);
    expect(doc.draft).toBe(case1);
  });

  it('refuses to move a formula, and says why', async () => {
    const { doc } = show(case1);
    const bar = item(pilot(), 'step:bt06-father@member:father');
    bar.focus();
    await fireEvent.keyDown(bar, { key: 'ArrowRight', shiftKey: true });
    await tick();
    expect(doc.draft).toBe(case1);
    expect(screen.getByTestId('timeline-status').textContent).toMatch(/^This value is a formula/);
  });

  it('lengthens a step with Alt + Right and moves an event with Shift + Left', async () => {
    const s = scenario(
      {
        pilot: {
          steps: [step('help', { label: 'Help', start: 2, duration: 3, monthlyCost: 100 })],
          events: [
            { id: 'ots', label: 'OTS', probability: 0.6, onset: { dist: 'pert', min: 3, mode: 9, max: 18 } },
          ],
        },
      },
      { settings: { horizonMonths: 60, shortTermMonths: 12 } },
    );
    const { doc } = show(s);
    const bar = item(pilot(), 'step:help@family');
    bar.focus();
    await fireEvent.keyDown(bar, { key: 'ArrowRight', altKey: true });
    await tick();
    expect(doc.draft!.paths.pilot.steps[0]!.duration).toBe(4);
    expect(screen.getByTestId('timeline-status').textContent).toBe('Duration: 4 months');
    const marker = item(pilot(), 'event:ots');
    expect(marker.textContent).toContain('OTS 60%');
    marker.focus();
    await fireEvent.keyDown(marker, { key: 'ArrowLeft', shiftKey: true });
    await tick();
    expect(doc.draft!.paths.pilot.events[0]!.onset).toEqual({ dist: 'pert', min: 2, mode: 8, max: 17 });
    expect(screen.getByTestId('timeline-status').textContent).toBe('Onset: month 8');
    expect(focused()).toBe('event:ots');
  });

  it('opens the item in the editor on Enter and on a click', async () => {
    const { onselect } = show(case1);
    const bar = item(pilot(), 'step:vggz-mother@member:mother');
    bar.focus();
    await fireEvent.keyDown(bar, { key: 'Enter' });
    expect(onselect).toHaveBeenLastCalledWith({ kind: 'step', id: 'vggz-mother', path: 'pilot' });
    await fireEvent.click(item(pilot(), 'event:mother-admission'));
    expect(onselect).toHaveBeenLastCalledWith({ kind: 'event', id: 'mother-admission', path: 'pilot' });
  });

  it('switches the lanes from family members to payers', async () => {
    show(case1);
    const laneTexts = () =>
      [...pilot().querySelectorAll('.lane-label')].map((e) => e.firstChild?.textContent);
    expect(laneTexts()).toEqual([
      'Events',
      'Whole family',
      'Mother',
      'Father',
      expect.stringMatching(/^Oldest child/),
      expect.stringMatching(/^Second child/),
    ]);
    await fireEvent.click(screen.getByLabelText('Per payer'));
    await tick();
    expect(laneTexts()).toEqual([
      'Events',
      expect.stringMatching(/^Municipality \(Y.*…$/),
      expect.stringMatching(/^Health insurer/),
      expect.stringMatching(/^Employer/),
    ]);
    // A cut lane label keeps its full text in a <title>.
    expect(pilot().querySelector('.lane-label title')?.textContent).toBe('Municipality (Youth Act)');
    expect(item(pilot(), 'step:vggz-mother@payer:health-insurer').getAttribute('aria-label')).toContain(
      'lane Health insurer (Health Insurance Act)',
    );
  });

  it('keeps nudges of the same id on the two paths, and of a start and a length, apart in undo', async () => {
    const x = () => step('x', { label: 'X', start: 2, duration: 3, monthlyCost: 100 });
    const s = scenario({ pilot: { steps: [x()] }, reference: { steps: [x()] } });
    const { doc } = show(s);
    const reference = () => screen.getByRole('group', { name: 'Timeline: Reference path' });
    item(pilot(), 'step:x@family').focus();
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight', shiftKey: true });
    await tick();
    item(reference(), 'step:x@family').focus();
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight', shiftKey: true });
    await tick();
    expect([doc.draft!.paths.pilot.steps[0]!.start, doc.draft!.paths.reference.steps[0]!.start]).toEqual([
      3, 3,
    ]);
    doc.undo();
    await tick();
    // Only the reference's nudge is undone; the pilot's stays.
    expect([doc.draft!.paths.pilot.steps[0]!.start, doc.draft!.paths.reference.steps[0]!.start]).toEqual([
      3, 2,
    ]);
    // A length change right after a start change of the same step is an undo step of its own.
    item(pilot(), 'step:x@family').focus();
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight', altKey: true });
    await tick();
    expect(doc.draft!.paths.pilot.steps[0]!.duration).toBe(4);
    doc.undo();
    await tick();
    expect([doc.draft!.paths.pilot.steps[0]!.start, doc.draft!.paths.pilot.steps[0]!.duration]).toEqual([
      3, 3,
    ]);
  });

  it('refuses to lengthen a consequence that runs as long as its event, and says why', async () => {
    const s = scenario({
      pilot: {
        events: [
          {
            id: 'ots',
            label: 'OTS',
            probability: 1,
            onset: 2,
            duration: 6,
            consequences: [step('guardian', { label: 'Guardian', monthlyCost: 100 })],
          },
        ],
      },
    });
    const { doc } = show(s);
    const bar = item(pilot(), 'step:guardian@family');
    bar.focus();
    await fireEvent.keyDown(bar, { key: 'ArrowRight', altKey: true });
    await tick();
    expect(doc.draft).toBe(s);
    expect(screen.getByTestId('timeline-status').textContent).toMatch(
      /runs as long as its event; change the event’s duration/,
    );
  });

  it('draws where events stop steps, items after the horizon, consequences and probabilities', () => {
    const s = scenario(
      {
        pilot: {
          steps: [
            step('sure', { label: 'Sure', start: 0, duration: 12, monthlyCost: 1 }),
            step('maybe', { label: 'Maybe', start: 2, duration: 12, monthlyCost: 1, probability: 0.6 }),
            step('later', { label: 'Later', start: 30, duration: 2, monthlyCost: 1 }),
          ],
          events: [
            { id: 'plan', label: 'Plan', probability: 1, onset: 4, ends: ['sure'] },
            {
              id: 'ots',
              label: 'OTS',
              probability: 0.4,
              onset: 6,
              ends: ['maybe'],
              consequences: [step('guardian', { label: 'Guardian', duration: 3, monthlyCost: 1 })],
            },
          ],
        },
      },
      { settings: { horizonMonths: 24, shortTermMonths: 12 } },
    );
    show(s);
    const sure = item(pilot(), 'step:sure@family');
    expect(sure.getAttribute('aria-label')).toContain('month 0 to 4,');
    expect(sure.getAttribute('aria-label')).toContain('stops at month 4 when Plan happens');
    expect(sure.querySelector('.stop-cap')).toBeTruthy();
    const maybe = item(pilot(), 'step:maybe@family');
    expect(maybe.getAttribute('aria-label')).toContain('may stop at month 6 if OTS happens');
    expect(maybe.querySelector('.may-stop')?.getAttribute('fill')).toMatch(/^url\(#.+-hatch\)$/);
    expect(pilot().querySelectorAll('.link.stop-link')).toHaveLength(2);
    // The probability is on the bar, as on a marker; a consequence has "↳" before its label.
    expect(maybe.querySelector('.label')?.textContent).toBe('Maybe 60%');
    expect(item(pilot(), 'step:guardian@family').querySelector('.label')?.textContent).toBe('↳ Guardian');
    const later = item(pilot(), 'step:later@family');
    expect(later.classList.contains('beyond')).toBe(true);
    expect(later.querySelector('.label')?.textContent).toBe('Later → after the horizon');
    expect(later.getAttribute('aria-label')).toContain('starts after the horizon, in month 30');
  });

  it('speaks Dutch', () => {
    show(case1, 'nl');
    const p = screen.getByRole('group', { name: 'Tijdlijn: Pilotpad' });
    expect(item(p, 'step:bt06-mother@member:mother').getAttribute('aria-label')).toMatch(
      /, Pilotpad, maand 0 tot \d+, €\s\d/,
    );
    expect(screen.getByLabelText('Per betaler')).toBeTruthy();
  });
});
