import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/lib/i18n/messages';
import { differenceFacts, differenceWords } from '../../../src/lib/present/difference-facts';
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
