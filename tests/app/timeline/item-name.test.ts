import { describe, expect, it } from 'vitest';
import { timelineItemName } from '../../../src/app/timeline/item-name';

const details =
  'Father drops out: burnout (residual risk), Pilot path, onset around month 11, probability 10%';
const label = 'Father drops out: burnout (residual risk)';

describe('timelineItemName', () => {
  it('is the description itself when the drawn text is the label', () => {
    expect(timelineItemName(label, label, details)).toBe(details);
  });

  it('puts the drawn chance right after a label drawn in full', () => {
    expect(timelineItemName(`${label} 10%`, label, details)).toBe(
      'Father drops out: burnout (residual risk) 10%, Pilot path, onset around month 11, probability 10%',
    );
  });

  it('starts with a cut label as drawn, then gives the whole description', () => {
    expect(timelineItemName('Father drops out: bu… 10%', label, details)).toBe(
      `Father drops out: bu… 10%, ${details}`,
    );
    expect(timelineItemName('↳ Sick leave', 'Sick leave', 'Sick leave, Pilot path')).toBe(
      '↳ Sick leave, Sick leave, Pilot path',
    );
  });

  it('ignores extra spaces in the drawn text', () => {
    expect(timelineItemName(`  ${label}  `, label, details)).toBe(details);
  });
});
