import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import EditorView from '../../../src/app/editor/EditorView.svelte';
import type { EditorSelection } from '../../../src/lib/edit/selection';
import type { Scenario } from '../../../src/lib/model/scenario';
import { LocaleState } from '../../../src/lib/state/locale.svelte';
import { ScenarioState } from '../../../src/lib/state/scenario.svelte';
import { scenario, step } from '../../helpers/scenario';
import { setBranchProbability } from '../../../src/lib/edit/branch-probabilities';
import { updateEvent } from '../../../src/lib/edit/update-event';
import { updateStep } from '../../../src/lib/edit/update-step';

function base(): Scenario {
  return scenario(
    {
      pilot: {
        steps: [
          step('coach', { label: { en: 'Family coach', nl: 'Gezinscoach' }, monthlyCost: 500, duration: 6 }),
        ],
      },
      reference: {
        steps: [step('regular', { label: 'Regular care', oneOffCost: 3000 })],
        branches: [
          { id: 'likely', label: 'Most likely', probability: 0.7 },
          { id: 'unlikely', label: 'Less likely', probability: 0.3 },
        ],
      },
    },
    {
      members: [{ id: 'mother', label: 'Mother', role: 'parent' }],
      parameters: [{ id: 'p_ots', value: 0.4 }],
    },
  );
}

/** The same with the reference branches adding up to 0.97 (an error). */
function offBy3(s: Scenario): Scenario {
  return setBranchProbability(s, 'reference', 'likely', 0.67);
}

function show(s: Scenario, selection: EditorSelection | null = null, locale: 'en' | 'nl' = 'en') {
  const i18n = new LocaleState(null, [locale === 'en' ? 'en-GB' : 'nl-NL']);
  let t = 0;
  const doc = new ScenarioState(() => (t += 5000)); // every edit its own undo step unless coalesced in one call
  doc.load(s);
  const view = render(EditorView, { props: { i18n, doc, priceList: null, selection } });
  return { doc, i18n, view };
}

const pilotSteps = (doc: ScenarioState) => doc.draft!.paths.pilot.steps;
/** Let effects, ticks and focus moves finish. */
async function settle() {
  for (let i = 0; i < 5; i++) await tick();
}
/** Type into a number field (QuantityInput) and commit it, as a person does (then Tab or Enter). */
async function typeNumber(el: HTMLElement, text: string) {
  await fireEvent.input(el, { target: { value: text } });
  await fireEvent.change(el, { target: { value: text } });
}
const INPUT = { selector: 'input' };
const stepForm = () => within(screen.getByTestId('step-form'));
const firstRow = () => within(screen.getAllByTestId('step-row')[0]!);
/** The field (label + control + message) a control belongs to. */
const fieldOf = (el: HTMLElement) => el.closest('.quantity, .field') as HTMLElement;

describe('the step form', () => {
  it('shows the path at a glance: one row per step with payer, timing and cost', () => {
    show(base());
    const row = screen.getAllByTestId('step-row')[0]!;
    expect(row.textContent).toContain('Family coach');
    expect(row.textContent).toContain('Municipality (Youth Act)');
    expect(row.textContent).toContain('month 0, 6 months');
    expect(row.textContent).toContain('€500 a month');
    const toggle = within(row).getByRole('button', { name: /^\W*Family coach$/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('typing a label and a cost commits edits through the history, keeping the other language', async () => {
    const { doc } = show(base());
    await fireEvent.click(firstRow().getByRole('button', { name: /^\W*Family coach$/ }));
    const label = stepForm().getByLabelText('Name') as HTMLInputElement;
    expect(label.value).toBe('Family coach');
    await fireEvent.input(label, { target: { value: 'Family coach team' } });
    expect(pilotSteps(doc)[0]!.label).toEqual({ en: 'Family coach team', nl: 'Gezinscoach' });
    expect(doc.undoLabel).toBe('Name of Family coach');
    const cost = stepForm().getByLabelText('Cost per month (EUR)', INPUT) as HTMLInputElement;
    await typeNumber(cost, '750');
    expect(pilotSteps(doc)[0]!.monthlyCost).toBe(750);
    expect(doc.undoLabel).toBe('Cost per month (EUR) of Family coach team');
    doc.undo();
    await settle();
    expect(pilotSteps(doc)[0]!.monthlyCost).toBe(500);
    expect((stepForm().getByLabelText('Cost per month (EUR)', INPUT) as HTMLInputElement).value).toBe('500');
  });

  it('typing in one field is one undo step', async () => {
    const s = base();
    const i18n = new LocaleState(null, ['en-GB']);
    const doc = new ScenarioState(() => 0); // all edits at the same moment
    doc.load(s);
    render(EditorView, { props: { i18n, doc, priceList: null, selection: { kind: 'step', id: 'coach' } } });
    await settle();
    const label = stepForm().getByLabelText('Name') as HTMLInputElement;
    for (const v of ['F', 'Fa', 'Fam']) await fireEvent.input(label, { target: { value: v } });
    expect(pilotSteps(doc)[0]!.label).toEqual({ en: 'Fam', nl: 'Gezinscoach' });
    doc.undo();
    expect(doc.draft).toBe(s);
  });

  it('a bad value shows the validation message next to its field, and the row counts it', async () => {
    const { doc } = show(base(), { kind: 'step', id: 'coach' });
    await settle();
    // A value the number field itself would refuse, as an imported file may hold it.
    doc.edit('import', (s) => updateStep(s, { path: 'pilot' }, 'coach', (x) => ({ ...x, probability: 1.5 })));
    await settle();
    const field = fieldOf(stepForm().getByLabelText('Probability that it happens', INPUT));
    expect(field.textContent).toContain('must be between 0 and 1');
    expect(screen.getAllByTestId('step-row')[0]!.textContent).toContain('1 problem');
  });

  it('the summary lists errors and warnings in words and its button moves focus to the field', async () => {
    const s = base();
    const bad = offBy3({
      ...s,
      paths: {
        ...s.paths,
        pilot: { ...s.paths.pilot, steps: [{ ...s.paths.pilot.steps[0]!, monthlyCost: -5 }] },
      },
    });
    show(bad);
    const summary = screen.getByTestId('problem-summary');
    expect(screen.getByTestId('problem-count').textContent).toContain('2 errors');
    const button = within(summary).getByRole('button', {
      name: /Family coach › Cost per month \(EUR\): must not be negative/,
    });
    expect(button.textContent).toMatch(/^\s*Error:/);
    await fireEvent.click(button);
    await settle();
    const input = stepForm().getByLabelText('Cost per month (EUR)', INPUT);
    expect(document.activeElement).toBe(input);
    expect(fieldOf(input).textContent).toContain('Error: must not be negative');
    const sum = within(summary).getByRole('button', { name: /Reference path › Alternative futures/ });
    await fireEvent.click(sum);
    await settle();
    expect(document.activeElement?.id).toBe('ed-paths-reference-branches');
  });

  it('adds a step from its name with a readable id, opens it and puts the cursor in it', async () => {
    const { doc } = show(base());
    const name = screen.getAllByLabelText('Name of the new step')[0]!;
    await fireEvent.input(name, { target: { value: 'Video observation' } });
    await fireEvent.keyDown(name, { key: 'Enter' });
    await settle();
    expect(pilotSteps(doc).map((x) => x.id)).toEqual(['coach', 'video-observation']);
    expect(doc.undoLabel).toBe('Add Video observation');
    expect(document.activeElement?.id).toBe('ed-paths-pilot-steps-1-label');
    expect(screen.getByTestId('editor-announcement').textContent).toBe('Added Video observation.');
  });

  it('moves with Alt+arrows, copies to the other path, and deletes with an announcement', async () => {
    const { doc } = show(base());
    const name = screen.getAllByLabelText('Name of the new step')[0]!;
    await fireEvent.input(name, { target: { value: 'Intake' } });
    await fireEvent.keyDown(name, { key: 'Enter' });
    const toggle = screen.getByRole('button', { name: /^\W*Intake$/ });
    await fireEvent.keyDown(toggle, { key: 'ArrowUp', altKey: true });
    await settle();
    expect(pilotSteps(doc).map((x) => x.id)).toEqual(['intake', 'coach']);
    expect(document.activeElement?.id).toBe('ed-paths-pilot-steps-0-toggle');
    await fireEvent.click(screen.getByRole('button', { name: 'Copy to the reference path: Family coach' }));
    expect(doc.draft!.paths.reference.steps.map((x) => x.id)).toEqual(['regular', 'coach']);
    await fireEvent.click(screen.getByRole('button', { name: 'Delete Intake' }));
    await settle();
    expect(pilotSteps(doc).map((x) => x.id)).toEqual(['coach']);
    expect(screen.getByTestId('editor-announcement').textContent).toBe(
      'Deleted Intake. Press Ctrl+Z to undo.',
    );
  });

  it('shows the step in Dutch and edits the Dutch label only', async () => {
    const { doc } = show(base(), { kind: 'step', id: 'coach' }, 'nl');
    await settle();
    const label = stepForm().getByLabelText('Naam') as HTMLInputElement;
    expect(label.value).toBe('Gezinscoach');
    await fireEvent.input(label, { target: { value: 'Gezinscoach (wijk)' } });
    expect(pilotSteps(doc)[0]!.label).toEqual({ en: 'Family coach', nl: 'Gezinscoach (wijk)' });
    expect(screen.getAllByTestId('step-row')[0]!.textContent).toContain('€\u00a0500 per maand');
  });

  it('switching the cost to hours × rate shows those fields and keeps the one-off cost', async () => {
    const { doc } = show(base(), { kind: 'step', id: 'coach' });
    await settle();
    await fireEvent.change(stepForm().getByLabelText('Running cost'), { target: { value: 'hours' } });
    expect(pilotSteps(doc)[0]).toMatchObject({ hoursPerMonth: 0, hourlyRate: 0, duration: 6 });
    await typeNumber(stepForm().getByLabelText('Hours per month', INPUT), '4');
    await typeNumber(stepForm().getByLabelText('Hourly rate (EUR)', INPUT), '78');
    expect(pilotSteps(doc)[0]).toMatchObject({ hoursPerMonth: 4, hourlyRate: 78 });
    expect(screen.getAllByTestId('step-row')[0]!.textContent).toContain('4 hours × €78 a month');
    await fireEvent.click(stepForm().getByLabelText('Mother'));
    expect(pilotSteps(doc)[0]!.members).toEqual(['mother']);
  });
});

describe('the event form', () => {
  it('adds a risk event with a consequence that ends a step, and shows a bad probability by its field', async () => {
    const { doc } = show(base());
    const name = screen.getAllByLabelText('Name of the new risk event')[0]!;
    await fireEvent.input(name, { target: { value: 'Father burnout' } });
    await fireEvent.keyDown(name, { key: 'Enter' });
    await settle();
    const event = () => doc.draft!.paths.pilot.events[0]!;
    expect(event()).toMatchObject({ id: 'father-burnout', probability: 0.5, onset: 0 });
    expect(document.activeElement?.id).toBe('ed-paths-pilot-events-0-label');
    const form = screen.getByTestId('event-form');
    const probability = within(form).getByLabelText(
      'Probability that it happens within the onset window',
      INPUT,
    );
    doc.edit('import', (s) =>
      updateEvent(s, { path: 'pilot' }, 'father-burnout', (e) => ({ ...e, probability: 2 })),
    );
    await settle();
    expect(fieldOf(probability).textContent).toContain('Error: must be between 0 and 1');
    expect(probability.getAttribute('aria-invalid')).toBe('true');
    await typeNumber(probability, '0.3');
    expect(event().probability).toBe(0.3);
    expect(fieldOf(probability).textContent).not.toContain('must be between');
    await typeNumber(within(form).getByLabelText('Onset (month)', INPUT), '9');
    expect(event().onset).toBe(9);
    await fireEvent.click(within(form).getByLabelText('Family coach'));
    expect(event().ends).toEqual(['coach']);
    const consequence = within(form).getByLabelText('Name of the new consequence');
    await fireEvent.input(consequence, { target: { value: 'Sick leave' } });
    await fireEvent.keyDown(consequence, { key: 'Enter' });
    await settle();
    expect(event().consequences.map((x) => x.id)).toEqual(['sick-leave']);
    expect(document.activeElement?.id).toBe('ed-paths-pilot-events-0-consequences-0-label');
    expect(screen.getByLabelText('Start (months after the onset)', INPUT)).toBeTruthy();
  });

  it('"only if X happened" offers the other events and changes the onset label', async () => {
    const s = base();
    const withEvents: Scenario = {
      ...s,
      paths: {
        ...s.paths,
        pilot: {
          ...s.paths.pilot,
          events: [
            { id: 'ots', label: 'OTS', kind: 'ots', probability: 0.4, onset: 6, consequences: [], ends: [] },
            {
              id: 'uhp',
              label: 'UHP',
              kind: 'placement',
              probability: 0.3,
              onset: 3,
              consequences: [],
              ends: [],
            },
          ],
        },
      },
    };
    const { doc } = show(withEvents, { kind: 'event', id: 'uhp' });
    await settle();
    expect(document.activeElement?.id).toBe('ed-paths-pilot-events-1-label');
    const after = screen.getByLabelText('Only if this happened') as HTMLSelectElement;
    expect([...after.options].map((o) => o.textContent)).toEqual(['Always possible (no condition)', 'OTS']);
    await fireEvent.change(after, { target: { value: 'ots' } });
    expect(doc.draft!.paths.pilot.events[1]!.after).toBe('ots');
    expect(screen.getByLabelText('Onset (months after that event)', INPUT)).toBeTruthy();
    expect(screen.getAllByTestId('event-row')[1]!.textContent).toContain('only after OTS');
  });
});

describe('branches', () => {
  it('show their sum, and Normalise (an explicit action) makes it 1', async () => {
    const { doc } = show(offBy3(base()));
    const sum = screen.getByTestId('branch-sum-reference');
    expect(sum.textContent).toContain('Sum = 0.97');
    expect(sum.textContent).toContain('do not add up to 1');
    const normalise = within(sum).getByRole('button', { name: 'Normalise' }) as HTMLButtonElement;
    expect(normalise.disabled).toBe(false);
    const help = document.getElementById(normalise.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toBe('Scales the probabilities in proportion, so they add up to exactly 1.');
    expect(help?.closest('[hidden], [aria-hidden="true"]')).toBeNull();
    expect(normalise.hasAttribute('title')).toBe(false);
    await fireEvent.click(normalise);
    expect(doc.draft!.paths.reference.branches.map((b) => b.probability)).toEqual([0.6907, 0.3093]);
    expect(sum.textContent).toContain('Sum = 1.00');
    expect(sum.textContent).toContain('The probabilities add up to 1.');
    expect(normalise.disabled).toBe(true);
    expect(doc.undoLabel).toBe('Normalise the branches of the reference path');
  });

  it('a typed probability is kept as typed (not fixed) and the sum follows', async () => {
    const { doc } = show(offBy3(base()), null, 'nl');
    const p = screen.getAllByLabelText('Kans')[0]!;
    await fireEvent.change(p, { target: { value: '0,7' } });
    expect(doc.draft!.paths.reference.branches[0]!.probability).toBe(0.7);
    expect(screen.getByTestId('branch-sum-reference').textContent).toContain('Som = 1,00');
    await fireEvent.change(p, { target: { value: 'zeven' } });
    expect(doc.draft!.paths.reference.branches[0]!.probability).toBe(0.7);
    expect(fieldOf(p).textContent).toContain('Vul een getal in');
  });
});

describe('the parameters panel', () => {
  it('keeps a half-typed new name with its own parameter when another parameter is deleted', async () => {
    const s: Scenario = {
      ...base(),
      parameters: [
        { id: 'a', value: 1 },
        { id: 'b', value: 2 },
        { id: 'c', value: 3 },
      ],
    };
    const { doc } = show(s);
    await fireEvent.click(screen.getByRole('button', { name: /^\W*b$/ }));
    await fireEvent.click(screen.getByRole('button', { name: /^\W*c$/ }));
    const rowOf = (id: string) =>
      screen.getAllByTestId('parameter-row').find((r) => r.dataset.parameterId === id)!;
    const nameOf = (id: string) => within(rowOf(id)).getByLabelText('Name in formulas') as HTMLInputElement;
    await fireEvent.input(nameOf('b'), { target: { value: 'b_new' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Delete a' }));
    await settle();
    expect(doc.draft!.parameters.map((p) => p.id)).toEqual(['b', 'c']);
    expect(nameOf('c').value).toBe('c');
    expect(nameOf('b').value).toBe('b_new');
    await fireEvent.keyDown(nameOf('b'), { key: 'Enter' });
    await settle();
    expect(doc.draft!.parameters.map((p) => p.id)).toEqual(['b_new', 'c']);
    expect(document.activeElement).toBe(nameOf('b_new'));
  });

  it('refuses a formula word as a new name and says why', async () => {
    const { doc } = show(base());
    await fireEvent.click(screen.getByRole('button', { name: /^\W*p_ots$/ }));
    const row = screen.getByTestId('parameter-row');
    const id = within(row).getByLabelText('Name in formulas');
    await fireEvent.input(id, { target: { value: 'not' } });
    expect(row.textContent).toContain('This word has a meaning of its own in formulas');
    await fireEvent.keyDown(id, { key: 'Enter' });
    expect(doc.draft!.parameters[0]!.id).toBe('p_ots');
  });

  it('lists where a parameter is used and renames it in every formula', async () => {
    const s = base();
    const used: Scenario = {
      ...s,
      paths: {
        ...s.paths,
        pilot: {
          ...s.paths.pilot,
          steps: [{ ...s.paths.pilot.steps[0]!, probability: { formula: 'p_ots * 2 + p_ots' } }],
        },
      },
    };
    const { doc } = show(used);
    await fireEvent.click(screen.getByRole('button', { name: /^\W*p_ots$/ }));
    const row = screen.getByTestId('parameter-row');
    const use = within(row).getByRole('button', {
      name: 'Go to Pilot path › Family coach › Probability that it happens',
    });
    const id = within(row).getByLabelText('Name in formulas');
    await fireEvent.input(id, { target: { value: 'p-ots' } });
    expect(row.textContent).toContain('A name starts with a letter or _');
    await fireEvent.input(id, { target: { value: 'kans_ots' } });
    await fireEvent.keyDown(id, { key: 'Enter' });
    expect(doc.draft!.parameters[0]!.id).toBe('kans_ots');
    expect(pilotSteps(doc)[0]!.probability).toEqual({ formula: 'kans_ots * 2 + kans_ots' });
    expect(doc.undoLabel).toBe('Rename p_ots to kans_ots');
    await settle();
    const again = within(screen.getByTestId('parameter-row')).getByRole('button', {
      name: /Go to Pilot path › Family coach/,
    });
    expect(use.isConnected || again.isConnected).toBe(true);
    await fireEvent.click(again);
    await settle();
    expect(document.activeElement?.id).toBe('ed-paths-pilot-steps-0-probability');
  });
});
