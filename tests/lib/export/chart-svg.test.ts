import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../../src/lib/export/chart-svg';
import { svgSize } from '../../../src/lib/export/svg-png';
import { el } from './svg-node';

const drawing = el(
  'svg',
  { width: '600', height: '300' },
  el('rect', { x: '1', y: '2', width: '3', height: '4', fill: '#009E73' }),
  el('text', { x: '5', y: '6', 'font-size': '15' }, 'Pilot path'),
);

describe('chartSvg', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const svg = chartSvg(
    drawing,
    { width: 600, height: 300 },
    {
      title: 'Cost per family on both paths',
      subtitle: `${hostile} · seed 7 · 1,000 simulated futures`,
      reading:
        'The pilot is cheaper in 68.3% of simulated futures; over 5 years it saves on average €2,430 per family, which is a long sentence that has to wrap onto a second line at this width.',
    },
  );

  it('is a standalone SVG document: XML declaration, namespace, size, title and description', () => {
    expect(
      svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    expect(svg).toContain('<title>Cost per family on both paths</title>');
    expect(svg).toMatch(
      /<desc>&lt;img src=x onerror=alert\(1\)&gt; · seed 7 · 1,000 simulated futures\. The pilot/,
    );
    expect(svgSize(svg)).toEqual({ width: 600, height: 300 + 68 + 16 + 3 * 20 });
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('holds the drawing below the title and the reading below the drawing, wrapped', () => {
    expect(svg).toContain(
      '<g transform="translate(0,68)"><rect x="1" y="2" width="3" height="4" fill="#009E73"/>',
    );
    expect(svg).toContain('<text x="16" y="388" font-size="14" fill="#444444">The pilot is cheaper');
    expect(svg.match(/<text x="16" y="(388|408|428)"/g)?.length).toBe(3);
  });

  it('keeps a hostile scenario name as escaped text: no element, no handler, no script', () => {
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).not.toMatch(/<img|<script|<foreignObject/i);
    expect(svg).not.toMatch(/<[^>]*\son\w+=/i); // no event handler attribute in any tag
    expect(svg).not.toMatch(/href=|url\((?!#)/);
  });
});
