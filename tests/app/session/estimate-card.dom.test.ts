import { fireEvent, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Distribution } from '../../../src/lib/model/quantity';
import { scenario, step } from '../../helpers/scenario';
import { case1 } from '../../lib/session/case-1';
import { addPeople, answerCounts, goToStep, sessionIn, settle, showSession, submit } from './render-session';

beforeEach(() => sessionStorage.clear());

const param = (doc: ReturnType<typeof showSession>['doc'], id: string) =>
  doc.draft!.parameters.find((p) => p.id === id)!;

describe('a contested risk of case 1 (Dutch)', () => {
  it('offers no budget shares, asks about the father’s risk as its parameter, shows today’s value and source, and applies there', async () => {
    const { doc } = showSession(case1(), 'nl');
    await addPeople('Anna', 'Bas');
    await goToStep(4);
    const select = document.getElementById('session-target') as HTMLSelectElement;
    const options = [...select.options].map((o) => o.textContent);
    expect(options).toHaveLength(4);
    expect(options.some((o) => /Aandeel budget/.test(o ?? ''))).toBe(false);
    expect([...select.querySelectorAll('optgroup')].map((g) => g.label)).toEqual([
      'Zonder pilot (de gewone zorg)',
      'Met de pilot (Beter Thuis 0-6)',
    ]);

    await submit('session-target');
    expect(sessionIn(doc).estimates.map((e) => e.target)).toEqual([{ parameterId: 'p_father_burnout_ref' }]);
    const card = screen.getByTestId('session-estimate');
    expect(within(card).getByRole('heading', { level: 4 }).textContent).toContain(
      'Vader valt uit: burn-out / verzuim (zonder steun) · Zonder pilot (de gewone zorg)',
    );
    expect(within(card).getByTestId('session-question').textContent).toBe(
      'Bij hoeveel van de 100 gezinnen zoals dit zou “Vader valt uit: burn-out / verzuim (zonder steun)” gebeuren, zonder de pilot (met de gewone zorg), binnen 5 jaar?',
    );
    expect(within(card).getByTestId('session-now').textContent).toBe(
      'Nu in het model: ongeveer 50 van de 100 gezinnen.',
    );
    expect(within(card).getByTestId('session-source').textContent).toMatch(
      /^Bron: Assumption; the report gives no number/,
    );

    const id = sessionIn(doc).estimates[0]!.id;
    await answerCounts(id, [20, 40]);
    await fireEvent.click(screen.getByTestId('session-apply'));
    await settle();
    expect(screen.queryByTestId('session-confirm')).toBeNull();
    expect(param(doc, 'p_father_burnout_ref').value).toEqual({ dist: 'beta', mean: 0.3, sd: 0.1 });
    expect(doc.draft!.paths.reference.events[0]!.probability).toEqual({ formula: 'p_father_burnout_ref' });
    expect(within(card).getByTestId('session-now').textContent).toBe(
      'Nu in het model: ongeveer 30 van de 100 gezinnen.',
    );
    expect(within(card).getByTestId('session-source').textContent).toMatch(
      /^Bron: Group session \d{4}-\d\d-\d\d: pooled estimate of 2 participants .* Before: Assumption;/,
    );
    // The list still has the risk once.
    expect(select.options).toHaveLength(4);
  });
});

describe('what Apply would lose is confirmed first', () => {
  it('everyone gave the same number: the card says the margin goes, Apply asks, Cancel keeps all, Use it anyway applies', async () => {
    const { doc } = showSession(case1(), 'en');
    await addPeople('Anna', 'Bas');
    await goToStep(4);
    await submit('session-target');
    const id = sessionIn(doc).estimates[0]!.id;
    await answerCounts(id, [20, 20]);
    expect(screen.getByTestId('session-no-spread').textContent).toBe(
      'This is one number, without a margin. If you use it, the model counts exactly 20 of 100 for every family, and the uncertainty is gone. Better ask everyone for a low, most likely and high number.',
    );
    expect(screen.getByTestId('session-chart-reading').textContent).toBe(
      '2 answers, all 20 of 100 families.',
    );
    const before = param(doc, 'p_father_burnout_ref');

    await fireEvent.click(screen.getByTestId('session-apply'));
    await settle();
    const confirm = screen.getByTestId('session-confirm');
    expect(within(confirm).getByTestId('session-warning').getAttribute('data-kind')).toBe('removes-spread');
    expect(document.activeElement?.id).toBe(`session-${id}-confirm`);
    expect(param(doc, 'p_father_burnout_ref')).toBe(before);

    await fireEvent.click(within(confirm).getByTestId('session-confirm-cancel'));
    await settle();
    expect(screen.queryByTestId('session-confirm')).toBeNull();
    expect(param(doc, 'p_father_burnout_ref')).toBe(before);
    expect(screen.getByTestId('session-status').textContent).toBe('Nothing changed.');
    expect(document.activeElement?.id).toBe(`session-${id}-apply`);

    await fireEvent.click(screen.getByTestId('session-apply'));
    await settle();
    await fireEvent.click(screen.getByTestId('session-confirm-apply'));
    await settle();
    expect(param(doc, 'p_father_burnout_ref').value).toBe(0.2);
    expect(screen.queryByTestId('session-confirm')).toBeNull();
  });

  it('a formula over other numbers: the confirmation says which formula is replaced', async () => {
    const s = scenario(
      {
        pilot: { steps: [step('team', { oneOffCost: 1000 })] },
        reference: { events: [{ id: 'ots', label: 'OTS', probability: { formula: 'p_base * 0.5' } }] },
      },
      { parameters: [{ id: 'p_base', value: 0.4 }] },
    );
    const { doc } = showSession(s, 'en');
    await addPeople('Anna', 'Bas');
    await goToStep(4);
    await submit('session-target');
    expect(screen.getByTestId('session-now').textContent).toBe('Now in the model: a rule (p_base * 0.5).');
    const id = sessionIn(doc).estimates[0]!.id;
    await answerCounts(id, [10, 30]);
    await fireEvent.click(screen.getByTestId('session-apply'));
    await settle();
    expect(screen.getByTestId('session-warning').textContent).toBe(
      'The model now works this chance out with a rule: p_base * 0.5. The group’s estimate takes its place.',
    );
    expect(doc.draft!.paths.reference.events[0]!.probability).toEqual({ formula: 'p_base * 0.5' });
    await fireEvent.click(screen.getByTestId('session-confirm-apply'));
    await settle();
    const p = doc.draft!.paths.reference.events[0]!.probability as Distribution;
    expect(p).toEqual({ dist: 'beta', mean: 0.2, sd: 0.1 });
  });
});

describe('two camps', () => {
  it('answers 10 and 80: the card says the combined number hides two groups', async () => {
    const { doc } = showSession(case1(), 'nl');
    await addPeople('Anna', 'Bas', 'Chris');
    await goToStep(4);
    await submit('session-target');
    const id = sessionIn(doc).estimates[0]!.id;
    await answerCounts(id, [10, 15, 80]);
    expect(screen.getByTestId('session-camps').textContent).toBe(
      'De antwoorden vallen in twee groepen: 10 tot 15 en 80 van de 100 gezinnen. Het samengevoegde getal ligt daartussen en laat dat niet zien. Praat erover voordat u het gebruikt.',
    );
  });

  it('answers close together: no such note', async () => {
    const { doc } = showSession(case1(), 'nl');
    await addPeople('Anna', 'Bas');
    await goToStep(4);
    await submit('session-target');
    await answerCounts(sessionIn(doc).estimates[0]!.id, [10, 50]);
    expect(screen.queryByTestId('session-camps')).toBeNull();
  });
});
