/**
 * A small harness for browser tests: the built app (dist/) served by the app's own server (with
 * its Content-Security-Policy) on 127.0.0.1, Debian's Chromium driven by playwright-core, and a
 * fresh browser context per test that records page errors, console errors, CSP violations and
 * requests to any other origin. A test fails if any of those happen, unless it expects them.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createAppServer } from '../../scripts/app-server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestContext {
  page: Page;
  context: BrowserContext;
  url: string;
  /** Console errors this test expects (matched by substring); others fail it. */
  expectConsoleErrors(...fragments: string[]): void;
}

export interface BrowserTest {
  name: string;
  /** Browser locale (navigator.language); default en-GB. */
  locale?: string;
  viewport?: { width: number; height: number };
  fn: (t: TestContext) => Promise<void>;
}

export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

/**
 * Serve the built app: dist/, or the folder in PATHCOST_DIST (so several builds can be tested at
 * once, e.g. `npx vite build --outDir /tmp/dist-x && PATHCOST_DIST=/tmp/dist-x npm run test:e2e`).
 */
export async function serveDist(): Promise<{ server: Server; url: string }> {
  const dir = process.env.PATHCOST_DIST ?? new URL('../../dist/', import.meta.url).pathname;
  const server = createAppServer(dir);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Records CSP violations in the page (document) as they happen. */
const CSP_RECORDER = `
  // tsx (esbuild, keepNames) wraps named functions in test code with __name(); page.evaluate
  // sends that code into the page, which must then know __name.
  globalThis.__name = globalThis.__name || ((f) => f);
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
`;

/** Run tests one by one; prints a line per test and returns [passed, failed]. */
export async function runBrowserTests(tests: BrowserTest[], only?: RegExp): Promise<[number, number]> {
  const { server, url } = await serveDist();
  const origin = new URL(url).origin;
  let browser: Browser | null = null;
  let passed = 0;
  let failed = 0;
  try {
    browser = await launchChromium();
    for (const t of tests) {
      if (only && !only.test(t.name)) continue;
      const context = await browser.newContext({
        locale: t.locale ?? 'en-GB',
        viewport: t.viewport ?? { width: 1280, height: 720 },
      });
      await context.addInitScript(CSP_RECORDER);
      const page = await context.newPage();
      const problems: string[] = [];
      const expected: string[] = [];
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() !== 'error') return;
        const text = m.text();
        if (!expected.some((f) => text.includes(f))) problems.push(`console error: ${text}`);
      });
      context.on('request', (r) => {
        const u = r.url();
        if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) {
          problems.push(`request to another origin: ${u}`);
        }
      });
      const started = Date.now();
      try {
        await t.fn({ page, context, url, expectConsoleErrors: (...f) => expected.push(...f) });
        const csp = await page.evaluate(
          () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
        );
        for (const v of csp) problems.push(`CSP violation: ${v}`);
        assert(problems.length === 0, problems.join('\n    '));
        passed++;
        console.log(`  ✓ ${t.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (e) {
        failed++;
        console.log(`  ✗ ${t.name}\n    ${(e as Error).message}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser?.close();
    server.close();
  }
  return [passed, failed];
}
