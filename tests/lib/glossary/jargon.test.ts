import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/lib/glossary/glossary';
import {
  explanationOf,
  glossaryFor,
  jargonPieces,
  knownBefore,
  termsIn,
} from '../../../src/lib/glossary/jargon';

describe('jargon', () => {
  it('finds whole words only, the longest form first', () => {
    expect(termsIn('Na een OTS volgt soms een UHP; v-ggz voor moeder, jeugd-ggz voor het kind.')).toEqual([
      'ots',
      'uhp',
      'v-ggz',
      'jeugd-ggz',
    ]);
    expect(termsIn('BOTS, OTSen, UHP2, hots')).toEqual([]);
    expect(termsIn('een OTS-traject, JGH-betrokkenheid')).toEqual(['ots', 'jgh']);
    expect(termsIn('ggz en GGZ')).toEqual(['ggz']);
    expect(termsIn('melding bij Veilig Thuis en de Raad voor de Kinderbescherming')).toEqual([
      'veilig-thuis',
      'rvdk',
    ]);
  });

  it('explains a word at its first use only, and not when it is known', () => {
    const pieces = jargonPieces('OTS na OTS');
    expect(pieces.map((p) => [p.text, p.term?.id, p.explain])).toEqual([
      ['OTS', 'ots', true],
      [' na ', undefined, undefined],
      ['OTS', 'ots', false],
    ]);
    expect(jargonPieces('OTS', new Set(['ots']))[0]!.explain).toBe(false);
    // the pieces put together give the text back
    const text = 'Kans op een UHP (na een OTS) bij v-ggz.';
    expect(
      jargonPieces(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });

  it('carries what was explained along a sequence of texts', () => {
    const known = knownBefore(['De OTS', 'Dan UHP', 'OTS en UHP en Wmo']);
    expect(known.map((k) => [...k].sort())).toEqual([[], ['ots'], ['ots', 'uhp']]);
  });

  it('has both languages for every word, and lists the words a case uses', () => {
    for (const t of GLOSSARY) {
      for (const l of ['nl', 'en'] as const) {
        expect(t.name[l].length).toBeGreaterThan(2);
        expect(t.explanation[l].length).toBeGreaterThan(10);
      }
    }
    expect(
      explanationOf(
        GLOSSARY.find((t) => t.id === 'uhp')!,
        'en',
      ),
    ).toMatch(/^out-of-home placement: /);
    expect(glossaryFor(['UHP', 'een OTS']).map((t) => t.id)).toEqual(['ots', 'uhp']);
  });

  it('knows JGH, EMDR and the family guardian (gezinsvoogd, jeugdbeschermer), as the example cases write them', () => {
    expect(termsIn('JGH: verwijzing en coördinatie')).toEqual(['jgh']);
    expect(termsIn('Verpleegkundig specialist ggz en EMDR-therapie voor moeder')).toEqual(['ggz', 'emdr']);
    expect(termsIn('Trauma treatment and EMDR for the mother')).toEqual(['emdr']);
    expect(termsIn('Gezinsvoogd, drie kinderen')).toEqual(['gezinsvoogd']);
    expect(termsIn('Hulp tijdens de OTS naast de gezinsvoogd')).toEqual(['ots', 'gezinsvoogd']);
    expect(termsIn('een jeugdbeschermer komt langs')).toEqual(['gezinsvoogd']);
    const jgh = GLOSSARY.find((t) => t.id === 'jgh')!;
    expect(explanationOf(jgh, 'nl')).toBe(
      'Jeugd en Gezinshulp: het loket van de gemeente waar een gezin hulp voor de kinderen krijgt of aanvraagt',
    );
    expect(
      explanationOf(
        GLOSSARY.find((t) => t.id === 'emdr')!,
        'en',
      ),
    ).toMatch(/^EMDR therapy: a therapy .*trauma/);
    expect(
      explanationOf(
        GLOSSARY.find((t) => t.id === 'gezinsvoogd')!,
        'en',
      ),
    ).toMatch(/^family guardian: a child-protection worker/);
  });
});
