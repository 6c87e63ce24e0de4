/**
 * Annual discount rates for costs offered as presets (conventions §3). The first is the default.
 */
export interface DiscountPreset {
  id: 'zin-2024' | 'mkba-2021' | 'none';
  rate: number;
  label: { nl: string; en: string };
  source: { nl: string; en: string };
  year: number;
}

export const DISCOUNT_PRESETS: readonly DiscountPreset[] = [
  {
    id: 'zin-2024',
    rate: 0.03,
    label: {
      nl: 'Richtlijn economische evaluaties (3 %)',
      en: 'Dutch guideline for economic evaluations (3 %)',
    },
    source: {
      nl: 'Zorginstituut Nederland, Richtlijn voor het uitvoeren van economische evaluaties in de gezondheidszorg (2024): kosten 3 % per jaar, effecten 1,5 %',
      en: 'Zorginstituut Nederland, Richtlijn voor het uitvoeren van economische evaluaties in de gezondheidszorg (2024): costs 3 % a year, effects 1.5 %',
    },
    year: 2024,
  },
  {
    id: 'mkba-2021',
    rate: 0.0225,
    label: { nl: 'MKBA-standaard (2,25 %)', en: 'Social cost-benefit analysis standard (2.25 %)' },
    source: {
      nl: 'Werkgroep Discontovoet 2020 / Ministerie van Financiën: standaard discontovoet voor MKBA’s sinds 2021',
      en: 'Werkgroep Discontovoet 2020 / Ministerie van Financiën: standard MKBA discount rate since 2021',
    },
    year: 2021,
  },
  {
    id: 'none',
    rate: 0,
    label: { nl: 'Geen (nominaal, budgetimpact)', en: 'None (nominal, budget impact)' },
    source: {
      nl: 'Budgetimpact: nominale euro’s per betaler per jaar',
      en: 'Budget impact view: nominal euros per payer per year',
    },
    year: 2024,
  },
];

export const DEFAULT_DISCOUNT_PRESET = DISCOUNT_PRESETS[0]!;
