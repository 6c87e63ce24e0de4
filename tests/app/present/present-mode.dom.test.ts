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

const { scenario, data, summary } = fixture(500, 3);
const result: RunResult = { runId: 1, scenario, summary, data };

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

  it('shows the headline numbers, who pays and one family’s story with results; R does nothing then', async () => {
    const { root, onrun } = show({ result });
    await key('ArrowRight');
    await key('ArrowRight');
    await key('r');
    expect(onrun).not.toHaveBeenCalled();
    expect(screen.getByTestId('present-pilot-mean').textContent).toMatch(/^€[\d,]+$/);
    expect(screen.getByTestId('present-saving-horizon').textContent?.trim()).toMatch(/^€[\d,]+ (less|more)$/);
    await key('ArrowRight');
    expect(screen.getByTestId('present-payers').textContent).toContain('Health insurer');
    await key('ArrowRight');
    expect(root().getAttribute('data-step-id')).toBe('family');
    expect(screen.getByTestId('present-family-number').textContent).toBe('Family 1 of 500');
    expect(screen.getByTestId('present-story-pilot').textContent).toContain('Month 1: pilot.');
  });

  it('shows another family with N and P (and the buttons)', async () => {
    show({ result });
    await key('End');
    await key('n');
    await key('n');
    expect(screen.getByTestId('present-family-number').textContent).toBe('Family 3 of 500');
    await key('p');
    expect(screen.getByTestId('present-family-number').textContent).toBe('Family 2 of 500');
    await fireEvent.click(screen.getByTestId('present-family-previous'));
    await fireEvent.click(screen.getByTestId('present-family-previous')); // stays at the first
    expect(screen.getByTestId('present-family-number').textContent).toBe('Family 1 of 500');
  });

  it('switches to the dark variant with C and to a table with T', async () => {
    const { root } = show();
    await key('c');
    expect(root().getAttribute('data-theme')).toBe('dark');
    expect(screen.getByTestId('present-dark').getAttribute('aria-pressed')).toBe('true');
    await key('t');
    expect(screen.getByTestId('present-timeline-table').textContent).toContain('pilot');
    await key('t');
    expect(screen.queryByTestId('present-timeline-table')).toBeNull();
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
    const terms = () => screen.queryByTestId('present-terms')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    expect(terms()).toContain('v-ggz = ggz voor volwassenen: hulp bij psychische problemen voor volwassenen');
    expect(terms()).not.toContain('OTS');
    await key('ArrowRight');
    expect(terms()).toMatch(/^Woorden op dit scherm: OTS = ondertoezichtstelling: de rechter besluit/);
    expect(terms()).not.toContain('v-ggz');
    await key('End');
    // Known by now: marked, not explained again.
    const story = screen.getByTestId('present-story-reference');
    expect(story.textContent).toContain('Maand 4: Er komt een OTS.');
    expect(story.querySelector('abbr[data-term="ots"]')?.getAttribute('title')).toBe('ondertoezichtstelling');
    expect(story.textContent).not.toContain('de rechter besluit');
  });
});
