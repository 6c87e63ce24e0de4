import { describe, expect, it } from 'vitest';
import { childMarkup, escapeAttribute, escapeText, svgMarkup } from '../../../src/lib/export/svg-markup';
import { comment, el } from './svg-node';

describe('svgMarkup', () => {
  it('writes drawing elements with their presentation attributes', () => {
    const svg = el(
      'g',
      { transform: 'translate(0,10)', class: 'axis', 'data-testid': 'marks' },
      el('path', { d: 'M0,0L10,10', stroke: '#0072B2', 'stroke-width': '3', 'stroke-dasharray': '9 5' }),
      el('text', { x: '5', y: '6', 'font-size': '15', fill: '#111111' }, 'Pilot path'),
    );
    expect(svgMarkup(svg)).toBe(
      '<g transform="translate(0,10)"><path d="M0,0L10,10" stroke="#0072B2" stroke-width="3" stroke-dasharray="9 5"/>' +
        '<text x="5" y="6" font-size="15" fill="#111111">Pilot path</text></g>',
    );
  });

  it('escapes text and attribute values, so markup in a name stays text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const out = svgMarkup(el('text', { 'aria-label': `"${hostile}"` }, hostile, ' & co'));
    expect(out).toBe(
      '<text aria-label="&quot;&lt;img src=x onerror=alert(1)&gt;&quot;">&lt;img src=x onerror=alert(1)&gt; &amp; co</text>',
    );
    expect(out).not.toContain('<img');
    expect(escapeText('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
    expect(escapeAttribute(`'"`)).toBe('&#39;&quot;');
  });

  it('leaves out scripts, foreign objects, images, links, event handlers and outside references', () => {
    const svg = el(
      'g',
      { onclick: 'alert(1)', onload: 'x()', style: 'fill:red', href: 'javascript:alert(1)' },
      el('script', {}, 'alert(1)'),
      el('foreignObject', {}, el('div', {}, 'hi')),
      el('image', { href: 'http://example.com/x.png' }),
      el('a', { href: 'http://example.com' }, el('text', {}, 'link')),
      el('rect', { fill: 'url(http://example.com/p.svg#a)', stroke: 'url(#hatch)', width: '4' }),
      el('use', { href: '#x' }),
      comment('<script>'),
    );
    const out = svgMarkup(svg);
    expect(out).toBe('<g><rect stroke="url(#hatch)" width="4"/></g>');
  });

  it('serialises only the children of a root (the caller writes its own <svg>)', () => {
    expect(childMarkup(el('svg', { width: '10' }, el('line', { x1: '0' }), '\n'))).toBe('<line x1="0"/>\n');
  });
});
