/**
 * Standalone SVG markup from a drawn chart. Only drawing elements and presentation attributes
 * pass (an allow-list): no script, no event handler, no foreignObject, no link or reference to
 * anything outside the file (a paint may only name a pattern inside it: `url(#id)`). Text and
 * attribute values are escaped, so a scenario named `<img onerror=...>` stays text.
 */

/** The part of a DOM node the serialiser reads (a real SVG element fits; so does a plain object). */
export interface SourceNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  localName?: string;
  attributes?: ArrayLike<{ name: string; value: string }>;
  childNodes: ArrayLike<SourceNode>;
}

const ELEMENTS = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'line',
  'polyline',
  'polygon',
  'circle',
  'ellipse',
  'text',
  'tspan',
  'title',
  'desc',
  'defs',
  'pattern',
]);

const ATTRIBUTES = new Set([
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'dx',
  'dy',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'd',
  'points',
  'transform',
  'viewBox',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'font-style',
  'text-anchor',
  'paint-order',
  'dominant-baseline',
  'id',
  'patternUnits',
  'patternTransform',
  'role',
  'aria-label',
]);

const PAINTS = new Set(['fill', 'stroke']);

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Whether an attribute may pass: on the list, and a paint names nothing outside the file. */
function allowed(name: string, value: string): boolean {
  if (!ATTRIBUTES.has(name)) return false;
  if (/url\s*\(/i.test(value)) return PAINTS.has(name) && /^url\(#[A-Za-z][\w-]*\)$/.test(value.trim());
  return !/javascript:/i.test(value);
}

/** Serialise a node and what it holds; anything not on the lists is left out. */
export function svgMarkup(node: SourceNode): string {
  if (node.nodeType === 3) return escapeText(node.nodeValue ?? '');
  if (node.nodeType !== 1) return '';
  const name = node.localName ?? node.nodeName;
  if (!ELEMENTS.has(name)) return '';
  let out = `<${name}`;
  const attrs = node.attributes ?? [];
  for (let k = 0; k < attrs.length; k++) {
    const a = attrs[k]!;
    if (allowed(a.name, a.value)) out += ` ${a.name}="${escapeAttribute(a.value)}"`;
  }
  let inner = '';
  for (let k = 0; k < node.childNodes.length; k++) inner += svgMarkup(node.childNodes[k]!);
  return inner ? `${out}>${inner}</${name}>` : `${out}/>`;
}

/** A node's children, serialised (the drawing of an <svg> without its own root element). */
export function childMarkup(node: SourceNode): string {
  let out = '';
  for (let k = 0; k < node.childNodes.length; k++) out += svgMarkup(node.childNodes[k]!);
  return out;
}
