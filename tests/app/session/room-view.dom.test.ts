import { fireEvent, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/lib/model/scenario';
import { scenario, step } from '../../helpers/scenario';
import { addPeople, answerCounts, goToStep, sessionIn, settle, showSession, submit } from './render-session';

beforeEach(() => sessionStorage.clear());

function base(): Scenario {
  return scenario({
    pilot: { steps: [step('team', { oneOffCost: 20000 })] },
    reference: { events: [{ id: 'ots', label: 'OTS', kind: 'ots', probability: 0.3 }] },
  });
}

/** Three people answered 20, 30 and 50; the card of the OTS is on screen. */
async function answered() {
  const shown = showSession(base(), 'en');
  await addPeople('Anna', 'Bas', 'Chris');
  await goToStep(4);
  await submit('session-target');
  const id = sessionIn(shown.doc).estimates[0]!.id;
  await answerCounts(id, [20, 30, 50]);
  return { ...shown, id };
}

const key = async (k: string, init: KeyboardEventInit = {}) => {
  await fireEvent.keyDown(document.activeElement ?? document.body, { key: k, ...init });
  await settle();
};

describe('show to the room', () => {
  it('opens over the whole screen with the question, the answers by name and the pooled sentence', async () => {
    const { id } = await answered();
    const opener = screen.getByTestId('session-room-open');
    expect(opener.getAttribute('aria-keyshortcuts')).toBe('V');
    opener.focus();
    await fireEvent.click(opener);
    await settle();
    const room = screen.getByRole('dialog');
    expect(room.getAttribute('aria-modal')).toBe('true');
    expect(room.getAttribute('aria-labelledby')).toBe(`session-${id}-room-question`);
    expect(within(room).getByTestId('session-room-question').textContent).toMatch(
      /^Of 100 families like this one, in how many would “OTS/,
    );
    expect(within(room).getByTestId('session-room-sentence').textContent).toBe(
      screen.getByTestId('session-pooled-sentence').textContent,
    );
    // The chart writes every answer out beside the name; its text alternative is title + reading.
    const svg = within(room).getByRole('img');
    const labels = [...svg.querySelectorAll('text.label')].map((t) => t.textContent);
    const values = [...svg.querySelectorAll('text.value')].map((t) => t.textContent);
    expect(labels).toEqual(['Anna', 'Bas', 'Chris', 'Together']);
    expect(values.slice(0, 3)).toEqual(['20', '30', '50']);
    expect(values[3]).toMatch(/^\d+ \(\d+(\.\d)? to \d+\)$/);
    expect(svg.getAttribute('font-size')).toBe('28');
    // As a table, with the same names and numbers.
    await fireEvent.click(within(room).getByTestId('session-room-table'));
    await settle();
    const rows = within(within(room).getByTestId('session-room-answers')).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'WhoAnswer (of 100 families)',
      'Anna20',
      'Bas30',
      'Chris50',
      `Together${values[3]}`,
    ]);
  });

  it('keeps focus inside (Tab goes round), leaves with Esc and gives focus back', async () => {
    await answered();
    const opener = screen.getByTestId('session-room-open');
    opener.focus();
    await fireEvent.click(opener);
    await settle();
    const close = screen.getByTestId('session-room-close');
    const table = screen.getByTestId('session-room-table');
    expect(document.activeElement).toBe(close);
    await key('Tab');
    expect(document.activeElement).toBe(table);
    await key('Tab', { shiftKey: true });
    expect(document.activeElement).toBe(close);
    // Focus that escapes (a click behind the dialog) comes back.
    screen.getByTestId('session-apply').focus();
    await settle();
    expect(document.activeElement).toBe(close);
    await key('Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('V opens it from the card with focus, but not while typing; Close leaves', async () => {
    await answered();
    document.getElementById('session-question')!.focus();
    await key('v');
    expect(screen.queryByRole('dialog')).toBeNull();
    screen.getByTestId('session-apply').focus();
    await key('v', { ctrlKey: true });
    expect(screen.queryByRole('dialog')).toBeNull();
    await key('V');
    expect(screen.getByRole('dialog')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('session-room-close'));
    await settle();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('session-apply'));
  });

  it('leaves V alone while the view is hidden (another tab, or present mode over the page)', async () => {
    await answered();
    const view = screen.getByTestId('session-view');
    screen.getByTestId('session-apply').focus();
    view.parentElement!.setAttribute('hidden', '');
    await fireEvent.keyDown(screen.getByTestId('session-apply'), { key: 'V' });
    await settle();
    expect(document.querySelector('[role="dialog"]')).toBeNull(); // role queries skip hidden parts
    view.parentElement!.removeAttribute('hidden');
    await fireEvent.keyDown(screen.getByTestId('session-apply'), { key: 'V' });
    await settle();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
