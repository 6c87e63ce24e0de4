import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/lib/i18n/messages';
import {
  differenceFacts,
  differenceWords,
  pilotDifference,
  pilotDifferenceRange,
  shownDifference,
} from '../../../src/lib/present/difference-facts';
import { outOfTen } from '../../../src/lib/report/out-of-ten';
import { fixture } from '../chart/fixture';

describe('differenceFacts', () => {
  const { summary } = fixture(2000, 5);
  const facts = differenceFacts(summary);

  it('takes both paths’ costs, the difference and the share where the pilot is cheaper from the run', () => {
    const h = summary.measures.horizon;
    expect(facts.horizon).toEqual({
      months: 60,
      pilot: { mean: h.pilot.mean, low: h.pilot.p5, high: h.pilot.p95 },
      reference: { mean: h.reference.mean, low: h.reference.p5, high: h.reference.p95 },
      saving: { mean: h.difference.mean, low: h.difference.p5, high: h.difference.p95 },
      cheaper: outOfTen(h.pPilotCheaper),
    });
    expect(facts.shortTerm?.months).toBe(12);
    expect(facts.shortTerm?.saving.mean).toBe(summary.measures.shortTerm.difference.mean);
    expect(facts.iterations).toBe(2000);
  });

  it('has the numbers of the fixture: the pilot’s 15,000 is earned back over 5 years, not after one', () => {
    // Reference: 500 a month for 60 months in 70 % of futures (21,000) and an OTS in 40 % (up
    // to 6,000); pilot: 15,000 and an OTS in 10 %. No discounting in the test scenarios.
    expect(facts.horizon.pilot.mean).toBeGreaterThan(15_000);
    expect(facts.horizon.saving.mean).toBeGreaterThan(0);
    expect(facts.shortTerm!.saving.mean).toBeLessThan(0);
  });

  it('has one period only when the short term is the whole horizon', () => {
    const whole = { ...summary, settings: { ...summary.settings, shortTermMonths: 60 } };
    expect(differenceFacts(whole).shortTerm).toBeNull();
  });
});

describe('differenceWords', () => {
  it('says a difference as less or more with the pilot, rounded as the headline', () => {
    expect(differenceWords(17_049, 'en', CATALOGUES.en)).toBe('€17,000 less');
    expect(differenceWords(-4_321, 'en', CATALOGUES.en)).toBe('€4,320 more');
    // nl-NL puts a no-break space after the euro sign.
    expect(differenceWords(-4_321, 'nl', CATALOGUES.nl)).toBe('€\u00a04.320 meer');
    expect(differenceWords(0.3, 'en', CATALOGUES.en)).toBe('no difference');
  });
});

describe('shownDifference', () => {
  it('is the difference of the two totals as shown, so the sum on the screen holds', () => {
    // Shown as €33,100 and €29,700: the difference shown is €3,400, not the exact €3,412.
    expect(shownDifference(33_149, 29_737)).toBe(3_400);
    expect(shownDifference(29_737, 33_149)).toBe(-3_400);
    // Totals of different sizes round at different places: €123,000 - €9,880 = €113,120.
    expect(shownDifference(123_456, 9_876)).toBe(113_120);
  });
});

describe('pilotDifference', () => {
  it('says what the pilot does, with the amount for large type', () => {
    expect(pilotDifference(17_049, 'en', CATALOGUES.en)).toEqual({
      sentence: 'The pilot saves €17,000',
      amount: '€17,000',
    });
    expect(pilotDifference(-5_718, 'nl', CATALOGUES.nl)).toEqual({
      sentence: 'De pilot kost €\u00a05.720 meer',
      amount: '€\u00a05.720',
    });
    expect(pilotDifference(0.2, 'nl', CATALOGUES.nl)).toEqual({
      sentence: 'Beide paden kosten evenveel',
      amount: '',
    });
  });

  it('takes an amount as it is when it is already a difference of shown totals', () => {
    expect(pilotDifference(113_120, 'en', CATALOGUES.en, false).amount).toBe('€113,120');
    expect(pilotDifference(113_120, 'en', CATALOGUES.en).amount).toBe('€113,000');
  });
});

describe('pilotDifferenceRange', () => {
  it('says the spread with the pilot as its subject, whichever way it goes', () => {
    expect(pilotDifferenceRange(2_010, 8_960, 'en', CATALOGUES.en)).toBe(
      'For 9 in 10 families the pilot saves €2,010 to €8,960.',
    );
    expect(pilotDifferenceRange(-8_960, -2_010, 'en', CATALOGUES.en)).toBe(
      'For 9 in 10 families the pilot costs €2,010 to €8,960 more.',
    );
    expect(pilotDifferenceRange(-14_500, 17_500, 'nl', CATALOGUES.nl)).toBe(
      'Bij 9 van de 10 gezinnen kost de pilot tussen €\u00a014.500 meer en €\u00a017.500 minder.',
    );
    // An end that rounds to nothing belongs to the other side.
    expect(pilotDifferenceRange(-0.2, 5_000, 'en', CATALOGUES.en)).toBe(
      'For 9 in 10 families the pilot saves €0 to €5,000.',
    );
  });
});
