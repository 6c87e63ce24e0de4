import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import JargonText from '../../src/app/JargonText.svelte';

describe('JargonText', () => {
  it('explains a word in plain words at its first use and marks it after that', () => {
    const { container } = render(JargonText, { text: 'Een OTS, daarna nog een OTS.', locale: 'nl' });
    expect(container.textContent).toBe(
      'Een OTS (ondertoezichtstelling: de rechter besluit dat een jeugdbeschermer met het gezin meekijkt; de ouders houden het gezag), daarna nog een OTS.',
    );
    const abbr = container.querySelector('abbr[data-term="ots"]');
    expect(abbr?.getAttribute('title')).toBe('ondertoezichtstelling');
  });

  it('speaks English on an English screen and leaves known words unexplained', () => {
    const en = render(JargonText, { text: 'UHP', locale: 'en' });
    expect(en.container.textContent).toMatch(/^UHP \(out-of-home placement: /);
    const known = render(JargonText, { text: 'UHP', locale: 'en', known: new Set(['uhp']) });
    expect(known.container.textContent).toBe('UHP');
  });
});
