import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SaveBanner from '../../../src/app/storage/SaveBanner.svelte';
import StorageStatus from '../../../src/app/storage/StorageStatus.svelte';
import StorageNotices from '../../../src/app/storage/StorageNotices.svelte';
import { LocaleState } from '../../../src/lib/state/locale.svelte';
import type { Persistence, SaveState, StorageNotice } from '../../../src/lib/state/persistence.svelte';

function fakePersistence(state: SaveState, extra: Partial<Persistence> = {}): Persistence {
  return {
    state,
    persisted: false,
    notices: [] as StorageNotice[],
    retry: vi.fn(() => Promise.resolve()),
    dismiss: vi.fn(),
    reloading: vi.fn(),
    ...extra,
  } as unknown as Persistence;
}
const english = () => new LocaleState(null, ['en-GB']);
const dutch = () => new LocaleState(null, ['nl-NL']);

describe('storage UI', () => {
  it('the status line says saved, and that the browser may clear the data when persist() was refused', () => {
    render(StorageStatus, { i18n: english(), persistence: fakePersistence({ kind: 'saved', at: 1 }) });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Saved in this browser');
    expect(status.textContent).toContain('The browser may clear this data');
  });

  it('a full disk shows an alert banner with Export now and Try again; each does its job', async () => {
    const p = fakePersistence({ kind: 'failed', reason: 'quota', attempt: 2 });
    const onexport = vi.fn();
    render(SaveBanner, { i18n: english(), persistence: p, onexport });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Not saved: storage full');
    // The retry counter is shown but outside the alert (it is not re-announced at every retry).
    expect(alert.textContent).not.toContain('Tried');
    expect(screen.getByTestId('save-banner-attempts').textContent).toContain('Tried 2 times');
    await fireEvent.click(screen.getByRole('button', { name: 'Export now' }));
    expect(onexport).toHaveBeenCalledOnce();
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(p.retry).toHaveBeenCalledOnce();
  });

  it('no banner while saving works; in Dutch the banner is Dutch', () => {
    const { container } = render(SaveBanner, {
      i18n: english(),
      persistence: fakePersistence({ kind: 'saved', at: 1 }),
      onexport: () => undefined,
    });
    expect(container.querySelector('[role="alert"]')).toBeNull();
    render(SaveBanner, {
      i18n: dutch(),
      persistence: fakePersistence({ kind: 'failed', reason: 'closed', attempt: 1 }),
      onexport: () => undefined,
    });
    expect(screen.getByRole('alert').textContent).toContain('Niet opgeslagen');
  });

  it('notices say what happened; a reload is offered only when it cannot loop', () => {
    const notices: StorageNotice[] = [
      { kind: 'savedAsCopy', name: { nl: 'Gezin Jansen', en: 'Family Jansen' } },
      { kind: 'newerDatabase', loop: true },
    ];
    render(StorageNotices, {
      i18n: english(),
      persistence: fakePersistence({ kind: 'closed' }, { notices }),
    });
    const alerts = screen.getAllByRole('alert');
    expect(alerts[0]!.textContent).toContain('saved as a copy of “Family Jansen”');
    expect(alerts[1]!.textContent).toContain('Close all PathCost tabs');
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
  });
});
