import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { vi } from 'vitest';
import SessionView from '../../../src/app/session/SessionView.svelte';
import type { Scenario } from '../../../src/lib/model/scenario';
import { sessionOf } from '../../../src/lib/session/session-of';
import { LocaleState } from '../../../src/lib/state/locale.svelte';
import { ScenarioState } from '../../../src/lib/state/scenario.svelte';

// jsdom has no layout: `bind:clientWidth` needs a ResizeObserver, which then never reports (width 0).
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

/** The session view of `s`, in `locale`, with every edit its own undo step. */
export function showSession(s: Scenario, locale: 'en' | 'nl' = 'en') {
  const i18n = new LocaleState(null, [locale === 'en' ? 'en-GB' : 'nl-NL']);
  let now = 0;
  const doc = new ScenarioState(() => (now += 5000));
  doc.load(s);
  const onopenpaths = vi.fn();
  const view = render(SessionView, { props: { i18n, doc, onopenpaths } });
  return { doc, onopenpaths, view };
}

export async function settle() {
  for (let i = 0; i < 5; i++) await tick();
}
export const sessionIn = (doc: ScenarioState) => sessionOf(doc.draft!);
export const field = (id: string) => document.getElementById(id) as HTMLInputElement;

export async function typeInto(id: string, text: string) {
  await fireEvent.input(field(id), { target: { value: text } });
}
export async function submit(id: string) {
  await fireEvent.submit(field(id).form!);
  await settle();
}
export async function goToStep(n: number) {
  await fireEvent.click(screen.getByTestId(`session-step-${n}`));
  await settle();
}
export async function addPeople(...names: string[]) {
  for (const name of names) {
    await typeInto('session-participant-name', name);
    await submit('session-participant-name');
  }
}
/** Participants 1, 2, ... answer the estimate `id` with one number each. */
export async function answerCounts(id: string, counts: number[]) {
  for (const n of counts) {
    await typeInto(`session-${id}-count`, String(n));
    await submit(`session-${id}-count`);
  }
}
