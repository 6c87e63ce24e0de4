/**
 * Browser tests: the built app in real headless Chromium (Debian's /usr/bin/chromium) driven by
 * playwright-core, against dist/ served on 127.0.0.1. Run after `npm run build`.
 * Ends with a line "N passed, N failed".
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { chromium, type Browser, type Page } from 'playwright-core';
import { validateScenario } from '../../src/lib/model/validate-scenario';
import { runInline } from '../../src/lib/sim/run-inline';
import { runDigests } from '../../src/lib/sim/run-digest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = new URL('../../', import.meta.url);

/** The page's test hook (src/app/App.svelte). */
interface Hook {
  digest(workers: number): Promise<string>;
  digests(workers: number): Promise<{ digests: Record<string, string>; totals: number[] }>;
}

type Test = { name: string; fn: (page: Page) => Promise<void> };
const tests: Test[] = [];
const test = (name: string, fn: Test['fn']) => tests.push({ name, fn });
function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

test('the app opens on case 1 and shows headline results computed in Web Workers', async (page) => {
  await page.getByTestId('headline').waitFor({ timeout: 60_000 });
  const pilot = await page.getByTestId('pilot-mean').textContent();
  assert(pilot && /€[\d,]+/.test(pilot), `pilot mean shows as euros, got ${pilot}`);
});

test('1 and 3 Web Workers give bit-identical results', async (page) => {
  const one = await page.evaluate(() => (globalThis as unknown as { pathcost: Hook }).pathcost.digest(1));
  const three = await page.evaluate(() => (globalThis as unknown as { pathcost: Hook }).pathcost.digest(3));
  assert(one === three, `1 worker ${one} != 3 workers ${three}`);
});

test('the browser run matches a run in Node: same events, branches and break-even; totals to 1e-12', async (page) => {
  // Node 20's V8 and Chromium's differ in the last bit of Math.exp/log/pow for some inputs,
  // so floating totals may differ by an ulp; everything discrete must be identical.
  const text = readFileSync(new URL('static/scenarios/case-1.json', root), 'utf8');
  const v = validateScenario(JSON.parse(text));
  assert(v.ok, 'case 1 validates');
  const s = v.scenario;
  const data = runInline(s, { iterations: s.settings.iterations, seed: s.settings.seed });
  const node = runDigests(data);
  const browser = await page.evaluate(() =>
    (globalThis as unknown as { pathcost: Hook }).pathcost.digests(2),
  );
  for (const k of ['breakEven', 'eventOnsets', 'branches', 'eventSums', 'hist'] as const) {
    assert(browser.digests[k] === node[k], `${k} differs between browser and Node`);
  }
  let worst = 0;
  data.totals.forEach((x, i) => {
    worst = Math.max(worst, Math.abs(x - browser.totals[i]) / Math.max(1, Math.abs(x)));
  });
  assert(worst < 1e-12, `totals differ by up to ${worst} (relative)`);
});

async function main() {
  const assets = sirv(new URL('dist/', root).pathname, { single: true });
  const server = http.createServer((req, res) => assets(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  let browser: Browser | null = null;
  let passed = 0;
  let failed = 0;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    for (const t of tests) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await page.goto(url);
        await t.fn(page);
        assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
        passed++;
        console.log(`  ✓ ${t.name}`);
      } catch (e) {
        failed++;
        console.log(`  ✗ ${t.name}\n    ${(e as Error).message}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser?.close();
    server.close();
  }
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

await main();
