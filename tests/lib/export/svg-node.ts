import type { SourceNode } from '../../../src/lib/export/svg-markup';

/** A tiny DOM-like tree for the serialiser (Node has no DOM). */
export function el(
  name: string,
  attrs: Record<string, string> = {},
  ...children: Array<SourceNode | string>
): SourceNode {
  return {
    nodeType: 1,
    nodeName: name.toUpperCase(),
    localName: name,
    nodeValue: null,
    attributes: Object.entries(attrs).map(([n, value]) => ({ name: n, value })),
    childNodes: children.map((c) =>
      typeof c === 'string' ? { nodeType: 3, nodeName: '#text', nodeValue: c, childNodes: [] } : c,
    ),
  };
}

export const comment = (text: string): SourceNode => ({
  nodeType: 8,
  nodeName: '#comment',
  nodeValue: text,
  childNodes: [],
});
