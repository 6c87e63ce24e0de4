/**
 * Browser benchmark: the built app in headless Chromium, the canonical workload
 * (../shared/bench/workload.mjs) loaded as a scenario, and for 10k, 100k and 1M iterations the
 * time from pressing Run to the headline numbers in the page, the longest main-thread task
 * during the run, the worst timer lag (how long the page could not answer), and the page's peak
 * JS heap (main thread; the workers' heaps are their own).
 *
 *   npm run bench:browser [-- --rounds 3 --workers 2 --sizes 10000,100000,1000000]
 *
 * Goals (issue "The app in the browser"): 10k <= 150 ms, 1M <= 10 s, no long task > 100 ms.
 * Figures are medians over rounds after one warm-up run; the machine is shared, so they vary.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { validateScenario } from '../src/lib/model/validate-scenario';
import { serveDist, CHROMIUM_ARGS } from '../tests/e2e/harness';
import { chromium } from 'playwright-core';
import { workloadScenario, type KitWorkload } from './workload-scenario';
import type { WithAutomation } from '../tests/e2e/app-page';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const kitDir = path.resolve(repoRoot, '../shared/bench');
const argv = process.argv.slice(2);
const arg = (k: string, d: string) => (argv.includes(k) ? argv[argv.indexOf(k) + 1]! : d);
const rounds = Number(arg('--rounds', '3'));
const sizes = arg('--sizes', '10000,100000,1000000').split(',').map(Number);
const workersArg = arg('--workers', '');

interface Measured {
  ms: number;
  longestTaskMs: number;
  longTasksOver100: number;
  maxLagMs: number;
  peakHeapMB: number;
}

/** Installed before the app: long-task observer, timer-lag probe and heap sampler. */
const PROBES = `
  globalThis.__name = globalThis.__name || ((f) => f);
  window.__bench = { tasks: [], lag: [], heap: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    window.__bench.lag.push([now, now - last - 20]);
    last = now;
    const m = performance.memory;
    if (m && m.usedJSHeapSize > window.__bench.heap) window.__bench.heap = m.usedJSHeapSize;
  }, 20);
`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main() {
  if (!existsSync(path.join(repoRoot, 'dist/index.html')))
    throw new Error('no dist/: run `npm run build` first');
  const { WORKLOAD } = (await import(pathToFileURL(path.join(kitDir, 'workload.mjs')).href)) as {
    WORKLOAD: KitWorkload;
  };
  const v = validateScenario(workloadScenario(WORKLOAD));
  if (!v.ok)
    throw new Error(`the workload does not validate: ${v.problems.map((p) => p.message).join('; ')}`);
  const base = v.scenario;

  const { server, url } = await serveDist();
  // Like the tests' launch, plus precise heap figures (performance.memory is coarse by default).
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  try {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 720 } });
    await context.addInitScript(PROBES);
    const page = await context.newPage();
    await page.goto(url);
    await page.getByTestId('run').waitFor();
    const info = await page.evaluate(() => ({
      cores: navigator.hardwareConcurrency,
      ua: navigator.userAgent,
    }));
    console.log(`PathCost browser bench: ${WORKLOAD.id} in Chromium ${browser.version()}`);
    console.log(
      `  hardwareConcurrency ${info.cores}; workers ${workersArg || 'app default'}; ${rounds} round(s) after a warm-up`,
    );

    const load = async (iterations: number) => {
      const doc = { ...base, settings: { ...base.settings, iterations } };
      const problems = await page.evaluate(
        (d) => (globalThis as unknown as WithAutomation).pathcost.load(d),
        doc,
      );
      if (problems.length) throw new Error(problems.join('; '));
      await page.getByTestId('run').waitFor();
    };

    /** Press Run in the page and time until the headline with a new run id is in the DOM. */
    const once = async (): Promise<Measured> => {
      await page.evaluate(() => {
        const b = (window as unknown as { __bench: { heap: number } }).__bench;
        b.heap =
          (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
      });
      return page.evaluate(
        (workers) =>
          new Promise<Measured>((resolve) => {
            const bench = (
              window as unknown as { __bench: { tasks: number[][]; lag: number[][]; heap: number } }
            ).__bench;
            const before =
              document.querySelector('[data-testid="headline"]')?.getAttribute('data-run-id') ?? null;
            const t0 = performance.now();
            const done = () => {
              const t1 = performance.now();
              const tasks = bench.tasks.filter(([s]) => s! >= t0 - 1 && s! <= t1).map(([, d]) => d!);
              const lags = bench.lag.filter(([s]) => s! >= t0 && s! <= t1).map(([, d]) => d!);
              resolve({
                ms: t1 - t0,
                longestTaskMs: Math.max(0, ...tasks),
                longTasksOver100: tasks.filter((d) => d > 100).length,
                maxLagMs: Math.max(0, ...lags),
                peakHeapMB: bench.heap / 2 ** 20,
              });
            };
            const mo = new MutationObserver(() => {
              const h = document.querySelector('[data-testid="headline"]');
              if (h && h.getAttribute('data-run-id') !== before) {
                mo.disconnect();
                // One frame later the numbers are painted.
                requestAnimationFrame(() => setTimeout(done, 0));
              }
            });
            mo.observe(document.body, { subtree: true, childList: true, attributes: true });
            // A failed or stuck run never shows a headline: stop waiting after 3 minutes.
            setTimeout(() => {
              mo.disconnect();
              resolve({ ms: NaN, longestTaskMs: NaN, longTasksOver100: NaN, maxLagMs: NaN, peakHeapMB: NaN });
            }, 180_000);
            if (workers) void (globalThis as unknown as WithAutomation).pathcost.run(workers);
            else (document.querySelector('[data-testid="run"]') as HTMLButtonElement).click();
          }),
        workersArg ? Number(workersArg) : 0,
      );
    };

    await load(10_000);
    await once(); // warm-up: JIT and worker start-up
    const rows: Array<[number, Measured[]]> = [];
    for (const n of sizes) {
      await load(n);
      const ms: Measured[] = [];
      for (let r = 0; r < (n >= 1_000_000 ? Math.min(rounds, 2) : rounds); r++) ms.push(await once());
      rows.push([n, ms]);
      const med = median(ms.map((m) => m.ms));
      console.log(
        `  N=${String(n).padStart(8)}  Run -> headline median ${med.toFixed(0).padStart(6)} ms ` +
          `(${ms.map((m) => m.ms.toFixed(0)).join('/')})  longest task ${Math.max(...ms.map((m) => m.longestTaskMs)).toFixed(0)} ms` +
          `  tasks>100ms ${Math.max(...ms.map((m) => m.longTasksOver100))}  max timer lag ${Math.max(...ms.map((m) => m.maxLagMs)).toFixed(0)} ms` +
          `  peak page heap ${Math.max(...ms.map((m) => m.peakHeapMB)).toFixed(0)} MB`,
      );
    }
    const at = (n: number) => rows.find(([k]) => k === n)?.[1];
    const goal = (label: string, ok: boolean | undefined) =>
      console.log(`  goal ${label}: ${ok === undefined ? 'not measured' : ok ? 'met' : 'NOT met'}`);
    const m10k = at(10_000);
    const m1M = at(1_000_000);
    goal('10k <= 150 ms', m10k && median(m10k.map((m) => m.ms)) <= 150);
    goal('1M <= 10 s', m1M && median(m1M.map((m) => m.ms)) <= 10_000);
    goal(
      'no long task > 100 ms',
      rows.every(([, ms]) => ms.every((m) => m.longTasksOver100 === 0)),
    );
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
