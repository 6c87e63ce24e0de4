import { FONT, INK, MUTED, PAPER } from '../chart/palette';
import { wrapText } from '../chart/label-layout';
import { childMarkup, escapeAttribute, escapeText, type SourceNode } from './svg-markup';

/** What an exported chart says about itself. */
export interface ChartCaption {
  title: string;
  /** The scenario's name and what run it is (seed, iterations). */
  subtitle: string;
  /** The one-sentence reading. */
  reading: string;
}

const FONT_FAMILY = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';

/**
 * A chart as a file that opens on its own: the drawing framed by its title and the scenario's
 * name above and its reading below, on a white background, with <title> and <desc> for screen
 * readers, the SVG namespace, and nothing from outside the file.
 */
export function chartSvg(
  drawing: SourceNode,
  size: { width: number; height: number },
  caption: ChartCaption,
): string {
  const width = Math.ceil(size.width);
  const header = 68;
  const maxChars = Math.max(30, Math.floor(width / (FONT.small * 0.55)));
  const lines = wrapText(caption.reading, maxChars);
  const footer = 16 + lines.length * 20;
  const height = Math.ceil(size.height) + header + footer;
  const reading = lines
    .map(
      (l, k) =>
        `<text x="16" y="${header + Math.ceil(size.height) + 20 + k * 20}" font-size="${FONT.small}" fill="${MUTED}">${escapeText(l)}</text>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="${escapeAttribute(FONT_FAMILY)}" role="img" ` +
    `aria-label="${escapeAttribute(caption.title)}">` +
    `<title>${escapeText(caption.title)}</title>` +
    `<desc>${escapeText(`${caption.subtitle}. ${caption.reading}`)}</desc>` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${PAPER}"/>` +
    `<text x="16" y="28" font-size="${FONT.title}" font-weight="700" fill="${INK}">${escapeText(caption.title)}</text>` +
    `<text x="16" y="54" font-size="${FONT.small}" fill="${MUTED}">${escapeText(caption.subtitle)}</text>` +
    `<g transform="translate(0,${header})">${childMarkup(drawing)}</g>` +
    reading +
    `</svg>\n`
  );
}
