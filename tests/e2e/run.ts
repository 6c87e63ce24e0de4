/**
 * Browser tests: the built app in real headless Chromium (Debian's /usr/bin/chromium) driven by
 * playwright-core, served with its production headers on 127.0.0.1. Run after `npm run build`.
 * `tsx tests/e2e/run.ts [name-filter]`. Ends with a line "browser: N passed, N failed".
 */
import { appTests } from './app.e2e';
import { runBrowserTests } from './harness';

const only = process.argv[2] ? new RegExp(process.argv[2], 'i') : undefined;
const [passed, failed] = await runBrowserTests(appTests, only);
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exitCode = failed || passed === 0 ? 1 : 0;
