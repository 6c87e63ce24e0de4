import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import QuantityInput from '../../../src/app/quantity/QuantityInput.svelte';
import type { Locale } from '../../../src/lib/i18n/locale';
import type { Quantity } from '../../../src/lib/model/quantity';
import type { QuantityRole } from '../../../src/lib/model/quantity-fields';
import { LocaleState } from '../../../src/lib/state/locale.svelte';

const NBSP = /[\u00a0\u202f]/g;

interface Options {
  value?: Quantity;
  role?: QuantityRole;
  locale?: Locale;
  label?: string;
  parameters?: string[];
  problem?: string | null;
  optional?: boolean;
}

function show(o: Options = {}) {
  const i18n = new LocaleState(null, ['en-GB']);
  if (o.locale === 'nl') i18n.set('nl');
  const onchange = vi.fn<(v: Quantity | undefined) => void>();
  const label = o.label ?? 'Monthly cost';
  const props = {
    i18n,
    id: 'q',
    label,
    value: o.value,
    role: o.role ?? 'cost',
    parameters: o.parameters ?? [],
    problem: o.problem ?? null,
    optional: o.optional ?? false,
    onchange,
  };
  const r = render(QuantityInput, { props });
  return { ...r, onchange, i18n, props };
}

const main = () => document.getElementById('q') as HTMLInputElement;
const field = (f: string) => document.getElementById(`q-${f}`) as HTMLInputElement;
const textOf = (id: string) => (document.getElementById(id)?.textContent ?? '').replace(NBSP, ' ').trim();
const preview = () => textOf('q-preview');
const notice = () => textOf('q-notice');

/** Type text as a user does (input events), then commit it as leaving the field does (change). */
async function typeAndCommit(el: HTMLInputElement, text: string) {
  await fireEvent.input(el, { target: { value: text } });
  await fireEvent.change(el);
}

async function chooseKind(kind: string) {
  await fireEvent.change(
    screen.getByLabelText('Monthly cost: kind of value', { exact: false }) as HTMLSelectElement,
    {
      target: { value: kind },
    },
  );
}

describe('QuantityInput: plain numbers', () => {
  it('commits an English-style number on change, with the preview saying how it was read', async () => {
    const { onchange } = show({ value: 100 });
    expect(main().value).toBe('100');
    await fireEvent.input(main(), { target: { value: '1,234.5' } });
    expect(preview()).toBe('reads as €1,234.50');
    expect(onchange).not.toHaveBeenCalled(); // not per keystroke
    await fireEvent.change(main());
    expect(onchange).toHaveBeenCalledExactlyOnceWith(1234.5);
    expect(main().value).toBe('1,234.5');
  });

  it('reads Dutch-style numbers in Dutch', async () => {
    const { onchange } = show({ value: 100, locale: 'nl', label: 'Kosten per maand' });
    await typeAndCommit(main(), '1.234,5');
    expect(onchange).toHaveBeenCalledExactlyOnceWith(1234.5);
    expect(preview()).toBe('gelezen als € 1.234,50');
  });

  it('keeps text that does not parse, says why, marks the field and passes nothing on', async () => {
    const { onchange } = show({ value: 100 });
    await typeAndCommit(main(), '12 euro');
    expect(onchange).not.toHaveBeenCalled();
    expect(main().value).toBe('12 euro');
    expect(main().getAttribute('aria-invalid')).toBe('true');
    expect(notice()).toBe(
      '“12 euro” (value) is not a number. Type numbers like 1,234.5. Until then the scenario keeps €100.',
    );
    // Fixing it clears the message and commits.
    await typeAndCommit(main(), '12');
    expect(onchange).toHaveBeenCalledExactlyOnceWith(12);
    expect(notice()).toBe('');
    expect(main().getAttribute('aria-invalid')).toBeNull();
  });

  it('refuses a negative cost', async () => {
    const { onchange } = show({ value: 100 });
    await typeAndCommit(main(), '-5');
    expect(onchange).not.toHaveBeenCalled();
    expect(notice()).toContain('This cannot be below 0.');
  });

  it('commits on Enter once, even when a change event follows', async () => {
    const { onchange } = show({ value: 1 });
    await fireEvent.input(main(), { target: { value: '7' } });
    // fireEvent returns false when the default (submitting a surrounding form) was prevented.
    expect(await fireEvent.keyDown(main(), { key: 'Enter' })).toBe(false);
    await fireEvent.change(main());
    expect(onchange).toHaveBeenCalledExactlyOnceWith(7);
  });

  it('passes undefined on when an optional field is emptied, and asks for a value when it is required', async () => {
    const optional = show({ value: 5, optional: true });
    await typeAndCommit(main(), '');
    expect(optional.onchange).toHaveBeenCalledExactlyOnceWith(undefined);
    optional.unmount();

    const required = show({ value: 5 });
    await typeAndCommit(main(), '  ');
    expect(required.onchange).not.toHaveBeenCalled();
    expect(notice()).toBe('Fill in: value. Until then the scenario keeps €5.');
  });

  it('shows a new value from outside (undo) in place of the typing', async () => {
    const { rerender } = show({ value: 100 });
    await fireEvent.input(main(), { target: { value: '12' } });
    await rerender({ value: 250 });
    expect(main().value).toBe('250');
  });
});

describe('QuantityInput: chances', () => {
  it('reads a chance typed as 30% or 0,3 and shows it as a count of 100 families', async () => {
    const en = show({ value: 0.1, role: 'probability', label: 'Chance of an OTS' });
    expect(field('count').value).toBe('10');
    await typeAndCommit(main(), '30%');
    expect(en.onchange).toHaveBeenCalledExactlyOnceWith(0.3);
    expect(field('count').value).toBe('30');
    en.unmount();

    const nl = show({ value: 0.1, role: 'probability', label: 'Kans op een OTS', locale: 'nl' });
    await typeAndCommit(main(), '0,3');
    expect(nl.onchange).toHaveBeenCalledExactlyOnceWith(0.3);
  });

  it('asks the observable question and maps "how many of 100" to the chance', async () => {
    const { onchange } = show({ value: 0.1, role: 'probability', label: 'Chance of an OTS' });
    const count = screen.getByLabelText('Chance of an OTS: of 100 families like this one, how many?');
    expect(count.id).toBe('q-count');
    await typeAndCommit(count as HTMLInputElement, '25');
    expect(onchange).toHaveBeenCalledExactlyOnceWith(0.25);
    expect(main().value).toBe('0.25');
    await typeAndCommit(count as HTMLInputElement, '120');
    expect(onchange).toHaveBeenCalledTimes(1);
    expect(notice()).toContain('Type a number of families from 0 to 100.');
    expect(count.getAttribute('aria-invalid')).toBe('true');
  });

  it('asks the question in Dutch', () => {
    show({ value: 0.1, role: 'probability', label: 'Kans op een OTS', locale: 'nl' });
    expect(screen.getByText('Kans op een OTS: bij hoeveel van 100 gezinnen zoals dit gezin?')).toBeTruthy();
  });

  it('refuses a chance above 1 (30 without a percent sign)', async () => {
    const { onchange } = show({ value: 0.1, role: 'probability', label: 'Chance' });
    await typeAndCommit(main(), '30');
    expect(onchange).not.toHaveBeenCalled();
    expect(notice()).toBe('A chance lies between 0 and 1 (0% to 100%). Until then the scenario keeps 10%.');
  });

  it('takes "k of n comparable families" as a beta, and refuses k above n', async () => {
    const { onchange } = show({ value: 0.1, role: 'probability', label: 'Chance' });
    await fireEvent.change(screen.getByLabelText('Chance: kind of value'), { target: { value: 'kOfN' } });
    expect(onchange).not.toHaveBeenCalled();
    expect(notice()).toBe(
      'Fill in: it happened in (k), comparable families (n). Until then the scenario keeps 10%.',
    );
    expect(screen.getByLabelText('Chance', { exact: false, selector: 'input' }).id).toBe('q');
    await typeAndCommit(main(), '3');
    await typeAndCommit(field('n'), '10');
    expect(onchange).toHaveBeenCalledExactlyOnceWith({ dist: 'beta', k: 3, n: 10 });
    expect(preview()).toBe('mean 33.3%; 90%: 13.5% to 56.4%');
    await typeAndCommit(main(), '12');
    expect(onchange).toHaveBeenCalledTimes(1);
    expect(notice()).toContain('It cannot happen in more families than there are (k from 0 to n).');
  });

  it('offers only distributions that stay within 0..1 for a chance', () => {
    show({ value: { dist: 'beta', mean: 0.3, sd: 0.1 }, role: 'probability', label: 'Chance' });
    const options = [...(screen.getByLabelText('Chance: distribution') as HTMLSelectElement).options].map(
      (o) => o.value,
    );
    expect(options).toEqual(['beta', 'uniform', 'triangular', 'betaShape']);
  });

  it('refuses a beta whose sd is too large for its mean', async () => {
    const { onchange } = show({
      value: { dist: 'beta', mean: 0.3, sd: 0.1 },
      role: 'probability',
      label: 'Chance',
    });
    // In English a lone comma that cannot group thousands is read as a decimal mark.
    await typeAndCommit(field('sd'), '0,5');
    expect(onchange).not.toHaveBeenCalled();
    expect(notice()).toContain('The spread is too large for this mean: the sd must be below 0.458.');
    expect(field('sd').getAttribute('aria-invalid')).toBe('true');
    expect(main().getAttribute('aria-invalid')).toBeNull();
  });
});

describe('QuantityInput: three-point estimates and distributions', () => {
  it('turns a plain number into the three-point estimate x / x / x without changing it', async () => {
    const { onchange } = show({ value: 300 });
    await chooseKind('threePoint');
    expect(onchange).toHaveBeenCalledExactlyOnceWith({ dist: 'pert', min: 300, mode: 300, max: 300 });
    expect([main().value, field('mode').value, field('max').value]).toEqual(['300', '300', '300']);
    expect(screen.getByLabelText('Monthly cost low', { exact: false }).id).toBe('q');
  });

  it('commits a typed three-point estimate as PERT and previews its mean and 90 % interval', async () => {
    const { onchange } = show({ value: { dist: 'pert', min: 1, mode: 2, max: 3 } });
    await fireEvent.input(main(), { target: { value: '0' } });
    await fireEvent.input(field('mode'), { target: { value: '3' } });
    await fireEvent.input(field('max'), { target: { value: '12' } });
    // The preview follows the typing before anything is committed.
    expect(onchange).not.toHaveBeenCalled();
    expect(preview()).toBe('mean €4; 90%: €0.92 to €7.89');
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toBe('Density: mean €4, 9 in 10 values from €0.92 to €7.89');
    expect(img.querySelector('path')?.getAttribute('d')).toMatch(/^M5,28L/);
    await fireEvent.change(field('max'));
    expect(onchange).toHaveBeenCalledExactlyOnceWith({ dist: 'pert', min: 0, mode: 3, max: 12 });
  });

  it('refuses low above high and most likely outside them', async () => {
    const { onchange } = show({ value: { dist: 'pert', min: 1, mode: 2, max: 3 } });
    await typeAndCommit(main(), '5');
    expect(notice()).toContain('Low must not be above high.');
    expect(main().getAttribute('aria-invalid')).toBe('true');
    expect(field('max').getAttribute('aria-invalid')).toBe('true');
    expect(onchange).not.toHaveBeenCalled();
    await typeAndCommit(main(), '0');
    expect(onchange).toHaveBeenCalledExactlyOnceWith({ dist: 'pert', min: 0, mode: 2, max: 3 });
    await typeAndCommit(field('mode'), '4');
    expect(notice()).toContain('Most likely must lie between low and high.');
    expect(field('mode').getAttribute('aria-invalid')).toBe('true');
    expect(main().getAttribute('aria-invalid')).toBeNull();
    expect(onchange).toHaveBeenCalledTimes(1);
  });

  it('makes a number a distribution with the same mean and waits for the spread, keeping the old value', async () => {
    const { onchange } = show({ value: 100 });
    await chooseKind('distribution');
    expect(onchange).not.toHaveBeenCalled();
    expect((screen.getByLabelText('Monthly cost: distribution') as HTMLSelectElement).value).toBe('gamma');
    expect(main().value).toBe('100');
    expect(notice()).toBe('Fill in: spread (sd). Until then the scenario keeps €100.');
    expect(main().getAttribute('aria-invalid')).toBeNull(); // a gentle note, not an error
    await typeAndCommit(field('sd'), '20');
    expect(onchange).toHaveBeenCalledExactlyOnceWith({ dist: 'gamma', mean: 100, sd: 20 });
    expect(preview()).toBe('mean €100; 90%: €69.53 to €135');
  });

  it('keeps mean and sd when the family changes, and the mean when it becomes a number again', async () => {
    const { onchange } = show({ value: { dist: 'gamma', mean: 100, sd: 20 } });
    await fireEvent.change(screen.getByLabelText('Monthly cost: distribution'), {
      target: { value: 'normal' },
    });
    expect(onchange).toHaveBeenLastCalledWith({ dist: 'normal', mean: 100, sd: 20 });
    await fireEvent.change(screen.getByLabelText('Monthly cost: distribution'), {
      target: { value: 'uniform' },
    });
    const half = Math.sqrt(3) * 20;
    expect(onchange).toHaveBeenLastCalledWith({
      dist: 'uniform',
      min: Number((100 - half).toPrecision(6)),
      max: Number((100 + half).toPrecision(6)),
    });
    await chooseKind('number');
    expect(onchange).toHaveBeenLastCalledWith(100);
  });

  it('takes discrete values and weights separated by semicolons, and shows bars', async () => {
    const { onchange } = show({ value: 1, role: 'units', label: 'Monthly cost' });
    await chooseKind('distribution');
    await fireEvent.change(screen.getByLabelText('Monthly cost: distribution'), {
      target: { value: 'discrete' },
    });
    // A number becomes a discrete value with weight 1 (the same value).
    expect(onchange).toHaveBeenLastCalledWith({ dist: 'discrete', values: [1], weights: [1] });
    await fireEvent.input(main(), { target: { value: '1; 2; 4' } });
    await typeAndCommit(field('weights'), '1; 2; 1');
    expect(onchange).toHaveBeenLastCalledWith({ dist: 'discrete', values: [1, 2, 4], weights: [1, 2, 1] });
    expect(screen.getByRole('img').querySelectorAll('rect')).toHaveLength(3);
    await typeAndCommit(field('weights'), '1; 2');
    expect(notice()).toContain('Give as many weights as values');
  });
});

describe('QuantityInput: formulas', () => {
  it('turns a number into a formula of that number, and commits formulas over parameters', async () => {
    const { onchange } = show({ value: 100, parameters: ['rate', 'hours'] });
    await chooseKind('formula');
    expect(onchange).toHaveBeenLastCalledWith({ formula: '100' });
    expect(preview()).toBe('reads as €100');
    expect(screen.getByText('Names you can use: rate, hours. Decimals with a point (0.5).')).toBeTruthy();
    await typeAndCommit(main(), 'rate * hours');
    expect(onchange).toHaveBeenLastCalledWith({ formula: 'rate * hours' });
    expect(preview()).toBe('depends on the parameters rate, hours');
  });

  it('names unknown names with the names that may be used, and passes nothing on', async () => {
    const { onchange } = show({ value: { formula: 'rate' }, parameters: ['rate', 'hours'] });
    await typeAndCommit(main(), 'rte * 2');
    expect(onchange).not.toHaveBeenCalled();
    expect(notice()).toBe(
      'Unknown name: rte. You can use: rate, hours. Until then the scenario keeps the formula rate.',
    );
    await typeAndCommit(main(), 'rate * (2');
    expect(notice()).toContain('The formula cannot be read.');
    await typeAndCommit(main(), 'import(1)');
    expect(notice()).toContain('The formula uses something that is not allowed.');
    expect(onchange).not.toHaveBeenCalled();
  });
});

describe('QuantityInput: labels, keyboard and languages', () => {
  it('is a labelled group whose inputs describe themselves by the preview, the notes and the scenario problem', () => {
    show({ value: { dist: 'pert', min: 0, mode: 3, max: 12 }, problem: 'must not be negative' });
    expect(screen.getByRole('group', { name: 'Monthly cost' })).toBeTruthy();
    for (const el of [main(), field('mode'), field('max')]) {
      expect(el.getAttribute('aria-describedby')).toBe('q-preview q-notice q-problem');
    }
    expect(textOf('q-problem')).toBe('Scenario check: must not be negative');
    expect(preview()).toBe('mean €4; 90%: €0.92 to €7.89');
    expect(main().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Monthly cost: kind of value').tagName).toBe('SELECT');
    expect(screen.getByLabelText('most likely').id).toBe('q-mode');
  });

  it('puts every control in the tab order, without positive tabindex', () => {
    show({ value: { dist: 'gamma', mean: 100, sd: 20 } });
    const controls = [...document.querySelectorAll('input, select')];
    expect(controls.map((c) => c.id)).toEqual(['q-kind', 'q-family', 'q', 'q-sd']);
    for (const c of controls) expect((c as HTMLElement).tabIndex).toBe(0);
  });

  it('speaks Dutch in Dutch: kinds, families, fields, preview and messages', async () => {
    const { onchange } = show({
      value: { dist: 'gamma', mean: 1000, sd: 200 },
      locale: 'nl',
      label: 'Kosten',
    });
    const kinds = [...(screen.getByLabelText('Kosten: soort waarde') as HTMLSelectElement).options].map(
      (o) => o.text,
    );
    expect(kinds).toEqual(['Getal', 'Laag, meest waarschijnlijk, hoog', 'Verdeling', 'Formule']);
    expect(screen.getByLabelText('spreiding (sd)').id).toBe('q-sd');
    expect(main().value).toBe('1.000');
    expect(preview()).toBe('gemiddeld € 1.000; 90%: € 695 tot € 1.350');
    await typeAndCommit(field('sd'), '-3');
    expect(onchange).not.toHaveBeenCalled();
    expect(notice()).toBe(
      'De spreiding (sd) moet boven 0 liggen. Tot dan houdt het scenario een verdeling met gemiddelde € 1.000.',
    );
  });

  it('follows a language switch', async () => {
    const { i18n } = show({ value: 2.5, role: 'duration', label: 'Duration' });
    expect(preview()).toBe('reads as 2.5 months');
    i18n.set('nl');
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(main().value).toBe('2,5');
    expect(preview()).toBe('gelezen als 2,5 maanden');
  });
});
