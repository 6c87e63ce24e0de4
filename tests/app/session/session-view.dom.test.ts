import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import SessionView from '../../../src/app/session/SessionView.svelte';
import type { Scenario } from '../../../src/lib/model/scenario';
import { describeDistribution } from '../../../src/lib/model/distribution-facts';
import type { Distribution } from '../../../src/lib/model/quantity';
import { sessionOf } from '../../../src/lib/session/session-of';
import { LocaleState } from '../../../src/lib/state/locale.svelte';
import { ScenarioState } from '../../../src/lib/state/scenario.svelte';
import { scenario, step } from '../../helpers/scenario';

// jsdom has no layout: `bind:clientWidth` needs a ResizeObserver, which then never reports (width 0).
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

function base(): Scenario {
  return scenario(
    {
      pilot: { steps: [step('team', { label: 'Pilot team', oneOffCost: 20000, members: ['mother'] })] },
      reference: {
        steps: [step('regular', { label: 'Regular care', oneOffCost: 3000 })],
        events: [{ id: 'ots', label: 'OTS', kind: 'ots', probability: 0.3 }],
      },
    },
    { members: [{ id: 'mother', label: 'Mother', role: 'parent' }] },
  );
}

function show(s: Scenario = base(), locale: 'en' | 'nl' = 'en') {
  const i18n = new LocaleState(null, [locale === 'en' ? 'en-GB' : 'nl-NL']);
  let now = 0;
  const doc = new ScenarioState(() => (now += 5000)); // each edit its own undo step
  doc.load(s);
  const onopenpaths = vi.fn();
  const view = render(SessionView, { props: { i18n, doc, onopenpaths } });
  return { doc, onopenpaths, view };
}

async function settle() {
  for (let i = 0; i < 5; i++) await tick();
}
const session = (doc: ScenarioState) => sessionOf(doc.draft!);
const input = (id: string) => document.getElementById(id) as HTMLInputElement;

async function typeInto(id: string, text: string) {
  await fireEvent.input(input(id), { target: { value: text } });
}
async function submit(id: string) {
  await fireEvent.submit(input(id).form!);
  await settle();
}
async function goToStep(n: number) {
  await fireEvent.click(screen.getByTestId(`session-step-${n}`));
  await settle();
}
async function addPeople(...names: string[]) {
  for (const name of names) {
    await typeInto('session-participant-name', name);
    await submit('session-participant-name');
  }
}

// The session remembers its step per scenario in sessionStorage; every test starts afresh.
beforeEach(() => sessionStorage.clear());

describe('the session view', () => {
  it('walks through five numbered steps; the heading takes focus and says where we are', async () => {
    show();
    expect(screen.getByTestId('session-panel').getAttribute('data-step')).toBe('1');
    await fireEvent.click(screen.getByTestId('session-next'));
    await settle();
    expect(screen.getByTestId('session-panel').getAttribute('data-step')).toBe('2');
    expect(document.activeElement?.textContent?.trim()).toBe('Step 2 of 5: With the pilot');
    expect(screen.getByTestId('session-step-2').getAttribute('aria-current')).toBe('step');
    await goToStep(5);
    expect(screen.queryByTestId('session-next')).toBeNull();
  });

  it('adds participants (names stay on this computer), and undo takes one away', async () => {
    const { doc } = show();
    expect(screen.getByTestId('session-privacy').textContent).toMatch(/stay on this computer/);
    await addPeople('Anna', 'Bas');
    expect(session(doc).participants.map((p) => p.name)).toEqual(['Anna', 'Bas']);
    const rows = screen.getAllByTestId('session-participant');
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Anna', 'Bas']);
    expect(screen.getByTestId('session-status').textContent).toBe('Bas added.');
    expect(document.activeElement?.id).toBe('session-participant-name');
    expect(doc.undo()).toBe(true);
    expect(session(doc).participants.map((p) => p.name)).toEqual(['Anna']);
  });

  it('an empty name adds nobody and says why', async () => {
    const { doc } = show();
    await submit('session-participant-name');
    expect(doc.draft!.session).toBeUndefined();
    expect(input('session-participant-name').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('session-participant-problem')?.textContent).toBe('Type a name first.');
  });

  it('shows each path read-only, with a lane per family member, and a way to the Paths tab', async () => {
    const { onopenpaths } = show();
    await goToStep(2);
    const timeline = screen.getByTestId('session-timeline-pilot');
    expect(within(timeline).getByRole('group', { name: 'Timeline: Pilot path' })).toBeTruthy();
    expect(timeline.textContent).toContain('Mother');
    await fireEvent.click(screen.getByTestId('session-pilot-edit'));
    expect(onopenpaths).toHaveBeenCalledOnce();
    await goToStep(3);
    expect(screen.getByTestId('session-timeline-reference')).toBeTruthy();
  });

  it('collects three answers side by side, pools them in a sentence, and puts the pooled beta in the model', async () => {
    const { doc } = show();
    await addPeople('Anna', 'Bas', 'Chris');
    await goToStep(4);
    await submit('session-target'); // "Ask the group" about the one risk there is: OTS
    expect(session(doc).estimates.map((e) => e.target)).toEqual([{ pathId: 'reference', eventId: 'ots' }]);
    const card = screen.getByTestId('session-estimate');
    // The question, with OTS explained at its first use.
    expect(within(card).getByTestId('session-question').textContent).toMatch(
      /^Of 100 families like this one, in how many would “OTS” happen without the pilot \(with regular care\), within \d+ years\?$/,
    );
    expect(card.querySelector('h4 .explain')).not.toBeNull();
    const id = session(doc).estimates[0]!.id;
    expect(document.activeElement?.id).toBe(`session-${id}-who`);

    // Anna: one number. The form then moves on to Bas, with the cursor in the number field.
    await typeInto(`session-${id}-count`, '20');
    await submit(`session-${id}-count`);
    expect((document.getElementById(`session-${id}-who`) as HTMLSelectElement).value).toBe('participant-2');
    // Bas and Chris: low / most likely / high, with a reason.
    await fireEvent.click(input(`session-${id}-kind-range`));
    await settle();
    await typeInto(`session-${id}-low`, '10');
    await typeInto(`session-${id}-likely`, '30');
    await typeInto(`session-${id}-high`, '60');
    await typeInto(`session-${id}-note`, 'Seen it often');
    await submit(`session-${id}-low`);
    expect(document.activeElement?.id).toBe(`session-${id}-low`);
    await typeInto(`session-${id}-low`, '40');
    await typeInto(`session-${id}-likely`, '40');
    await typeInto(`session-${id}-high`, '40');
    await submit(`session-${id}-low`);

    expect(session(doc).estimates[0]!.answers).toEqual([
      { participantId: 'participant-1', kind: 'count', count: 20 },
      { participantId: 'participant-2', kind: 'range', low: 10, likely: 30, high: 60, note: 'Seen it often' },
      { participantId: 'participant-3', kind: 'range', low: 40, likely: 40, high: 40 },
    ]);
    const rows = within(screen.getByTestId('session-answers')).getAllByTestId('session-answer');
    const cells = (r: HTMLElement) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim());
    expect(rows.map(cells)).toEqual([
      ['Anna', '20', '', 'Remove'],
      ['Bas', '10 to 60, most likely 30', 'Seen it often', 'Remove'],
      ['Chris', '40', '', 'Remove'],
    ]);
    expect(screen.getByTestId('session-chart-reading').textContent).toBe(
      '3 answers, together from 10 to 60 of 100 families.',
    );
    // Pooled: mean (20 + 19/60*100 + 40) / 3 = 30.56 of 100, so "about 31".
    const sentence = screen.getByTestId('session-pooled-sentence').textContent!;
    expect(sentence).toMatch(
      /^Together: about 31 of 100 families\. There is a 9 in 10 chance that it is between \d+(\.\d)? and \d+(\.\d)?\.$/,
    );

    await fireEvent.click(screen.getByTestId('session-apply'));
    await settle();
    const p = doc.draft!.paths.reference.events[0]!.probability as Distribution;
    expect(p).toMatchObject({ dist: 'beta' });
    const facts = describeDistribution(p);
    expect(facts.ok && facts.facts.mean).toBeCloseTo(11 / 36, 6);
    expect(session(doc).estimates[0]!.appliedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(doc.undoLabel).toBe('Use the group’s estimate');
    expect(screen.getByTestId('session-in-use').textContent).toContain('The model uses this now.');
    expect(screen.getByTestId('session-status').textContent).toBe(
      'OTS now uses the group’s estimate: about 31 of 100 families. Undo with Ctrl+Z.',
    );
    expect(doc.undo()).toBe(true);
    expect(doc.draft!.paths.reference.events[0]!.probability).toBe(0.3);
  });

  it('says what is wrong with an answer, at its field, and saves nothing', async () => {
    const { doc } = show();
    await addPeople('Anna');
    await goToStep(4);
    await submit('session-target');
    const id = session(doc).estimates[0]!.id;
    await fireEvent.click(input(`session-${id}-kind-range`));
    await settle();
    await typeInto(`session-${id}-low`, '50');
    await typeInto(`session-${id}-likely`, '30');
    await typeInto(`session-${id}-high`, '20');
    await submit(`session-${id}-low`);
    expect(session(doc).estimates[0]!.answers).toEqual([]);
    expect(input(`session-${id}-low`).getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`session-${id}-low-problem`)?.textContent).toBe(
      'Low must not be above high.',
    );
    expect(document.activeElement?.id).toBe(`session-${id}-low`);
  });

  it('in Dutch: reads 12,5 as twelve and a half and speaks plain Dutch', async () => {
    const { doc } = show(base(), 'nl');
    await addPeople('Anna');
    await goToStep(4);
    await submit('session-target');
    const id = session(doc).estimates[0]!.id;
    await typeInto(`session-${id}-count`, '12,5');
    await submit(`session-${id}-count`);
    expect(session(doc).estimates[0]!.answers[0]).toMatchObject({ kind: 'count', count: 12.5 });
    expect(screen.getByTestId('session-pooled-sentence').textContent).toBe(
      'Tot nu toe één antwoord: 12,5 van de 100 gezinnen.',
    );
  });

  it('parking lot: add with Enter, mark resolved, delete, undo; the open count is in the heading', async () => {
    const { doc } = show();
    await goToStep(5);
    await typeInto('session-parking-new', 'Who pays the guardian?');
    await submit('session-parking-new');
    await typeInto('session-parking-new', 'Waiting list: 3 or 6 months?');
    await submit('session-parking-new');
    expect(session(doc).parkingLot.map((q) => q.text)).toEqual([
      'Who pays the guardian?',
      'Waiting list: 3 or 6 months?',
    ]);
    expect(screen.getByTestId('session-open-count').textContent).toContain('2 open questions');

    const first = session(doc).parkingLot[0]!.id;
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Resolved: Who pays the guardian?' }));
    await settle();
    expect(session(doc).parkingLot[0]!.resolved).toBe(true);
    expect(screen.getByTestId('session-open-count').textContent).toContain('1 open question');

    await fireEvent.click(screen.getByRole('button', { name: 'Delete: Who pays the guardian?' }));
    await settle();
    expect(session(doc).parkingLot.map((q) => q.id)).not.toContain(first);
    expect(screen.getByTestId('session-status').textContent).toBe('Question deleted. Undo with Ctrl+Z.');
    expect(doc.undo()).toBe(true);
    await settle();
    expect(session(doc).parkingLot.map((q) => q.text)).toEqual([
      'Who pays the guardian?',
      'Waiting list: 3 or 6 months?',
    ]);
    expect(screen.getAllByTestId('session-parking-item')).toHaveLength(2);
  });

  it('removing a participant removes their answers, says so, and undo brings both back', async () => {
    const { doc } = show();
    await addPeople('Anna', 'Bas');
    await goToStep(4);
    await submit('session-target');
    const id = session(doc).estimates[0]!.id;
    await typeInto(`session-${id}-count`, '20');
    await submit(`session-${id}-count`);
    await goToStep(1);
    await fireEvent.click(screen.getByRole('button', { name: 'Remove Anna' }));
    await settle();
    expect(session(doc).participants.map((p) => p.name)).toEqual(['Bas']);
    expect(session(doc).estimates[0]!.answers).toEqual([]);
    expect(screen.getByTestId('session-status').textContent).toBe(
      'Anna removed, with 1 answer. Undo with Ctrl+Z.',
    );
    doc.undo();
    expect(session(doc).estimates[0]!.answers).toHaveLength(1);
  });
});

describe('small things the review found', () => {
  it('the role goes back to “not given” after someone is added', async () => {
    const { doc } = show();
    const role = document.getElementById('session-participant-role') as HTMLSelectElement;
    await fireEvent.change(role, { target: { value: 'parent' } });
    await addPeople('Anna');
    expect(role.value).toBe('');
    await addPeople('Bas');
    expect(session(doc).participants).toEqual([
      { id: 'participant-1', name: 'Anna', role: 'parent' },
      { id: 'participant-2', name: 'Bas' },
    ]);
  });

  it('saving the same answer again says it has not changed (and records no undo step)', async () => {
    const { doc } = show();
    await addPeople('Anna');
    await goToStep(4);
    await submit('session-target');
    const id = session(doc).estimates[0]!.id;
    await typeInto(`session-${id}-count`, '20');
    await submit(`session-${id}-count`);
    expect(screen.getByTestId('session-status').textContent).toBe('Answer of Anna saved.');
    const label = doc.undoLabel;
    await typeInto(`session-${id}-count`, '20');
    await submit(`session-${id}-count`);
    expect(screen.getByTestId('session-status').textContent).toBe('The answer of Anna has not changed.');
    expect(doc.undoLabel).toBe(label);
  });

  it('the parking lot explains a word like OTS once, at its first use', async () => {
    show(base(), 'nl');
    await goToStep(5);
    for (const text of ['Komt er een OTS?', 'Wie betaalt de OTS?']) {
      await typeInto('session-parking-new', text);
      await submit('session-parking-new');
    }
    const items = screen.getAllByTestId('session-parking-item');
    expect(items.map((li) => li.querySelectorAll('.explain').length)).toEqual([1, 0]);
    expect(items[1]!.querySelector('abbr[data-term="ots"]')).not.toBeNull();
  });

  it('a new view of the same scenario opens at the step it was at; another scenario at its own', async () => {
    const first = show();
    await goToStep(4);
    first.view.unmount();
    const second = show();
    expect(screen.getByTestId('session-panel').getAttribute('data-step')).toBe('4');
    expect(sessionStorage.getItem('pathcost:session-step:test')).toBe('4');
    second.view.unmount();
    show({ ...base(), id: 'other' });
    expect(screen.getByTestId('session-panel').getAttribute('data-step')).toBe('1');
  });
});
