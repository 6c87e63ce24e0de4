/**
 * Browser tests: the built app in real headless Chromium (Debian's /usr/bin/chromium) driven by
 * playwright-core, served with its production headers on 127.0.0.1. Run after `npm run build`.
 * `tsx tests/e2e/run.ts [name-filter]`. Every `tests/e2e/*.e2e.ts` file's default export (a list
 * of tests) is run. Ends with a line "browser: N passed, N failed".
 */
import { readdirSync } from 'node:fs';
import { runBrowserTests, type BrowserTest } from './harness';

const dir = new URL('./', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.ts'))
  .sort();
const tests: BrowserTest[] = [];
for (const f of files) {
  const mod = (await import(new URL(f, dir).href)) as { default?: BrowserTest[] };
  if (!Array.isArray(mod.default)) throw new Error(`${f} has no default export of browser tests`);
  tests.push(...mod.default);
}

const only = process.argv[2] ? new RegExp(process.argv[2], 'i') : undefined;
const [passed, failed] = await runBrowserTests(tests, only);
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exitCode = failed || passed === 0 ? 1 : 0;
