import { describe, expect, it } from 'vitest';
import {
  costSummary,
  eventSummary,
  formatNumberShort,
  quantityShort,
  timingSummary,
} from '../../../src/lib/edit/summaries';
import { CATALOGUES } from '../../../src/lib/i18n/messages';
import type { RiskEvent } from '../../../src/lib/model/risk-event';
import type { Step } from '../../../src/lib/model/step';
import { scenario, step } from '../../helpers/scenario';

const NBSP = '\u00a0';
const { en, nl } = CATALOGUES;
/** A step with the model's defaults filled in. */
const full = (id: string, fields: Parameters<typeof step>[1]): Step =>
  scenario({ pilot: { steps: [step(id, fields)] } }).paths.pilot.steps[0]!;

describe('row summaries', () => {
  it('write plain numbers in the locale’s style, grouped', () => {
    expect(formatNumberShort(12000, 'en')).toBe('12,000');
    expect(formatNumberShort(12000, 'nl')).toBe('12.000');
    expect(formatNumberShort(0.45, 'en')).toBe('0.45');
    expect(formatNumberShort(0.45, 'nl')).toBe('0,45');
    expect(formatNumberShort(2.5, 'nl')).toBe('2,5');
    expect(formatNumberShort(1234.56789, 'en')).toBe('1,230');
    expect(formatNumberShort(0.0123456, 'en')).toBe('0.0123');
    expect(quantityShort(1500, 'number', 'nl', nl)).toBe('1.500');
    expect(quantityShort({ formula: 'a * 2' }, 'number', 'en', en)).toBe('= a * 2');
    expect(quantityShort(undefined, 'number', 'en', en)).toBe('');
  });

  it('describe cost and timing with grouped numbers and euros in each language', () => {
    const s = full('x', { oneOffCost: 1200, monthlyCost: 2500, start: 3, duration: 1000 });
    expect(costSummary(s, 'en', en)).toBe('€1,200 once + €2,500 a month');
    expect(costSummary(s, 'nl', nl)).toBe(`€${NBSP}1.200 eenmalig + €${NBSP}2.500 per maand`);
    expect(timingSummary(s, false, 'en', en)).toBe('month 3, 1,000 months');
    expect(timingSummary(s, false, 'nl', nl)).toBe('maand 3, 1.000 maanden');
    const hours = full('h', { hoursPerMonth: 1500, hourlyRate: 78 });
    expect(costSummary(hours, 'en', en)).toBe('1,500 hours × €78 a month');
    expect(costSummary(full('n', {}), 'en', en)).toBe('no cost yet');
  });

  it('describe an event with its chance, month and condition', () => {
    const e: RiskEvent = {
      id: 'e',
      label: 'E',
      kind: 'other',
      probability: 0.3,
      onset: 1200,
      consequences: [],
      ends: [],
    };
    expect(eventSummary(e, 'OTS', 'en', en)).toBe('30% chance, month 1,200, only after OTS');
    expect(eventSummary(e, null, 'nl', nl)).toBe('kans 30%, maand 1.200');
  });
});
