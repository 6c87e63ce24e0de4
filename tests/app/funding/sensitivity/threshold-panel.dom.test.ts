import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ThresholdPanel from '../../../../src/app/funding/sensitivity/ThresholdPanel.svelte';
import { analysisInputs } from '../../../../src/lib/analysis/analysis-inputs';
import type { ThresholdResult } from '../../../../src/lib/analysis/analysis-types';
import { CATALOGUES } from '../../../../src/lib/i18n/messages';
import type { Scenario } from '../../../../src/lib/model/scenario';
import { roundOutward } from '../../../../src/lib/sensitivity/threshold-range';
import { thresholdSentences } from '../../../../src/lib/sensitivity/threshold-sentence';
import { LocaleState } from '../../../../src/lib/state/locale.svelte';
import { FakeRunner, stubResizeObserver } from './fake-runner';
import { panelsScenario } from './panels-scenario';
import { thresholdResult } from './threshold-result';

const en = CATALOGUES.en;
const nl = CATALOGUES.nl;
beforeEach(stubResizeObserver);
afterEach(() => vi.unstubAllGlobals());

function show(scenario: Scenario | null = panelsScenario(), locale: 'en' | 'nl' = 'en') {
  const i18n = new LocaleState(null, ['en-GB']);
  if (locale === 'nl') i18n.set('nl');
  const runner = new FakeRunner();
  const { rerender } = render(ThresholdPanel, { props: { i18n, scenario, runner } });
  return { i18n, runner, rerender };
}

const field = (id: string) => screen.getByTestId(id) as HTMLInputElement & HTMLSelectElement;

async function finish(runner: FakeRunner, result: ThresholdResult) {
  runner.last.resolve({ kind: 'threshold', result });
  return screen.findByTestId('threshold-sentence');
}

describe('ThresholdPanel', () => {
  it('lists every input of the scenario, parameters and step fields in their own groups', () => {
    const s = panelsScenario();
    show(s);
    const select = field('threshold-input');
    const groups = [...select.querySelectorAll('optgroup')];
    expect(groups.map((g) => g.label)).toEqual([en.sensGroupParameters, en.sensGroupFields]);
    const inputs = analysisInputs(s);
    const options = groups.flatMap((g) => [...g.querySelectorAll('option')].map((o) => o.value));
    expect(options).toEqual([
      ...inputs.filter((i) => i.kind === 'parameter').map((i) => i.ref),
      ...inputs.filter((i) => i.kind === 'field').map((i) => i.ref),
    ]);
    expect(select.value).toBe('parameters[0].value');
    expect(field('threshold-year').value).toBe('3');
    expect([...field('threshold-year').options].map((o) => o.value)).toEqual(['1', '2', '3', '4', '5']);
    expect(screen.getByTestId('threshold-input-source').textContent).toContain('Report, case 1 (2023)');
  });

  it('fills the range from the chosen input, rounded outward, and refills it when another is chosen', async () => {
    const s = panelsScenario();
    const { runner } = show(s);
    const [cost, chance] = analysisInputs(s);
    expect(Number(field('threshold-lower').value)).toBe(cost!.lower);
    // The input's own upper end has many digits; the field shows it with 2 significant digits.
    expect(cost!.upper).not.toBe(roundOutward(cost!.upper, 'upper', 2));
    expect(field('threshold-upper').value).toMatch(/^\d\d,000$/);
    expect(Number(field('threshold-upper').value.replace(/,/g, ''))).toBe(
      roundOutward(cost!.upper, 'upper', 2),
    );
    await fireEvent.click(screen.getByTestId('threshold-compute'));
    expect(runner.last.job).toMatchObject({
      options: { lower: 0, upper: roundOutward(cost!.upper, 'upper', 2) },
    });
    await fireEvent.input(field('threshold-upper'), { target: { value: '99' } });
    await fireEvent.change(field('threshold-input'), { target: { value: chance!.ref } });
    expect([field('threshold-lower').value, field('threshold-upper').value]).toEqual(['0%', '100%']);
    expect(screen.getByTestId('threshold-input-source').textContent).toContain('illustrative assumption');
  });

  it('asks for a threshold with the chosen input, range, payer and year, by common random numbers', async () => {
    const s = panelsScenario();
    const { runner } = show(s);
    await fireEvent.change(field('threshold-input'), { target: { value: 'parameters[1].value' } });
    await fireEvent.change(field('threshold-payer'), { target: { value: 'municipality-youth' } });
    await fireEvent.change(field('threshold-year'), { target: { value: '2' } });
    await fireEvent.input(field('threshold-upper'), { target: { value: '60%' } });
    await fireEvent.click(field('threshold-discounted'));
    await fireEvent.click(screen.getByTestId('threshold-compute'));
    expect(runner.last.job).toEqual({
      kind: 'threshold',
      scenario: s,
      options: {
        ref: 'parameters[1].value',
        lower: 0,
        upper: 0.6,
        target: { payerId: 'municipality-youth', byMonth: 24, discounted: false },
        iterations: 2000,
        seed: 4242,
        outerDraws: 20,
      },
    });
  });

  it('says the found value in a plain sentence with its interval, and the range ends in a table', async () => {
    const s = panelsScenario();
    const { runner } = show(s);
    await fireEvent.change(field('threshold-input'), { target: { value: 'parameters[1].value' } });
    await fireEvent.change(field('threshold-payer'), { target: { value: 'municipality-youth' } });
    await fireEvent.click(screen.getByTestId('threshold-compute'));
    const result = thresholdResult({ ref: 'parameters[1].value' });
    const sentence = await finish(runner, result);
    const input = analysisInputs(s)[1]!;
    const expected = thresholdSentences(result, input, { payerName: 'Municipality (Youth Act)' }, en, 'en', {
      lower: 0,
      upper: 1,
    });
    expect(sentence.textContent).toBe(expected[0]);
    expect(sentence.textContent).toBe(
      'The pilot breaks even for Municipality (Youth Act) within 3 years if “Chance of an out-of-home placement” is below 23.1 in 100 families.',
    );
    expect(screen.getAllByTestId('threshold-more').map((p) => p.textContent)).toEqual(expected.slice(1));
    const cells = [...screen.getByTestId('threshold-ends').querySelectorAll('tbody td')].map(
      (td) => td.textContent,
    );
    expect(cells).toEqual(['0%', '€4,000', '100%', '-€9,000']);
    expect(screen.getByTestId('threshold-result').dataset.value).toBe('0.2312');
  });

  it('says when the pilot breaks even in the whole range, or nowhere, in Dutch too', async () => {
    const { runner } = show(panelsScenario(), 'nl');
    await fireEvent.click(screen.getByTestId('threshold-compute'));
    const always = thresholdResult({
      ref: 'parameters[0].value',
      status: 'always',
      value: null,
      breaksEvenWhen: null,
      interval: null,
      target: { payerId: null, byMonth: 36, discounted: true },
    });
    expect((await finish(runner, always)).textContent).toMatch(
      /^De pilot speelt voor alle betalers samen binnen 3 jaar quitte in het hele bereik van „Kosten van de pilot”, van €\u00a00 tot €\u00a0[\d.]+\.$/,
    );
    await fireEvent.click(screen.getByTestId('threshold-compute'));
    runner.last.resolve({ kind: 'threshold', result: { ...always, status: 'never' } });
    await vi.waitFor(() =>
      expect(screen.getByTestId('threshold-sentence').textContent).toMatch(
        /^De pilot speelt voor alle betalers samen binnen 3 jaar nergens quitte in het bereik van „Kosten van de pilot”/,
      ),
    );
    expect(screen.getByTestId('threshold-compute').textContent).toBe(nl.sensComputeAgainButton);
  });

  it('refuses a range the wrong way round, with the reason', async () => {
    const { runner } = show();
    await fireEvent.input(field('threshold-lower'), { target: { value: '50000' } });
    await fireEvent.input(field('threshold-upper'), { target: { value: '100' } });
    expect(screen.getByTestId('threshold-blocked').textContent!.trim()).toBe(
      en.sensFieldProblem(en.sensRangeLegend, en.sensRangeProblem),
    );
    await fireEvent.click(screen.getByTestId('threshold-compute'));
    expect(runner.calls).toHaveLength(0);
  });

  it('takes 0 or at least 20 draws for the interval, saying why, and takes the keyboard to the field', async () => {
    const { runner } = show();
    const fold = screen.getByTestId('threshold-panel').querySelector('details')!;
    expect(fold.open).toBe(false);
    await fireEvent.input(field('threshold-draws'), { target: { value: '5' } });
    const reason = en.sensFieldProblem(en.sensOuterDrawsField, en.sensOuterDrawsProblem('20', '200'));
    expect(screen.getByTestId('threshold-blocked').textContent!.trim()).toBe(reason);
    expect(reason).toContain('Fewer than 20 draws are too few for a 90 % interval');
    await fireEvent.click(screen.getByTestId('threshold-compute'));
    expect(runner.calls).toHaveLength(0);
    expect(screen.getByTestId('threshold-blocked').getAttribute('role')).toBe('alert');
    expect(screen.getByTestId('threshold-blocked').textContent!.trim()).toBe(en.sensNotComputed(reason));
    expect(fold.open).toBe(true);
    expect(document.activeElement).toBe(field('threshold-draws'));
    await fireEvent.input(field('threshold-draws'), { target: { value: '0' } });
    expect(screen.queryByTestId('threshold-blocked')).toBeNull();
    await fireEvent.click(screen.getByTestId('threshold-compute'));
    expect(runner.last.job).toMatchObject({ options: { outerDraws: 0 } });
  });

  it('shows the range searched, double crossings, a capped search and an interval end beyond the range', async () => {
    const { runner } = show();
    await fireEvent.change(field('threshold-input'), { target: { value: 'parameters[1].value' } });
    await fireEvent.click(screen.getByTestId('threshold-compute'));
    const result = thresholdResult({
      searchedRange: { lower: 0.004, upper: 1 },
      multipleCrossings: true,
      capped: true,
      interval: { low: 0.004, high: 0.2911, drawsWithValue: 17, draws: 20, lowBeyondRange: true },
      intervalReliable: true,
    });
    await finish(runner, result);
    expect(screen.getAllByTestId('threshold-more')[0]!.textContent).toBe(
      '90 % interval, given what we do not know about the other numbers: 0.4 or lower to 29.1.',
    );
    expect(screen.getAllByTestId('threshold-note').map((n) => n.textContent)).toEqual([
      en.sensSearchedRangeNote('0%', '100%', '0.4%', '100%'),
      en.sensMultipleCrossingsNote,
      en.sensCappedNote,
    ]);
    const cells = [...screen.getByTestId('threshold-ends').querySelectorAll('tbody td')].map(
      (td) => td.textContent,
    );
    expect(cells).toEqual(['0.4%', '€4,000', '100%', '-€9,000']);
  });

  it('marks the result when the form or the scenario changes after it, and names a scenario by content', async () => {
    const s = panelsScenario();
    const { runner, rerender } = show(s);
    await fireEvent.click(screen.getByTestId('threshold-compute'));
    await finish(runner, thresholdResult({ ref: 'parameters[0].value' }));
    const stale = () => screen.queryByTestId('threshold-stale');
    expect(stale()).toBeNull();
    await rerender({ scenario: structuredClone(s) });
    expect(stale()).toBeNull();
    await fireEvent.change(field('threshold-year'), { target: { value: '2' } });
    expect(stale()?.textContent).toBe(en.sensStaleOptions);
    expect(screen.getByTestId('threshold-result').dataset.stale).toBe('options');
    await fireEvent.change(field('threshold-year'), { target: { value: '3' } });
    expect(stale()).toBeNull();
    await rerender({ scenario: panelsScenario('case-y', { nl: 'Casus Y', en: 'Case Y' }) });
    expect(stale()?.textContent).toBe(en.sensStaleOther('Case X'));
  });

  it('cancels: the job’s signal aborts', async () => {
    const { runner } = show();
    await fireEvent.click(screen.getByTestId('threshold-compute'));
    await fireEvent.click(screen.getByTestId('threshold-cancel'));
    expect(runner.last.signal?.aborted).toBe(true);
    expect(within(screen.getByTestId('threshold-status')).getByText(en.sensCancelled)).toBeTruthy();
  });

  it('says why it cannot compute when the scenario has problems', async () => {
    const { runner } = show(null);
    expect(screen.getByTestId('threshold-blocked').textContent).toBe(en.sensScenarioProblems);
    expect(screen.queryByTestId('threshold-input')).toBeNull();
    await fireEvent.click(screen.getByTestId('threshold-compute'));
    expect(runner.calls).toHaveLength(0);
  });
});
