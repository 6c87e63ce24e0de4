import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ImportPanel from '../../../src/app/exchange/ImportPanel.svelte';
import { MAX_IMPORT_BYTES } from '../../../src/lib/exchange/import-limits';
import { backupExport } from '../../../src/lib/exchange/scenario-export';
import type { Scenario } from '../../../src/lib/model/scenario';
import { scenarioSchema } from '../../../src/lib/model/scenario';
import { LocaleState } from '../../../src/lib/state/locale.svelte';
import { smallDocument } from '../../lib/exchange/documents';

type OnImport = (scenarios: Scenario[], options: { replace: boolean }) => Promise<void>;

function mount(options: { existing?: string[]; onimport?: OnImport; locale?: 'nl' | 'en' } = {}) {
  const i18n = new LocaleState(null, ['en-GB']);
  if (options.locale === 'nl') i18n.set('nl');
  const onimport = vi.fn<OnImport>(options.onimport ?? (() => Promise.resolve()));
  render(ImportPanel, { props: { i18n, existingIds: new Set(options.existing ?? []), onimport } });
  return { onimport };
}

async function paste(text: string) {
  await fireEvent.input(screen.getByTestId('import-paste'), { target: { value: text } });
  await fireEvent.click(screen.getByTestId('import-read'));
}

async function pick(file: File) {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await fireEvent.change(input);
}

const refusal = () => screen.findByTestId('import-refusal').then((e) => e.textContent?.trim());

describe('ImportPanel: reading', () => {
  it('shows a preview of a pasted scenario: its name and the steps, events and branches per path', async () => {
    const { onimport } = mount();
    await paste(JSON.stringify(smallDocument()));
    await screen.findByTestId('import-preview');
    expect(screen.getByTestId('import-preview-name').textContent).toBe('A small case');
    const cells = (id: string) =>
      [...screen.getByTestId(id).querySelectorAll('th, td')].map((c) => c.textContent?.trim());
    expect(cells('import-preview-pilot')).toEqual(['Pilot path', '2', '1', '0']);
    expect(cells('import-preview-reference')).toEqual(['Reference path', '2', '2', '2']);
    expect(onimport).not.toHaveBeenCalled(); // nothing is stored before the user confirms
  });

  it('refuses an empty file', async () => {
    mount();
    await pick(new File([], 'empty.json'));
    expect(await refusal()).toBe('The file is empty (0 bytes). Nothing was imported.');
  });

  it('refuses a file over the limit by its size, without reading it', async () => {
    mount();
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
    const read = vi.spyOn(FileReader.prototype, 'readAsText');
    await pick(file);
    expect(await refusal()).toBe(
      'The file is too big (10.1 MB); PathCost reads files up to 10 MB. Nothing was imported.',
    );
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
  });

  it('refuses binary content read from a file', async () => {
    mount();
    await pick(
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], 'x.json'),
    );
    expect(await refusal()).toMatch(/^This is not a text file/);
  });

  it('lists the first 20 problems with their paths and counts the rest', async () => {
    mount();
    const d = smallDocument() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    d.paths.pilot.events = [];
    d.paths.pilot.steps = Array.from({ length: 100 }, (_, i) => ({
      id: `s${i}`,
      label: 's',
      payer: 'municipality-youth',
      oneOffCost: -1,
    }));
    await paste(JSON.stringify(d));
    expect(await refusal()).toBe(
      'Problems found: 100. Nothing was imported; correct the file and try again.',
    );
    const items = screen.getByTestId('import-problem-list').querySelectorAll('li');
    expect(items).toHaveLength(20);
    expect(items[0]!.textContent).toBe('paths.pilot.steps[0].oneOffCost: must not be negative');
    expect(screen.getByTestId('import-more-problems').textContent?.trim()).toBe('…and 80 more.');
    expect(screen.getByTestId('import-problems').getAttribute('role')).toBe('alert');
    expect(screen.queryByTestId('import-confirm')).toBeNull();
  });

  it('offers to scale branch probabilities that do not add up to 1, and only then does it', async () => {
    mount();
    const d = smallDocument() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    d.paths.reference.branches[1].probability = 0.37;
    await paste(JSON.stringify(d));
    await screen.findByText(/branch probabilities add up to 0\.97, not 1/);
    await fireEvent.click(screen.getByTestId('import-normalise'));
    expect((await screen.findByTestId('import-normalised')).textContent).toContain(
      'paths.reference.branches',
    );
  });

  it('says a file from a newer version was made with a newer version, in Dutch too', async () => {
    mount({ locale: 'nl' });
    await paste(JSON.stringify({ ...smallDocument(), schemaVersion: 99 }));
    expect(await refusal()).toMatch(
      /^Dit bestand is gemaakt met een nieuwere versie van PathCost \(versie 99/,
    );
  });

  it('shows a hostile name as text: no element is made from it', async () => {
    mount();
    const name = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await paste(JSON.stringify({ ...smallDocument(), name }));
    const h = await screen.findByTestId('import-preview-name');
    expect(h.textContent).toBe(name);
    expect(screen.getByTestId('import-panel').querySelector('img, script')).toBeNull();
  });
});

describe('ImportPanel: importing, all or nothing', () => {
  const a = scenarioSchema.parse(smallDocument('a'));
  const b = scenarioSchema.parse(smallDocument('b'));

  it('hands every scenario of a backup over in one call, then says so', async () => {
    const { onimport } = mount();
    await paste(backupExport([a, b]));
    await fireEvent.click(await screen.findByTestId('import-confirm'));
    await waitFor(() => expect(onimport).toHaveBeenCalledTimes(1));
    expect(onimport).toHaveBeenCalledWith([a, b], { replace: false });
    expect((await screen.findByTestId('import-status')).textContent).toContain(
      'Imported: A small case, A small case.',
    );
    expect(screen.queryByTestId('import-preview')).toBeNull();
  });

  it('hands nothing over when one scenario of a backup is bad', async () => {
    const { onimport } = mount();
    const doc = JSON.parse(backupExport([a, b]));
    doc.scenarios[1].paths.pilot.steps[0].oneOffCost = -1;
    await paste(JSON.stringify(doc));
    expect((await screen.findByTestId('import-problem-list')).textContent).toContain(
      'scenarios[1].paths.pilot.steps[0].oneOffCost: must not be negative',
    );
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    expect(onimport).not.toHaveBeenCalled();
  });

  it('imports a scenario whose id is stored as a new copy, unless the user chooses Replace', async () => {
    const first = mount({ existing: ['a'] });
    await paste(JSON.stringify(a));
    expect((await screen.findByTestId('import-exists')).textContent).toContain('a');
    expect(screen.getByTestId('import-confirm').textContent?.trim()).toBe('Import as a new copy');
    await fireEvent.click(screen.getByTestId('import-confirm'));
    await waitFor(() => expect(first.onimport).toHaveBeenCalledTimes(1));
    const [copied, options] = first.onimport.mock.calls[0]!;
    expect(options).toEqual({ replace: false });
    expect(copied[0]!.id).toMatch(/^scenario-[0-9a-z]{12}$/);
    expect({ ...copied[0], id: 'a' }).toEqual(a);
  });

  it('replaces under the same id when the user chooses Replace', async () => {
    const { onimport } = mount({ existing: ['a'] });
    await paste(JSON.stringify(a));
    await fireEvent.click(await screen.findByTestId('import-replace'));
    await waitFor(() => expect(onimport).toHaveBeenCalledWith([a], { replace: true }));
  });

  it('offers no Replace when no id is taken', async () => {
    mount({ existing: ['x'] });
    await paste(JSON.stringify(a));
    await screen.findByTestId('import-preview');
    expect(screen.queryByTestId('import-replace')).toBeNull();
    expect(screen.getByTestId('import-confirm').textContent?.trim()).toBe('Import');
  });

  it('shows why storing failed, keeps the preview to try again, and claims nothing was imported', async () => {
    const { onimport } = mount({
      onimport: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
    });
    await paste(JSON.stringify(a));
    await fireEvent.click(await screen.findByTestId('import-confirm'));
    const error = await screen.findByTestId('import-commit-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toBe(
      'The import could not be saved, and nothing was changed: QuotaExceededError: The quota has been exceeded.',
    );
    // The preview is still there with the same scenario, and Import can be pressed again.
    expect(screen.getByTestId('import-preview-name').textContent).toBe('A small case');
    const cells = [...screen.getByTestId('import-preview-pilot').querySelectorAll('th, td')].map((c) =>
      c.textContent?.trim(),
    );
    expect(cells).toEqual(['Pilot path', '2', '1', '0']);
    const confirm = screen.getByTestId('import-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(false);
    expect(screen.getByTestId('import-status').textContent?.trim()).toBe('');
    expect(onimport).toHaveBeenCalledTimes(1);
  });

  it('Cancel forgets the file and stores nothing', async () => {
    const { onimport } = mount();
    await paste(JSON.stringify(a));
    await fireEvent.click(await screen.findByTestId('import-cancel'));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(onimport).not.toHaveBeenCalled();
  });
});
