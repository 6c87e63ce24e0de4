import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PresentMode from '../../../src/app/present/PresentMode.svelte';
import type { RunResult } from '../../../src/lib/sim/run-result';
import { LocaleState } from '../../../src/lib/state/locale.svelte';
import { fixture } from '../../lib/chart/fixture';
import { runInline } from '../../../src/lib/sim/run-inline';
import { summarizeRun } from '../../../src/lib/sim/summarize';
import type { Scenario } from '../../../src/lib/model/scenario';
import { scenario as makeScenario, step } from '../../helpers/scenario';
import { typicalIteration } from '../../../src/lib/present/typical-family';
import { euros } from '../../e2e/app-page';

const { scenario, data, summary } = fixture(500, 3);
const result: RunResult = { runId: 1, scenario, summary, data };
/** The family the story starts from (counted from 1). */
const typical = typicalIteration(data) + 1;

beforeEach(() => {
  // jsdom has no ResizeObserver (bind:clientWidth uses it).
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function show(
  props: { result?: RunResult | null; running?: boolean; locale?: 'en' | 'nl'; scenario?: Scenario } = {},
) {
  const i18n = new LocaleState(null, ['en-GB']);
  if (props.locale) i18n.set(props.locale);
  const onrun = vi.fn();
  const onclose = vi.fn();
  const view = render(PresentMode, {
    props: {
      i18n,
      scenario: props.scenario ?? scenario,
      result: props.result ?? null,
      running: props.running ?? false,
      onrun,
      onclose,
    },
  });
  return { ...view, onrun, onclose, root: () => screen.getByTestId('present-mode') };
}

const key = async (k: string, target: Window | Element = window) => {
  await fireEvent.keyDown(target, { key: k });
  await tick();
};

describe('PresentMode', () => {
  it('opens on the pilot path with the focus on it', () => {
    const { root } = show();
    expect(root().getAttribute('data-step')).toBe('1');
    expect(root().getAttribute('data-step-id')).toBe('pilot');
    expect(document.activeElement).toBe(root());
    expect(screen.getByTestId('present-live').textContent).toBe('Step 1 of 5: the pilot path');
    expect(screen.getByTestId('present-timeline-pilot')).toBeTruthy();
  });

  it('steps with the arrow keys, Page Up/Down, Space, Home and End, and announces each step', async () => {
    const { root } = show();
    await key('ArrowRight');
    expect(root().getAttribute('data-step-id')).toBe('reference');
    expect(screen.getByTestId('present-live').textContent).toBe('Step 2 of 5: the reference path');
    await key('PageDown');
    await key(' ');
    expect(root().getAttribute('data-step')).toBe('4');
    await key('End');
    await key('ArrowRight'); // no step after the last
    expect(root().getAttribute('data-step-id')).toBe('family');
    await key('PageUp');
    expect(screen.getByTestId('present-live').textContent).toBe('Step 4 of 5: who pays');
    await key('Home');
    await key('ArrowLeft');
    expect(root().getAttribute('data-step')).toBe('1');
  });

  it('leaves keys typed into a form field, and Space on a button, alone', async () => {
    const { root } = show();
    const input = document.createElement('input');
    document.body.append(input);
    await key('ArrowRight', input);
    await key('Escape', input);
    expect(root().getAttribute('data-step')).toBe('1');
    const next = screen.getByTestId('present-next');
    await key(' ', next);
    expect(root().getAttribute('data-step')).toBe('1');
    await fireEvent.click(next);
    expect(root().getAttribute('data-step')).toBe('2');
    input.remove();
  });

  it('leaves with Esc and with the Leave button', async () => {
    const { onclose } = show();
    await key('Escape');
    expect(onclose).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByTestId('present-leave'));
    expect(onclose).toHaveBeenCalledTimes(2);
  });

  it('without results asks to compute them on the result steps, and R runs', async () => {
    const { root, onrun } = show();
    await key('ArrowRight');
    await key('ArrowRight');
    expect(root().getAttribute('data-step-id')).toBe('difference');
    expect(screen.getByTestId('present-run-prompt').textContent).toContain('Press R to compute the results.');
    await key('r');
    expect(onrun).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByTestId('present-run'));
    expect(onrun).toHaveBeenCalledTimes(2);
  });

  it('says it is computing while the run goes, and R does not start another', async () => {
    const { onrun } = show({ running: true });
    await key('End');
    expect(screen.getByTestId('present-running').textContent).toBe('Computing the results…');
    await key('r');
    expect(onrun).not.toHaveBeenCalled();
  });

  it('shows the headline numbers, who pays and a typical family’s story with results; R does nothing then', async () => {
    const { root, onrun } = show({ result });
    await key('ArrowRight');
    await key('ArrowRight');
    await key('r');
    expect(onrun).not.toHaveBeenCalled();
    const pilot = screen.getByTestId('present-pilot-mean').textContent!;
    const reference = screen.getByTestId('present-reference-mean').textContent!;
    expect(pilot).toMatch(/^€[\d,]+$/);
    // The difference has the pilot as its subject, and it is the difference of the totals shown.
    const saving = screen.getByTestId('present-saving-horizon').textContent!.trim();
    const m = /^The pilot (saves|costs) (€[\d,]+)( more)?$/.exec(saving);
    expect(m, saving).not.toBeNull();
    expect((m![1] === 'saves' ? 1 : -1) * euros(m![2]!)).toBe(euros(reference) - euros(pilot));
    expect(screen.getByTestId('present-saving-horizon').querySelector('[data-headline]')?.textContent).toBe(
      m![2],
    );
    await key('ArrowRight');
    expect(screen.getByTestId('present-payers').textContent).toContain('Health insurer');
    await key('ArrowRight');
    if (root().getAttribute('data-step-id') !== 'family') await key('ArrowRight'); // past the payers' words
    expect(root().getAttribute('data-step-id')).toBe('family');
    expect(screen.getByTestId('present-family').getAttribute('data-typical')).toBe('true');
    expect(screen.getByTestId('present-family').textContent).toContain('A typical family');
    expect(screen.getByTestId('present-family-number').textContent).toBe(`Family ${typical} of 500`);
    // The verdict's amount is the difference of the two totals shown.
    const totals = ['pilot', 'reference'].map((p) =>
      euros(screen.getByTestId(`present-total-${p}`).textContent!),
    );
    const verdict = screen.getByTestId('present-family-verdict').textContent!;
    const v = /(saves|costs) (€[\d,]+)/.exec(verdict);
    if (v) expect((v[1] === 'saves' ? 1 : -1) * euros(v[2]!)).toBe(totals[1]! - totals[0]!);
    else expect(totals[0]).toBe(totals[1]);
  });

  it('shows another family with N and P (and the buttons), from the typical one', async () => {
    show({ result });
    await key('End');
    await key('n');
    await key('n');
    expect(screen.getByTestId('present-family-number').textContent).toBe(`Family ${typical + 2} of 500`);
    expect(screen.getByTestId('present-family').getAttribute('data-typical')).toBe('false');
    expect(screen.getByTestId('present-family').textContent).toContain('One family played out');
    await key('p');
    expect(screen.getByTestId('present-family-number').textContent).toBe(`Family ${typical + 1} of 500`);
    await fireEvent.click(screen.getByTestId('present-family-previous'));
    expect(screen.getByTestId('present-family-number').textContent).toBe(`Family ${typical} of 500`);
    expect(screen.getByTestId('present-family').getAttribute('data-typical')).toBe('true');
  });

  it('tells the first family’s story when the run has only one family, and stays there', async () => {
    const one = fixture(1, 3);
    show({ result: { runId: 2, scenario: one.scenario, summary: one.summary, data: one.data } });
    await key('End');
    expect(screen.getByTestId('present-family-number').textContent).toBe('Family 1 of 1');
    await key('p');
    await key('n');
    expect(screen.getByTestId('present-family-number').textContent).toBe('Family 1 of 1');
    expect(screen.getByTestId('present-story-pilot').textContent).toContain('Month 1: pilot.');
  });

  it('switches to the dark variant with C and to a table with T, which every step starts without', async () => {
    const { root } = show();
    await key('c');
    expect(root().getAttribute('data-theme')).toBe('dark');
    expect(screen.getByTestId('present-dark').getAttribute('aria-pressed')).toBe('true');
    await key('t');
    expect(screen.getByTestId('present-timeline-table').textContent).toContain('pilot');
    await key('t');
    expect(screen.queryByTestId('present-timeline-table')).toBeNull();
    await key('t');
    await key('ArrowRight');
    expect(root().getAttribute('data-step-id')).toBe('reference');
    expect(screen.queryByTestId('present-timeline-table')).toBeNull();
    expect(screen.getByTestId('present-table').getAttribute('aria-pressed')).toBe('false');
    await key('t');
    await key('ArrowLeft');
    expect(screen.queryByTestId('present-timeline-table')).toBeNull();
    expect(root().getAttribute('data-theme')).toBe('dark'); // the theme stays
  });

  it('asks for full screen with F', async () => {
    const request = vi.fn(() => Promise.resolve());
    document.documentElement.requestFullscreen = request;
    show();
    await key('f');
    expect(request).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByTestId('present-fullscreen'));
    expect(request).toHaveBeenCalledTimes(2);
    delete (document.documentElement as Partial<HTMLElement>).requestFullscreen;
  });

  it('speaks Dutch in Dutch', async () => {
    show({ locale: 'nl' });
    await key('ArrowRight');
    expect(screen.getByTestId('present-live').textContent).toBe(
      'Stap 2 van 5: het pad zonder pilot (de gewone zorg)',
    );
  });

  it('explains each glossary word once, on the step where the room first meets it', async () => {
    const vggz = step('vggz', {
      label: { nl: 'Lopende v-ggz (buiten de pilot)', en: 'v-ggz' },
      duration: 12,
      monthlyCost: 300,
    });
    const s = makeScenario(
      {
        pilot: { steps: [vggz] },
        reference: {
          steps: [vggz],
          events: [
            { id: 'ots', label: { nl: 'Er komt een OTS', en: 'OTS' }, kind: 'ots', probability: 1, onset: 3 },
          ],
        },
      },
      { settings: { horizonMonths: 24, shortTermMonths: 12, iterations: 20, seed: 1 } },
    );
    const data = runInline(s, { iterations: 20, seed: 1 });
    show({
      locale: 'nl',
      scenario: s,
      result: { runId: 1, scenario: s, summary: summarizeRun(s, data, 1), data },
    });
    const root = () => screen.getByTestId('present-mode');
    const terms = () => screen.queryByTestId('present-terms')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const next = () => screen.queryByTestId('present-words-next')?.textContent ?? '';
    // The picture first, with a line that says which words come next; their meaning on the next press.
    expect(terms()).toBe('');
    expect(next()).toBe('Wat betekenen v-ggz? Druk op →');
    await key('ArrowRight');
    expect([root().getAttribute('data-step'), root().getAttribute('data-phase')]).toEqual(['1', 'words']);
    expect(screen.getByTestId('present-live').textContent).toBe(
      'Stap 1 van 5: het pad met de pilot, wat de woorden betekenen',
    );
    expect(terms()).toContain('v-ggz ggz voor volwassenen: hulp bij psychische problemen voor volwassenen');
    expect(terms()).not.toContain('OTS');
    await key('ArrowRight');
    expect([root().getAttribute('data-step'), root().getAttribute('data-phase')]).toEqual(['2', 'picture']);
    expect(next()).toBe('Wat betekenen OTS? Druk op →');
    await fireEvent.click(screen.getByTestId('present-next'));
    expect(terms()).toMatch(/^Wat de woorden betekenen OTS ondertoezichtstelling: de rechter besluit/);
    expect(terms()).not.toContain('v-ggz');
    await key('ArrowLeft');
    expect([root().getAttribute('data-step'), root().getAttribute('data-phase')]).toEqual(['2', 'picture']);
    await key('End');
    // Known by now: marked, not explained again.
    const story = screen.getByTestId('present-story-reference');
    expect(story.textContent).toContain('Maand 4: Er komt een OTS.');
    expect(story.querySelector('abbr[data-term="ots"]')?.getAttribute('title')).toBe('ondertoezichtstelling');
    expect(story.textContent).not.toContain('de rechter besluit');
  });
});
