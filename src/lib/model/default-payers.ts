import type { Payer } from './payer';

/** The Dutch payers whose "wrong pocket" problem the tool shows (conventions §3). */
export const DEFAULT_PAYERS: readonly Payer[] = [
  {
    id: 'municipality-youth',
    act: 'jeugdwet',
    label: { nl: 'Gemeente (Jeugdwet)', en: 'Municipality (Youth Act)' },
  },
  {
    id: 'municipality-wmo',
    act: 'wmo',
    label: { nl: 'Gemeente (Wmo)', en: 'Municipality (Social Support Act)' },
  },
  {
    id: 'health-insurer',
    act: 'zvw',
    label: { nl: 'Zorgverzekeraar (Zvw)', en: 'Health insurer (Health Insurance Act)' },
  },
  { id: 'long-term-care', act: 'wlz', label: { nl: 'Wlz (langdurige zorg)', en: 'Long-term care (Wlz)' } },
  { id: 'justice', act: 'justice', label: { nl: 'Justitie', en: 'Justice' } },
  {
    id: 'employer',
    act: 'employment',
    label: { nl: 'Werkgever / UWV (verzuim)', en: 'Employer / benefits agency (sick leave)' },
  },
  { id: 'family', act: 'family', label: { nl: 'Gezin zelf', en: 'The family' } },
];
