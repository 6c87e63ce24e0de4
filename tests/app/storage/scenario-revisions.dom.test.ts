import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ScenarioRevisions from '../../../src/app/storage/ScenarioRevisions.svelte';
import { LocaleState } from '../../../src/lib/state/locale.svelte';
import type { Persistence } from '../../../src/lib/state/persistence.svelte';

describe('earlier versions in the library', () => {
  it('lists the kept revisions but the current one, and Restore restores the chosen one', async () => {
    const persistence = {
      revisions: vi.fn(() =>
        Promise.resolve([
          { rev: 3, updatedAt: 1_700_000_300_000 },
          { rev: 2, updatedAt: 1_700_000_200_000 },
          { rev: 1, updatedAt: 1_700_000_100_000 },
        ]),
      ),
      restoreRevision: vi.fn(() => Promise.resolve(true)),
    } as unknown as Persistence;
    const { container } = render(ScenarioRevisions, {
      i18n: new LocaleState(null, ['en-GB']),
      persistence,
      id: 'case-a',
      name: 'Case A',
      currentRev: 3,
    });
    const details = container.querySelector('details')!;
    expect(screen.getByText('Earlier versions')).toBeTruthy();
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    const rows = await screen.findAllByTestId('library-revision');
    expect(rows.map((r) => r.dataset.rev)).toEqual(['2', '1']);
    const restore = screen.getAllByRole('button', { name: /^Restore version 2,/ });
    await fireEvent.click(restore[0]!);
    expect(persistence.restoreRevision).toHaveBeenCalledWith('case-a', 2);
    expect((await screen.findByRole('status')).textContent).toBe('Version 2 restored.');
  });
});
