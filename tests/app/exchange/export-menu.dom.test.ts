import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ExportMenu from '../../../src/app/exchange/ExportMenu.svelte';
import type { DownloadFile } from '../../../src/app/exchange/download';
import { readImport } from '../../../src/lib/exchange/read-import';
import { runExportCsv } from '../../../src/lib/exchange/run-export';
import type { Scenario } from '../../../src/lib/model/scenario';
import { runInline } from '../../../src/lib/sim/run-inline';
import { summarizeRun } from '../../../src/lib/sim/summarize';
import { LocaleState } from '../../../src/lib/state/locale.svelte';
import type { RunResult } from '../../../src/lib/state/simulation.svelte';
import { scenario, step } from '../../helpers/scenario';

const s = scenario(
  {
    pilot: { steps: [step('team', { oneOffCost: 1000 })] },
    reference: { steps: [step('care', { monthlyCost: 100, duration: 12, probability: 0.5 })] },
  },
  { id: 'case-x', name: { en: 'Case X', nl: 'Casus X' }, settings: { iterations: 30, seed: 5 } },
);
const data = runInline(s, { iterations: 30, seed: 5 });
const result: RunResult = { runId: 1, scenario: s, summary: summarizeRun(s, data, 5), data };
const at = new Date('2026-11-23T10:00:00Z');

function mount(
  props: {
    scenario?: Scenario | null;
    result?: RunResult | null;
    allScenarios?: () => Promise<Scenario[]>;
    locale?: 'nl';
  } = {},
) {
  const i18n = new LocaleState(null, ['en-GB']);
  if (props.locale) i18n.set(props.locale);
  const files: DownloadFile[] = [];
  const save = vi.fn((f: DownloadFile) => void files.push(f));
  render(ExportMenu, {
    props: {
      i18n,
      scenario: props.scenario === undefined ? s : props.scenario,
      result: props.result === undefined ? null : props.result,
      allScenarios: props.allScenarios ?? (() => Promise.resolve([s])),
      save,
      now: () => at,
    },
  });
  return { files, save };
}

/** A file's text: string parts as they are, byte parts decoded as UTF-8 (a BOM kept). */
const textOf = (f: DownloadFile) => {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return f.parts
    .map((p) => (typeof p === 'string' ? p : decoder.decode(p as Uint8Array, { stream: true })))
    .join('');
};

describe('ExportMenu', () => {
  it('exports the scenario from memory as a file that imports back equal', async () => {
    const { files } = mount();
    await fireEvent.click(screen.getByTestId('export-scenario'));
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('pathcost-case-x-2026-11-23.json');
    expect(files[0]!.type).toBe('application/json');
    const text = textOf(files[0]!);
    const r = readImport(text, new TextEncoder().encode(text).length);
    expect(r.ok && r.scenarios).toEqual([s]);
    expect(screen.getByTestId('export-status').textContent).toBe(
      'Downloaded: pathcost-case-x-2026-11-23.json',
    );
  });

  it('still exports the open scenario when the stored ones cannot be read (storage broken)', async () => {
    const { files } = mount({
      allScenarios: () => Promise.reject(new Error('the database connection is closing')),
    });
    await fireEvent.click(screen.getByTestId('export-backup'));
    const problem = await screen.findByTestId('export-backup-problem');
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.textContent).toBe(
      'The saved scenarios could not be read (the database connection is closing). You can still export the open scenario.',
    );
    expect(files).toHaveLength(0);
    await fireEvent.click(screen.getByTestId('export-scenario'));
    expect(files.map((f) => f.name)).toEqual(['pathcost-case-x-2026-11-23.json']);
  });

  it('exports every stored scenario as one backup', async () => {
    const other = { ...s, id: 'case-y' };
    const { files } = mount({ allScenarios: () => Promise.resolve([s, other]) });
    await fireEvent.click(screen.getByTestId('export-backup'));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe('pathcost-backup-2026-11-23.json');
    const text = textOf(files[0]!);
    const r = readImport(text, text.length);
    expect(r.ok && r.scenarios.map((x) => x.id)).toEqual(['case-x', 'case-y']);
  });

  it('says when there is nothing saved to back up', async () => {
    const { files } = mount({ allScenarios: () => Promise.resolve([]) });
    await fireEvent.click(screen.getByTestId('export-backup'));
    expect((await screen.findByTestId('export-backup-problem')).textContent).toBe(
      'No scenarios are saved yet.',
    );
    expect(files).toHaveLength(0);
  });

  it('offers the run’s results only after a run, and says why', () => {
    mount();
    expect((screen.getByTestId('export-run-json') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('export-run-csv') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('export-needs-run').textContent).toBe(
      'Run the simulation first to export its results.',
    );
  });

  it('exports the run as JSON with its reproducibility block, and as long-format CSV', async () => {
    const { files } = mount({ result });
    expect(screen.queryByTestId('export-needs-run')).toBeNull();
    await fireEvent.click(screen.getByTestId('export-run-json'));
    await fireEvent.click(screen.getByTestId('export-run-csv'));
    await waitFor(() => expect(files).toHaveLength(2));
    expect(files.map((f) => f.name)).toEqual([
      'pathcost-case-x-run-seed-5-2026-11-23.json',
      'pathcost-case-x-run-seed-5-2026-11-23.csv',
    ]);
    const json = JSON.parse(textOf(files[0]!));
    expect(json.reproducibility).toMatchObject({ seed: 5, iterations: 30 });
    expect(textOf(files[1]!).startsWith('\uFEFF')).toBe(true);
    const csv = textOf(files[1]!)
      .replace(/^\uFEFF/, '')
      .split('\n');
    expect(csv[0]).toBe('iteration,path,variable,value');
    expect(csv).toContain(',run,seed,5');
    expect(files[1]!.type).toBe('text/csv;charset=utf-8');
  });

  it('makes the run CSV without blocking: busy (not disabled) meanwhile, then the same text as runExportCsv', async () => {
    const { files } = mount({ result });
    const button = screen.getByTestId('export-run-csv') as HTMLButtonElement;
    button.focus();
    await fireEvent.click(button);
    // The first block is made on the next turn of the event loop: the page shows it is busy.
    expect(button.textContent?.trim()).toMatch(/^Preparing the file… \d+%$/);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.disabled).toBe(false);
    expect(document.activeElement).toBe(button);
    await fireEvent.click(button); // ignored while busy
    await waitFor(() => expect(files).toHaveLength(1));
    expect(button.textContent?.trim()).toBe('Results per simulated future (CSV)');
    expect(button.hasAttribute('aria-disabled')).toBe(false);
    expect(textOf(files[0]!)).toBe([...runExportCsv(result, { exportedAt: at })].join(''));
    await new Promise((r) => setTimeout(r, 20));
    expect(files).toHaveLength(1);
  });

  it('exports the methods summary in the language on screen', async () => {
    const { files } = mount({ result, locale: 'nl' });
    await fireEvent.click(screen.getByTestId('export-methods'));
    expect(files[0]!.name).toBe('pathcost-case-x-methods-2026-11-23.txt');
    expect(textOf(files[0]!)).toContain('Scenario: Casus X');
    expect(textOf(files[0]!)).toContain('Monte-Carlosimulatie van 30 mogelijke toekomsten');
  });

  it('offers no scenario export without a scenario', () => {
    mount({ scenario: null });
    expect((screen.getByTestId('export-scenario') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('export-methods') as HTMLButtonElement).disabled).toBe(true);
  });
});
