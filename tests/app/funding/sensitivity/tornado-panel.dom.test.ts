import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import TornadoPanel from '../../../../src/app/funding/sensitivity/TornadoPanel.svelte';
import type { TornadoResult } from '../../../../src/lib/analysis/analysis-types';
import { cellNamesOf } from '../../../../src/lib/chart/cell-names';
import { formatCell } from '../../../../src/lib/chart/format-cell';
import { CATALOGUES } from '../../../../src/lib/i18n/messages';
import type { Scenario } from '../../../../src/lib/model/scenario';
import { inputSourceText } from '../../../../src/lib/sensitivity/input-source';
import { tornadoRows } from '../../../../src/lib/sensitivity/tornado-rows';
import { AnalysisFailure } from '../../../../src/lib/analysis/analysis-client';
import { LocaleState } from '../../../../src/lib/state/locale.svelte';
import { tornadoResult } from '../../../lib/sensitivity/fixtures';
import { FakeRunner, stubResizeObserver } from './fake-runner';
import { panelsScenario } from './panels-scenario';

const en = CATALOGUES.en;
const nl = CATALOGUES.nl;
beforeEach(stubResizeObserver);
afterEach(() => vi.unstubAllGlobals());

function show(scenario: Scenario | null = panelsScenario(), onresult?: (r: TornadoResult) => void) {
  const i18n = new LocaleState(null, ['en-GB']);
  const runner = new FakeRunner();
  const { rerender } = render(TornadoPanel, {
    props: { i18n, scenario, runner, ...(onresult ? { onresult } : {}) },
  });
  return { i18n, runner, rerender };
}

/** Compute, report some progress, and finish with `result`. */
async function computeWith(runner: FakeRunner, result: TornadoResult) {
  await fireEvent.click(screen.getByTestId('tornado-compute'));
  runner.last.onProgress?.(3, 4);
  runner.last.resolve({ kind: 'tornado', result });
  await screen.findByTestId('chart-tornado');
}

describe('TornadoPanel', () => {
  it('asks for a tornado of the open scenario with 2000 families and the scenario’s seed', async () => {
    const s = panelsScenario();
    const { runner } = show(s);
    expect(screen.getByTestId('tornado-seed').textContent).toContain('4242');
    await fireEvent.click(screen.getByTestId('tornado-compute'));
    expect(runner.calls).toHaveLength(1);
    expect(runner.last.job).toEqual({
      kind: 'tornado',
      scenario: s,
      options: { iterations: 2000, seed: 4242 },
    });
  });

  it('shows the progress while it computes', async () => {
    const { runner } = show();
    await fireEvent.click(screen.getByTestId('tornado-compute'));
    runner.last.onProgress?.(1, 4);
    const bar = await screen.findByRole('progressbar');
    await waitFor(() => expect((bar as HTMLProgressElement).value).toBe(0.25));
    expect(bar.getAttribute('aria-label')).toBe(en.sensProgressLabel);
    expect((screen.getByTestId('tornado-compute') as HTMLButtonElement).disabled).toBe(true);
  });

  it('draws the bars largest swing first, each with its label, source and values', async () => {
    const result = tornadoResult();
    const got: TornadoResult[] = [];
    const { runner } = show(panelsScenario(), (r) => got.push(r));
    await computeWith(runner, result);
    expect(got).toEqual([result]);
    const bars = screen.getAllByTestId('tornado-bar');
    const rows = tornadoRows(result, 'horizon');
    expect(bars.map((b) => b.dataset.ref)).toEqual(rows.map((r) => r.input.ref));
    expect(bars.map((b) => within(b).getByTestId('tornado-label').textContent)).toEqual(
      rows.map((r) => r.input.label.en),
    );
    expect(bars.map((b) => within(b).getByTestId('tornado-source').textContent)).toEqual([
      'Source: no source given',
      'Source: Report, case 1 (2023)',
      'Source: illustrative assumption',
    ]);
    expect(within(bars[0]!).getByTestId('tornado-low').textContent).toBe('low: 10%');
    expect(within(bars[0]!).getByTestId('tornado-high').textContent).toBe('high: 50%');
    expect(within(bars[1]!).getByTestId('tornado-high').textContent).toBe('high: €24,000');
    expect(screen.getByTestId('chart-reading').textContent).toContain('“Chance of an out-of-home placement”');
  });

  it('re-sorts the bars for the short term', async () => {
    const { runner } = show();
    await computeWith(runner, tornadoResult());
    await fireEvent.click(screen.getByTestId('period-short'));
    expect(screen.getAllByTestId('tornado-bar').map((b) => b.dataset.ref)).toEqual([
      'parameters[1].value',
      'paths.pilot.steps[0].duration',
      'parameters[0].value',
    ]);
  });

  it('shows as a table exactly the result’s numbers, with every source', async () => {
    const result = tornadoResult();
    const { runner } = show();
    await computeWith(runner, result);
    await fireEvent.click(screen.getByTestId('toggle-table'));
    const body = screen.getByTestId('chart-table').querySelectorAll('tbody tr');
    const eur = (x: number) => formatCell(x, 'euro', 'en', cellNamesOf(en));
    const cells = [...body].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(cells[0]).toEqual([en.sensBaseRow, '–', '–', '–', eur(2000), eur(2000), eur(0)]);
    const rows = tornadoRows(result, 'horizon');
    expect(cells.slice(1).map((c) => [c[0], c[1], c[4], c[5], c[6]])).toEqual(
      rows.map((r) => [
        r.input.label.en,
        inputSourceText(r.input, en),
        eur(r.low),
        eur(r.high),
        eur(r.swing),
      ]),
    );
  });

  it('cancels: the job’s signal aborts and the panel says so', async () => {
    const { runner } = show();
    await fireEvent.click(screen.getByTestId('tornado-compute'));
    expect(runner.last.signal?.aborted).toBe(false);
    await fireEvent.click(screen.getByTestId('tornado-cancel'));
    expect(runner.last.signal?.aborted).toBe(true);
    expect((await screen.findByTestId('tornado-status')).textContent).toContain(en.sensCancelled);
    expect(screen.queryByTestId('chart-tornado')).toBeNull();
  });

  it('says why it cannot compute when the scenario has problems, and does not run', async () => {
    const { runner } = show(null);
    const button = screen.getByTestId('tornado-compute');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect((button as HTMLButtonElement).disabled).toBe(false); // still focusable
    expect(screen.getByTestId('tornado-blocked').textContent).toBe(en.sensScenarioProblems);
    await fireEvent.click(button);
    expect(runner.calls).toHaveLength(0);
  });

  it('refuses iterations out of range with a message naming the field', async () => {
    const { runner } = show();
    await fireEvent.input(screen.getByTestId('tornado-iterations'), { target: { value: '50' } });
    const reason = en.sensFieldProblem(en.sensIterationsField, en.sensWholeNumber('100', '1,000,000'));
    expect(screen.getByTestId('tornado-blocked').textContent!.trim()).toBe(reason);
    expect(screen.getByTestId('tornado-blocked').getAttribute('role')).toBeNull();
    await fireEvent.click(screen.getByTestId('tornado-compute'));
    expect(runner.calls).toHaveLength(0);
    // The click says why, as an alert, and takes the keyboard to the field to fix.
    const alert = screen.getByTestId('tornado-blocked');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent!.trim()).toBe(en.sensNotComputed(reason));
    expect(document.activeElement).toBe(screen.getByTestId('tornado-iterations'));
    await fireEvent.input(screen.getByTestId('tornado-iterations'), { target: { value: '1,000' } });
    await fireEvent.click(screen.getByTestId('tornado-compute'));
    expect(runner.last.job).toMatchObject({ options: { iterations: 1000 } });
  });

  it('says a failure in the UI’s language with the next step, the technical detail folded away', async () => {
    const { runner, i18n } = show();
    i18n.set('nl');
    await fireEvent.click(screen.getByTestId('tornado-compute'));
    runner.last.reject(new AnalysisFailure('workerStopped', 'the analysis worker stopped'));
    const problem = await screen.findByTestId('tornado-problem');
    expect(problem.dataset.kind).toBe('workerStopped');
    expect(within(problem).getByRole('alert').textContent).toBe(
      `${nl.sensFailedWorkerStopped} ${nl.sensTryAgainFewer}`,
    );
    expect(within(problem).getByRole('alert').textContent).not.toMatch(/analysis|failed/);
    const fold = problem.querySelector('details')!;
    expect(fold.open).toBe(false);
    expect(fold.querySelector('summary')!.textContent).toBe(nl.sensTechnicalDetails);
    expect(screen.getByTestId('tornado-problem-detail').textContent).toBe('the analysis worker stopped');
    // Compute again works after a failure.
    await fireEvent.click(screen.getByTestId('tornado-compute'));
    expect(runner.calls).toHaveLength(2);
    expect(screen.queryByTestId('tornado-problem')).toBeNull();
  });

  it('says refused input and unexpected errors each in their own words', async () => {
    const { runner } = show();
    await fireEvent.click(screen.getByTestId('tornado-compute'));
    runner.last.reject(new AnalysisFailure('refused', 'outer draws must be 0 or at least 2'));
    const problem = await screen.findByTestId('tornado-problem');
    expect(problem.dataset.kind).toBe('refused');
    expect(within(problem).getByRole('alert').textContent).toBe(
      `${en.sensFailedInputRefused} ${en.sensTryAgainChange}`,
    );
    expect(screen.getByTestId('tornado-problem-detail').textContent).toBe(
      'outer draws must be 0 or at least 2',
    );
    await fireEvent.click(screen.getByTestId('tornado-compute'));
    runner.last.reject(new Error('something odd'));
    await vi.waitFor(() => expect(screen.getByTestId('tornado-problem').dataset.kind).toBe('other'));
    expect(within(screen.getByTestId('tornado-problem')).getByRole('alert').textContent).toBe(
      `${en.sensFailedOther} ${en.sensTryAgain}`,
    );
    expect(screen.getByTestId('tornado-problem-detail').textContent).toBe('something odd');
  });

  it('explains the starting point in plain words: every uncertain number at its average', () => {
    show();
    expect(screen.getByTestId('tornado-base-explained').textContent).toBe(en.sensTornadoBaseExplained);
    expect(en.sensTornadoBaseExplained).toContain('every uncertain number at its average');
  });

  it('marks a result as another scenario’s, an older version’s, or other options’, by content', async () => {
    const s = panelsScenario();
    const { runner, rerender } = show(s);
    await computeWith(runner, tornadoResult());
    const stale = () => screen.queryByTestId('tornado-stale');
    expect(stale()).toBeNull();
    // The same scenario as a new object (the view re-renders, a tab switch): still current.
    await rerender({ scenario: structuredClone(s) });
    expect(stale()).toBeNull();
    // An edit of the open scenario.
    const edited = { ...s, settings: { ...s.settings, seed: 1 } };
    await rerender({ scenario: edited });
    expect(stale()?.textContent).toBe(en.sensStale);
    // Undone: the same content as computed, current again.
    await rerender({ scenario: structuredClone(s) });
    expect(stale()).toBeNull();
    // Another scenario opened.
    await rerender({ scenario: panelsScenario('other', { nl: 'Ander', en: 'Other one' }) });
    expect(stale()?.textContent).toBe(en.sensStaleOther('Case X'));
    expect(stale()?.dataset.stale).toBe('otherScenario');
    // Back, then other options in the form.
    await rerender({ scenario: s });
    await fireEvent.input(screen.getByTestId('tornado-iterations'), { target: { value: '500' } });
    expect(stale()?.textContent).toBe(en.sensStaleOptions);
    await fireEvent.input(screen.getByTestId('tornado-iterations'), { target: { value: '2,000' } });
    expect(stale()).toBeNull();
  });
});
