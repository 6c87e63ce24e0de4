import { describe, expect, it } from 'vitest';
import { pathTexts } from '../../../src/lib/present/path-texts';
import { scenario, step } from '../../helpers/scenario';

describe('pathTexts', () => {
  it('lists the path’s label, branches, steps, events and consequences as present mode shows them', () => {
    const s = scenario({
      pilot: {
        label: { nl: 'Met pilot (integraal)', en: 'With the pilot (integrated)' },
        steps: [step('a', { label: { nl: 'Lopende v-ggz (buiten de pilot)', en: 'Adult care' } })],
        events: [
          {
            id: 'ots',
            label: 'OTS',
            probability: 0.2,
            consequences: [step('c', { label: 'UHP' })],
          },
        ],
        branches: [{ id: 'b', label: 'Branch', probability: 1, steps: [step('d', { label: 'Later' })] }],
      },
    });
    expect(pathTexts(s, 'pilot', 'nl')).toEqual([
      'Met pilot',
      'Branch',
      'Lopende v-ggz',
      'OTS',
      'UHP',
      'Later',
    ]);
    expect(pathTexts(s, 'reference', 'en')).toEqual([]);
  });
});
