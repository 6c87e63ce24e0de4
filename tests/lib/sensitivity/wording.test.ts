import { describe, expect, it } from 'vitest';
import { AnalysisFailure, type AnalysisFailureKind } from '../../../src/lib/analysis/analysis-client';
import { CATALOGUES } from '../../../src/lib/i18n/messages';
import { failureWords } from '../../../src/lib/sensitivity/failure-words';
import { messageParts } from '../../../src/lib/sensitivity/message-parts';
import { variantsNamed } from '../../../src/lib/sensitivity/variant-names';
import { variantRow } from './fixtures';

const en = CATALOGUES.en;
const nl = CATALOGUES.nl;

describe('messageParts', () => {
  it('split a message around its values, in the language’s own order, joining back to the message', () => {
    const parts = messageParts(en.sensFamilies90, ['-€20,600', '€32,400']);
    expect(parts).toEqual([
      { text: '9 in 10 families: ', value: null },
      { text: '-€20,600', value: 0 },
      { text: ' to ', value: null },
      { text: '€32,400', value: 1 },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(en.sensFamilies90('-€20,600', '€32,400'));
    const swapped = messageParts((a, b) => `${b} < ${a}`, ['1', '2']);
    expect(swapped.map((p) => p.value)).toEqual([1, null, 0]);
  });
});

describe('failureWords', () => {
  it('say every kind of failure in both languages with a next step, never the English detail', () => {
    const kinds: AnalysisFailureKind[] = ['workerStopped', 'notSent', 'refused', 'other'];
    for (const t of [en, nl]) {
      const said = kinds.map((k) => failureWords(new AnalysisFailure(k, 'the analysis worker stopped'), t));
      expect(new Set(said.map((w) => w.what)).size).toBe(4);
      for (const w of said) {
        expect(w.next).not.toBe('');
        expect(`${w.what} ${w.next}`).not.toContain('analysis worker');
      }
    }
    expect(failureWords({ kind: 'refused' }, nl)).toEqual({
      what: nl.sensFailedInputRefused,
      next: nl.sensTryAgainChange,
    });
  });
});

describe('variantsNamed', () => {
  it('names each compared scenario in the current language by its id', () => {
    const result = {
      rows: [variantRow('Met wachtlijst', 100), variantRow('Unknown', 200)],
      iterations: 100,
      seed: 1,
    };
    const names = new Map([
      [result.rows[0]!.scenarioId, { nl: 'Met wachtlijst', en: 'With a waiting list' }],
    ]);
    expect(variantsNamed(result, names, 'en').rows.map((r) => r.name)).toEqual([
      'With a waiting list',
      'Unknown',
    ]);
    expect(variantsNamed(result, names, 'nl').rows.map((r) => r.name)).toEqual(['Met wachtlijst', 'Unknown']);
    expect(result.rows[0]!.name).toBe('Met wachtlijst'); // the result itself is left as it was
  });
});
