import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/lib/i18n/messages';
import type { Scenario } from '../../../src/lib/model/scenario';
import { pathWords, pilotName, standardQuestion } from '../../../src/lib/session/session-wording';
import { chanceWords, pooledSentenceOf } from '../../../src/lib/session/value-words';
import { case1 } from './case-1';
import { sessionCase } from './fixture';

const nl = CATALOGUES.nl;
const en = CATALOGUES.en;
const withPilotLabel = (s: Scenario, label: Scenario['paths']['pilot']['label']): Scenario => ({
  ...s,
  paths: { ...s.paths, pilot: { ...s.paths.pilot, label } },
});

describe('plain words for the two paths', () => {
  it('the pilot’s name comes from the pilot path’s label, where it gives one', () => {
    const s = case1();
    expect(pilotName(s, 'nl')).toBe('Beter Thuis 0-6');
    expect(pilotName(s, 'en')).toBe('Beter Thuis 0-6');
    expect(pilotName(sessionCase(), 'nl')).toBeNull();
    expect(pilotName(withPilotLabel(s, 'Het pilotpad'), 'nl')).toBeNull();
    expect(pilotName(withPilotLabel(s, 'Pilot path'), 'en')).toBeNull();
    expect(pilotName(withPilotLabel(s, 'Gezin Centraal'), 'nl')).toBe('Gezin Centraal');
    expect(pilotName(withPilotLabel(s, `Met pilot: ${'x'.repeat(41)}`), 'nl')).toBeNull();
  });

  it('names the groups without "pilot path", "reference path" or "shared chances"', () => {
    const s = case1();
    expect(pathWords('pilot', s, nl, 'nl')).toBe('Met de pilot (Beter Thuis 0-6)');
    expect(pathWords('reference', s, nl, 'nl')).toBe('Zonder pilot (de gewone zorg)');
    expect(pathWords('parameter', s, nl, 'nl')).toBe('Andere kansen');
    expect(pathWords('pilot', sessionCase(), en, 'en')).toBe('With the pilot');
    const words = [nl.sessionStepName2, nl.sessionStepName3, nl.sessionTargetGroupReference].join(' ');
    expect(words).not.toMatch(/pilotpad|referentiepad|gedeelde kansen/i);
  });
});

describe('the standard question names the path and the time frame', () => {
  it('in Dutch, for case 1 (horizon 5 years), without and with the pilot', () => {
    const s = case1();
    const label = 'Vader valt uit: burn-out / verzuim (zonder steun)';
    expect(standardQuestion(label, 'reference', s, nl, 'nl')).toBe(
      `Bij hoeveel van de 100 gezinnen zoals dit zou “${label}” gebeuren, zonder de pilot (met de gewone zorg), binnen 5 jaar?`,
    );
    expect(standardQuestion('Vader valt uit', 'pilot', s, nl, 'nl')).toBe(
      'Bij hoeveel van de 100 gezinnen zoals dit zou “Vader valt uit” gebeuren, met de pilot (Beter Thuis 0-6), binnen 5 jaar?',
    );
  });

  it('in English, with a horizon in months when it is not whole years, and without a path', () => {
    const s = sessionCase();
    const short: Scenario = { ...s, settings: { ...s.settings, horizonMonths: 18 } };
    expect(standardQuestion('OTS', 'reference', short, en, 'en')).toBe(
      'Of 100 families like this one, in how many would “OTS” happen without the pilot (with regular care), within 18 months?',
    );
    expect(standardQuestion('Relapse', 'pilot', short, en, 'en')).toBe(
      'Of 100 families like this one, in how many would “Relapse” happen with the pilot, within 18 months?',
    );
    expect(standardQuestion('Burnout', 'parameter', s, en, 'en')).toBe(
      `Of 100 families like this one, in how many would “Burnout” happen, within ${s.settings.horizonMonths / 12} years?`,
    );
  });
});

describe('values in words', () => {
  it('case 1: today’s value of the father’s risk reads as about 50 of 100', () => {
    expect(chanceWords({ dist: 'beta', k: 1, n: 2 }, nl, 'nl')).toBe('ongeveer 50 van de 100 gezinnen');
  });

  it('a formula says what it is instead of just "a formula"', () => {
    expect(chanceWords({ formula: 'p_drop * 0.5' }, en, 'en')).toBe('a rule (p_drop * 0.5)');
  });

  it('one answer is not "everyone said the same"', () => {
    expect(pooledSentenceOf(0.125, nl, 'nl', 1)).toBe('Tot nu toe één antwoord: 12,5 van de 100 gezinnen.');
    expect(pooledSentenceOf(0.125, nl, 'nl', 2)).toBe(
      'Samen: 12,5 van de 100 gezinnen (iedereen zei hetzelfde).',
    );
  });
});
