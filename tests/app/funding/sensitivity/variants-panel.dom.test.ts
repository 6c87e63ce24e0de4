import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import VariantsPanel from '../../../../src/app/funding/sensitivity/VariantsPanel.svelte';
import type { VariantsResult } from '../../../../src/lib/analysis/analysis-types';
import { cellNamesOf } from '../../../../src/lib/chart/cell-names';
import { formatCell } from '../../../../src/lib/chart/format-cell';
import { CATALOGUES } from '../../../../src/lib/i18n/messages';
import type { Scenario } from '../../../../src/lib/model/scenario';
import { variantCells } from '../../../../src/lib/sensitivity/variants-summary';
import { LocaleState } from '../../../../src/lib/state/locale.svelte';
import { variantRow } from '../../../lib/sensitivity/fixtures';
import { FakeRunner, stubResizeObserver } from './fake-runner';
import { panelsScenario } from './panels-scenario';

const en = CATALOGUES.en;
beforeEach(stubResizeObserver);
afterEach(() => vi.unstubAllGlobals());

const open = panelsScenario('case-x', { nl: 'Met wachtlijst', en: 'With a waiting list' });
const copy = panelsScenario('case-x-copy', { nl: 'Zonder wachtlijst', en: 'Without a waiting list' });
const other = panelsScenario('other', 'Other case');

async function show(current: Scenario | null = open, stored: Scenario[] = [open, copy, other]) {
  const i18n = new LocaleState(null, ['en-GB']);
  const runner = new FakeRunner();
  const loadScenarios = vi.fn(() => Promise.resolve(stored));
  const { rerender } = render(VariantsPanel, { props: { i18n, current, loadScenarios, runner } });
  await screen.findAllByTestId('variant-choice');
  return { runner, loadScenarios, i18n, rerender };
}

/** Tick the copy, compare, and finish with a row per ticked variant (ids as the scenarios'). */
async function compareTwo(runner: FakeRunner) {
  await fireEvent.click(boxes()[1]!);
  await fireEvent.click(screen.getByTestId('variants-compute'));
  const result: VariantsResult = {
    rows: [
      variantRow('With a waiting list', -3710, { scenarioId: open.id }),
      variantRow('Without a waiting list', 2430, { scenarioId: copy.id }),
    ],
    iterations: 10000,
    seed: 4242,
  };
  runner.last.resolve({ kind: 'variants', result });
  await screen.findAllByTestId('variant-row');
  return result;
}
const rowNames = () =>
  screen.getAllByTestId('variant-row').map((tr) => within(tr).getByRole('rowheader').textContent);

const boxes = () => screen.getAllByTestId('variant-choice') as HTMLInputElement[];

describe('VariantsPanel', () => {
  it('lists the stored scenarios by name with the open one ticked', async () => {
    await show();
    const labels = boxes().map((b) => b.closest('label')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels).toEqual(['With a waiting list (open now)', 'Without a waiting list', 'Other case']);
    expect(boxes().map((b) => b.checked)).toEqual([true, false, false]);
    expect(screen.getByTestId('variants-seed').textContent).toContain('4242');
  });

  it('refuses to compare fewer than two, saying why, with the button still focusable', async () => {
    const { runner } = await show();
    const button = screen.getByTestId('variants-compute') as HTMLButtonElement;
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-describedby')).toBe('variants-blocked');
    expect(screen.getByTestId('variants-blocked').textContent).toBe(en.sensVariantsTooFew);
    button.focus();
    expect(document.activeElement).toBe(button);
    await fireEvent.click(button);
    expect(runner.calls).toHaveLength(0);
    // The click says why and takes the keyboard to the list to tick another.
    expect(screen.getByTestId('variants-blocked').getAttribute('role')).toBe('alert');
    expect(screen.getByTestId('variants-blocked').textContent!.trim()).toBe(
      en.sensNotComputed(en.sensVariantsTooFew),
    );
    expect(document.activeElement).toBe(boxes()[0]);
    await fireEvent.click(boxes()[0]!); // untick the open one too: the same reason, still said
    expect(screen.getByTestId('variants-blocked').textContent!.trim()).toBe(
      en.sensNotComputed(en.sensVariantsTooFew),
    );
  });

  it('compares the ticked scenarios with 10,000 families and the open scenario’s seed', async () => {
    const { runner } = await show();
    await fireEvent.click(boxes()[1]!);
    expect(screen.queryByTestId('variants-blocked')).toBeNull();
    await fireEvent.click(screen.getByTestId('variants-compute'));
    expect(runner.last.job).toEqual({
      kind: 'variants',
      variants: [
        { name: 'With a waiting list', scenario: open },
        { name: 'Without a waiting list', scenario: copy },
      ],
      iterations: 10000,
      seed: 4242,
    });
  });

  it('shows one table row per variant with the result’s numbers, and a chart with a dot per variant', async () => {
    const { runner } = await show();
    await fireEvent.click(boxes()[2]!);
    await fireEvent.click(screen.getByTestId('variants-compute'));
    const result: VariantsResult = {
      rows: [
        variantRow('With a waiting list', 2430),
        variantRow('Other case', -800, { breakEvenMonth: null }),
      ],
      iterations: 10000,
      seed: 4242,
    };
    runner.last.resolve({ kind: 'variants', result });
    const rows = await screen.findAllByTestId('variant-row');
    expect(rows).toHaveLength(2);
    const shown = rows.map((tr) => [
      within(tr).getByRole('rowheader').textContent,
      ...[...tr.querySelectorAll('td')].map((td) => td.textContent),
    ]);
    const expected = result.rows.map((r) => {
      const c = variantCells(r, en, 'en');
      return [
        c.name,
        `pilot ${c.pilot}reference ${c.reference}`,
        c.saving + c.savingSpread,
        c.shortSaving + c.shortSpread,
        c.cheaper,
        c.breakEven,
      ];
    });
    expect(shown).toEqual(expected);
    expect(shown[1]![5]).toBe('not within the horizon (5 years)');
    // Every amount is kept on one line, its minus sign with it.
    const saving = within(rows[0]!).getByTestId('variant-saving');
    expect([...saving.querySelectorAll('.amount')].map((a) => a.textContent)).toEqual([
      '€2,430',
      '-€17,600',
      '€32,400',
    ]);
    const chart = screen.getByTestId('chart-variants');
    expect(chart.querySelectorAll('[data-testid="variant-mark"] circle')).toHaveLength(2);
    expect(chart.querySelector('[data-testid="variants-zero"]')).not.toBeNull();
    expect(within(chart).getByTestId('chart-reading').textContent).toBe(
      '“With a waiting list” saves most: €2,430 per family on average (9 in 10 families between -€17,600 and €32,400).',
    );
    await fireEvent.click(within(chart).getByTestId('toggle-table'));
    const eur = (x: number) => formatCell(x, 'euro', 'en', cellNamesOf(en));
    const tableRows = [...within(chart).getByTestId('chart-table').querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent),
    );
    expect(tableRows).toEqual(
      result.rows.map((r) => [r.name, eur(r.pilot.mean), eur(r.reference.mean), eur(r.difference.mean)]),
    );
  });

  it('names the variants in the language now chosen, not the one of the moment they were compared', async () => {
    const { runner, i18n } = await show();
    await compareTwo(runner);
    expect(rowNames()).toEqual(['With a waiting list', 'Without a waiting list']);
    i18n.set('nl');
    await vi.waitFor(() => expect(rowNames()).toEqual(['Met wachtlijst', 'Zonder wachtlijst']));
    const chart = screen.getByTestId('chart-variants');
    expect(within(chart).getByTestId('chart-reading').textContent).toMatch(/^„Zonder wachtlijst” bespaart/);
  });

  it('marks the comparison when the open scenario, a variant or the size changes after it', async () => {
    const { runner, rerender } = await show();
    await compareTwo(runner);
    const stale = () => screen.queryByTestId('variants-stale');
    expect(stale()).toBeNull();
    await rerender({ current: structuredClone(open) });
    expect(stale()).toBeNull();
    await rerender({ current: { ...open, settings: { ...open.settings, seed: 1 } } });
    expect(stale()?.textContent).toBe(en.sensStale);
    await rerender({ current: open });
    expect(stale()).toBeNull();
    await fireEvent.input(screen.getByTestId('variants-iterations'), { target: { value: '500' } });
    expect(stale()?.textContent).toBe(en.sensStaleOptions);
  });

  it('loads the stored scenarios again when another scenario is opened (the view stays mounted)', async () => {
    const { loadScenarios, rerender } = await show();
    expect(loadScenarios).toHaveBeenCalledTimes(1);
    await rerender({ current: structuredClone(open) }); // the same scenario, edited or not
    expect(loadScenarios).toHaveBeenCalledTimes(1);
    await rerender({ current: copy });
    await vi.waitFor(() => expect(loadScenarios).toHaveBeenCalledTimes(2));
    expect(boxes().map((b) => b.checked)).toEqual([true, false, false]); // the new open one ticked
  });

  it('cancels a comparison: the job’s signal aborts', async () => {
    const { runner } = await show();
    await fireEvent.click(boxes()[1]!);
    await fireEvent.click(screen.getByTestId('variants-compute'));
    await fireEvent.click(screen.getByTestId('variants-cancel'));
    expect(runner.last.signal?.aborted).toBe(true);
  });

  it('says the open scenario has problems and does not compare', async () => {
    const { runner } = await show(null);
    expect(boxes().map((b) => b.checked)).toEqual([false, false, false]);
    await fireEvent.click(boxes()[0]!);
    await fireEvent.click(boxes()[1]!);
    expect(screen.getByTestId('variants-blocked').textContent).toBe(en.sensScenarioProblems);
    await fireEvent.click(screen.getByTestId('variants-compute'));
    expect(runner.calls).toHaveLength(0);
  });

  it('explains how to make a variant when there is only one scenario', async () => {
    await show(open, [open]);
    expect(screen.getByTestId('variants-only-one').textContent).toBe(en.sensVariantsOnlyOne);
  });
});
