/**
 * axe-core in the browser tests: WCAG 2.0/2.1/2.2 A and AA rules on the page as it is now.
 *
 *   import { axeViolations, assertNoAxeViolations } from './axe';
 *   expect nothing serious:  await assertNoAxeViolations(page, 'results view');
 *   or look at them:         const found = await axeViolations(page, { include: '#main-view' });
 *
 * Only violations with impact "serious" or "critical" are returned. The source of axe-core
 * (node_modules/axe-core/axe.min.js) goes into the page through page.evaluate (CDP's
 * Runtime.evaluate, which the app's Content-Security-Policy does not block, whereas a script tag
 * would be), once per document.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The WCAG rule sets that are run (A and AA of WCAG 2.0, 2.1 and 2.2). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

export interface AxeOptions {
  /** A CSS selector: only this part of the page is checked (default: the whole document). */
  include?: string;
  /** CSS selectors of parts of the page that are not checked. */
  exclude?: string[];
  /** Rule ids to leave out (say why where you use it). */
  disableRules?: string[];
}

export interface AxeNode {
  /** CSS selector(s) of the element (a path through shadow roots or frames has several). */
  target: string;
  /** The element's opening HTML, shortened. */
  html: string;
  /** axe's own summary of what to fix. */
  summary: string;
}

export interface AxeViolation {
  /** The rule id, e.g. "color-contrast". */
  id: string;
  impact: 'serious' | 'critical';
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

let axeSource: string | null = null;
function source(): string {
  if (axeSource === null) {
    const require = createRequire(import.meta.url);
    axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  }
  return axeSource;
}

/** Put axe-core into the page (once per document). */
async function inject(page: Page): Promise<void> {
  const present = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!present) await page.evaluate(source());
}

/** The serious and critical WCAG A/AA violations on the page now. */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  await inject(page);
  return page.evaluate(
    async ({ tags, include, exclude, disableRules }) => {
      type Node = { target: unknown[]; html: string; failureSummary?: string };
      type Result = { id: string; impact?: string | null; help: string; helpUrl: string; nodes: Node[] };
      const axe = (
        window as unknown as {
          axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Result[] }> };
        }
      ).axe;
      const context =
        include || exclude.length
          ? { include: include ? [include] : [document], exclude: exclude.map((s) => [s]) }
          : document;
      const rules = Object.fromEntries(disableRules.map((id) => [id, { enabled: false }]));
      const results = await axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        rules,
        resultTypes: ['violations'],
      });
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
          id: v.id,
          impact: v.impact as 'serious' | 'critical',
          help: v.help,
          helpUrl: v.helpUrl,
          nodes: v.nodes.map((n) => ({
            target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' | '),
            html: n.html.length > 160 ? `${n.html.slice(0, 157)}...` : n.html,
            summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
          })),
        }));
    },
    {
      tags: [...WCAG_TAGS],
      include: options.include ?? null,
      exclude: options.exclude ?? [],
      disableRules: options.disableRules ?? [],
    },
  );
}

/** Violations as readable lines: rule, impact, help, then each element (at most 8 per rule). */
export function formatViolations(violations: AxeViolation[]): string {
  const lines: string[] = [];
  for (const v of violations) {
    lines.push(`[${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element(s)) ${v.helpUrl}`);
    for (const n of v.nodes.slice(0, 8)) {
      lines.push(`    at ${n.target}`);
      lines.push(`       ${n.html}`);
      if (n.summary) lines.push(`       ${n.summary.slice(0, 300)}`);
    }
    if (v.nodes.length > 8) lines.push(`    ... and ${v.nodes.length - 8} more`);
  }
  return lines.join('\n    ');
}

/** Fail (throw) when axe finds serious or critical violations; `where` names the view. */
export async function assertNoAxeViolations(
  page: Page,
  where: string,
  options: AxeOptions = {},
): Promise<void> {
  const found = await axeViolations(page, options);
  if (found.length) {
    throw new Error(
      `axe found ${found.length} serious/critical rule(s) in ${where}:\n    ${formatViolations(found)}`,
    );
  }
}
