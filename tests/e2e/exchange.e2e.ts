/**
 * Import and export in real Chromium: every Import row of ../shared/design/bad-inputs.md (I1-I12)
 * through the file picker or paste gives its message and stores nothing; export -> import
 * round-trips to an equal scenario (X3); export works from memory when storage is broken (X4).
 *
 * The components are found by their test ids; `openExchange` says where the app shows them.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { MAX_IMPORT_BYTES } from '../../src/lib/exchange/import-limits';
import { canonicalJson } from '../../src/lib/model/scenario-hash';
import { smallDocument } from '../lib/exchange/documents';
import { assert, type BrowserTest } from './harness';
import { openApp, runAndWait, type WithAutomation } from './app-page';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The import panel and export menu sit in the Library tab. */
async function openExchange(page: Page, url: string): Promise<void> {
  await openApp(page, url);
  await page.getByTestId('tab-library').click();
  await page.getByTestId('import-panel').waitFor();
}

async function pick(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer });
}

async function paste(page: Page, text: string): Promise<void> {
  await page.getByTestId('import-paste').fill(text);
  await page.getByTestId('import-read').click();
}

/** Wait until the element shows text containing `expected`; returns its text. */
async function textOf(page: Page, testId: string, expected: string, timeout = 10_000): Promise<string> {
  const handle = await page.waitForFunction(
    ([id, text]) => {
      const t = document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
      return t.includes(text!) ? t : null;
    },
    [testId, expected] as const,
    { timeout },
  );
  return (await handle.jsonValue()) as string;
}

const problemLines = (page: Page) => page.getByTestId('import-problem-list').locator('li').allTextContents();
const draft = (page: Page) =>
  page.evaluate(() => (window as unknown as WithAutomation).pathcost.draft()) as Promise<Doc>;
const storedIds = (page: Page) =>
  page.evaluate(async () =>
    (await (window as unknown as WithAutomation).pathcost.storedScenarios())
      .map((s) => `${s.id}@${s.rev}`)
      .sort(),
  );
const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const broken = (change: (d: Doc) => void): string => {
  const d = smallDocument() as Doc;
  change(d);
  return JSON.stringify(d);
};

/** Download what a button exports, and return the file's text. */
async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const event = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = await event;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const exchangeTests: BrowserTest[] = [
  {
    name: 'import I2: a 0-byte file, a binary file renamed .json, and a file just over the 10 MB limit are refused; nothing is stored',
    async fn({ page, url }) {
      await openExchange(page, url);
      const before = await storedIds(page);
      await pick(page, 'empty.json', Buffer.alloc(0));
      await textOf(page, 'import-refusal', 'The file is empty (0 bytes). Nothing was imported.');

      const png = Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        Buffer.from('IHDR'),
        Buffer.alloc(2000, 0xff),
      ]);
      await pick(page, 'picture.json', png);
      await textOf(page, 'import-refusal', 'This is not a text file: it holds binary data.');

      // The limit is 10 MB (a 200 MB file is refused the same way: by its size, before reading).
      await pick(page, 'huge.json', Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x20));
      await textOf(
        page,
        'import-refusal',
        'The file is too big (10.1 MB); PathCost reads files up to 10 MB.',
      );
      assert((await page.getByTestId('import-preview').count()) === 0, 'no preview of a refused file');
      assert(JSON.stringify(await storedIds(page)) === JSON.stringify(before), 'nothing was stored');
    },
  },
  {
    name: 'import I3: 200,000-deep nested arrays are too deeply nested (file and paste), with no error escaping',
    async fn({ page, url }) {
      await openExchange(page, url);
      const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
      await pick(page, 'deep.json', Buffer.from(deep));
      await textOf(page, 'import-refusal', 'The file is too deeply nested (more than 64 levels)');
      await page.getByTestId('import-cancel').count(); // the page still answers
      await paste(page, `{"a":${'{"a":'.repeat(1000)}1${'}'.repeat(1001)}`);
      await textOf(page, 'import-refusal', 'too deeply nested');
    },
  },
  {
    name: 'import I1: "__proto__" and "constructor.prototype" are refused as unknown keys; Object.prototype stays clean',
    async fn({ page, url }) {
      await openExchange(page, url);
      const text = JSON.stringify(smallDocument())
        .replace(/^\{/, '{"__proto__":{"polluted":1},')
        .replace('"id":"team"', '"constructor":{"prototype":{"polluted":2}},"id":"team"');
      await paste(page, text);
      await textOf(page, 'import-refusal', 'Problems found: 2. Nothing was imported');
      const lines = await problemLines(page);
      assert(
        lines.includes('__proto__: unknown field "__proto__": not allowed in a PathCost file') &&
          lines.includes(
            'paths.pilot.steps[0].constructor: unknown field "constructor": not allowed in a PathCost file',
          ),
        `both keys are named at their paths, got ${lines.join(' | ')}`,
      );
      assert(
        await page.evaluate(() => ({}) as Record<string, unknown>).then((o) => o.polluted === undefined),
        'no pollution',
      );
      assert(
        await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted === undefined),
        'Object.prototype is clean in the page',
      );
    },
  },
  {
    name: 'import I4: 1e999, a negative cost, probability 1.5 and probability "0.5" are each refused at their path',
    async fn({ page, url }) {
      await openExchange(page, url);
      const cases: Array<[string, string]> = [
        [
          JSON.stringify(smallDocument()).replace('"oneOffCost":5000', '"oneOffCost":1e999'),
          'paths.pilot.steps[0].oneOffCost: the number is too large (it reads as infinity)',
        ],
        [
          broken((d) => (d.paths.pilot.steps[0].oneOffCost = -5)),
          'paths.pilot.steps[0].oneOffCost: must not be negative',
        ],
        [
          broken((d) => (d.paths.reference.branches[1].probability = 1.5)),
          'paths.reference.branches[1].probability: must be between 0 and 1',
        ],
        [
          broken((d) => (d.paths.pilot.events[0].probability = '0.5')),
          'paths.pilot.events[0].probability: is the text "0.5", not a number',
        ],
      ];
      for (const [text, expected] of cases) {
        await paste(page, text);
        await textOf(page, 'import-problem-list', expected);
      }
    },
  },
  {
    name: 'import I5: branch probabilities adding up to 0.97 give the sum; scaling is offered, never done silently',
    async fn({ page, url }) {
      await openExchange(page, url);
      await paste(
        page,
        broken((d) => (d.paths.reference.branches[1].probability = 0.37)),
      );
      await textOf(
        page,
        'import-problem-list',
        'paths.reference.branches: branch probabilities add up to 0.97, not 1',
      );
      assert((await page.getByTestId('import-confirm').count()) === 0, 'no import before it is fixed');
      await page.getByTestId('import-normalise').click();
      await textOf(
        page,
        'import-normalised',
        'the branch probabilities were scaled to add up to 1 at: paths.reference.branches',
      );
    },
  },
  {
    name: 'import I6 and I7: a cycle lists its events, a missing step is named, duplicate step ids are refused',
    async fn({ page, url }) {
      await openExchange(page, url);
      await paste(
        page,
        broken((d) => (d.paths.reference.events[0].after = 'placement')),
      );
      await textOf(page, 'import-problem-list', 'event conditions form a cycle: ots -> placement -> ots');
      await paste(
        page,
        broken((d) => (d.paths.pilot.events[0].ends = ['nope'])),
      );
      await textOf(
        page,
        'import-problem-list',
        'paths.pilot.events[0].ends[0]: unknown step "nope" on the pilot path',
      );
      await paste(
        page,
        broken((d) => (d.paths.pilot.steps[1].id = 'team')),
      );
      await textOf(page, 'import-problem-list', 'item id "team" is already used at paths.pilot.steps[0].id');
    },
  },
  {
    name: 'import I8 and I9: version 99 was made with a newer version, a missing version is refused, an unknown field is named',
    locale: 'nl-NL',
    async fn({ page, url }) {
      await openExchange(page, url);
      await pick(page, 'future.json', json({ ...smallDocument(), schemaVersion: 99 }));
      await textOf(
        page,
        'import-refusal',
        'gemaakt met een nieuwere versie van PathCost (versie 99 van het scenarioformaat)',
      );
      const { schemaVersion: _, ...noVersion } = smallDocument();
      await pick(page, 'old.json', json(noVersion));
      await textOf(page, 'import-refusal', 'schemaVersion ontbreekt');
      await pick(page, 'extra.json', json({ ...smallDocument(), notes2: 'x' }));
      await textOf(page, 'import-problem-list', 'notes2: unknown field "notes2"');
    },
  },
  {
    name: 'import I10: 5,000 problems show the first 20 and the count, and the page stays responsive',
    async fn({ page, url }) {
      await openExchange(page, url);
      const d = smallDocument() as Doc;
      d.paths.pilot.events = [];
      d.paths.pilot.steps = Array.from({ length: 500 }, (_, i) => ({
        id: `s${i}`,
        label: 's',
        payer: 'municipality-youth',
        start: 'a',
        duration: 'b',
        oneOffCost: 'c',
        monthlyCost: 'd',
        hoursPerMonth: 'e',
        hourlyRate: 'f',
        probability: 'g',
        bad1: 1,
        bad2: 2,
        ignoreAgeLimit: 'h',
      }));
      await pick(page, 'many.json', json(d));
      await textOf(page, 'import-refusal', 'Problems found: 5,000.');
      assert((await problemLines(page)).length === 20, 'the first 20 are listed');
      await textOf(page, 'import-more-problems', '…and 4,980 more.');
      const t0 = Date.now();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
      assert(Date.now() - t0 < 1000, 'the page paints again at once');
    },
  },
  {
    name: 'import I12: a hostile title is shown literally in the preview and the header; no script runs',
    async fn({ page, url }) {
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await openExchange(page, url);
      const name = '<img src=x onerror=alert(1)><script>alert(2)</script>';
      await pick(page, 'hostile.json', json({ ...smallDocument('hostile'), name }));
      assert(
        (await textOf(page, 'import-preview-name', name)) === name,
        'the preview shows the name as text',
      );
      await page.getByTestId('import-confirm').click();
      await textOf(page, 'import-status', `Imported: ${name}.`);
      await textOf(page, 'scenario-name', name);
      assert(
        (await page.locator('img[src="x"], main script, header script').count()) === 0,
        'no element was made',
      );
      assert(dialogs === 0, 'no alert ran');
      assert((await draft(page)).id === 'hostile', 'the imported scenario is open');
    },
  },
  {
    name: 'export X3: the scenario exported as JSON and imported through the file picker is equal; the stored one is not overwritten without Replace',
    async fn({ page, url }) {
      await openExchange(page, url);
      const original = await draft(page);
      const file = await download(page, 'export-scenario');
      assert(/^pathcost-case-1-\d{4}-\d\d-\d\d\.json$/.test(file.name), `file name, got ${file.name}`);
      const exported = JSON.parse(file.text);
      assert(exported.format === 'pathcost-scenario' && exported.schemaVersion === 1, 'the envelope');
      assert(
        exported.exportedBy.app === 'PathCost' && typeof exported.exportedBy.appVersion === 'string',
        'the app',
      );
      assert(exported.reproducibility.seed === original.settings.seed, 'the reproducibility block');
      assert(
        canonicalJson(exported.scenario) === canonicalJson(original),
        'the file holds the scenario as on screen',
      );
      const before = await storedIds(page);

      // case-1 is stored: the default makes a copy under a new id, the stored one untouched.
      await pick(page, file.name, Buffer.from(file.text));
      await textOf(page, 'import-exists', 'A scenario with the id case-1 is already saved.');
      await textOf(page, 'import-confirm', 'Import as a new copy');
      await page.getByTestId('import-confirm').click();
      await textOf(page, 'import-status', 'Imported:');
      await page.waitForFunction(
        () =>
          ((window as unknown as WithAutomation).pathcost.draft() as { id: string } | null)?.id !== 'case-1',
      );
      const copy = await draft(page);
      assert(/^scenario-/.test(copy.id), `a new id, got ${copy.id}`);
      assert(
        canonicalJson({ ...copy, id: 'case-1' }) === canonicalJson(original),
        'the copy equals the original',
      );
      const after = await storedIds(page);
      assert(
        after.includes(before.find((x) => x.startsWith('case-1@'))!),
        'case-1 is unchanged in the store',
      );

      // Replace, when chosen, keeps the id.
      await page.getByTestId('tab-library').click();
      await pick(page, file.name, Buffer.from(file.text));
      await page.getByTestId('import-replace').click();
      await textOf(page, 'import-status', 'Imported:');
      await page.waitForFunction(
        () =>
          ((window as unknown as WithAutomation).pathcost.draft() as { id: string } | null)?.id === 'case-1',
      );
      assert(
        canonicalJson(await draft(page)) === canonicalJson(original),
        'the replaced scenario equals the file',
      );
    },
  },
  {
    name: 'export: a run as JSON (reproducibility block and methods summary) and as long-format CSV, and the methods summary as text',
    async fn({ page, url }) {
      await openApp(page, url);
      await runAndWait(page);
      await page.getByTestId('tab-library').click();
      const seed = (await draft(page)).settings.seed as number;
      const runJson = await download(page, 'export-run-json');
      const file = JSON.parse(runJson.text);
      assert(file.format === 'pathcost-run', 'a run file');
      for (const key of [
        'seed',
        'generator',
        'appVersion',
        'engineVersion',
        'iterations',
        'priceYear',
        'discountPreset',
      ]) {
        assert(file.reproducibility[key] !== undefined, `the reproducibility block has ${key}`);
      }
      assert(
        file.reproducibility.seed === seed && file.reproducibility.iterations === 10_000,
        'seed and iterations',
      );
      assert(file.methods.text.en.includes('Comparators (CHEERS item 7)'), 'the methods summary in English');
      assert(file.methods.text.nl.includes('Vergelijking (CHEERS-punt 7)'), 'and in Dutch');
      const csv = await download(page, 'export-run-csv');
      assert(csv.text.startsWith('\uFEFF'), 'the CSV starts with a UTF-8 BOM (for Excel)');
      const rows = csv.text.replace(/^\uFEFF/, '').split('\n');
      assert(rows[0] === 'iteration,path,variable,value', `the CSV header, got ${rows[0]}`);
      assert(rows.includes(`,run,seed,${seed}`), 'the seed row');
      assert(
        rows.some((r) => r.startsWith('9999,pilot,total_discounted,')),
        'a row of the last iteration',
      );
      const methods = await download(page, 'export-methods');
      assert(
        methods.name.endsWith('.txt') && methods.text.includes('Uncertainty (item 20)'),
        'the methods text',
      );
    },
  },
  {
    name: 'export X4 and import I11: with the disk full, the scenario still exports from memory; an import that cannot be stored changes nothing',
    async fn({ page, url, expectConsoleErrors }) {
      await openExchange(page, url);
      expectConsoleErrors('QuotaExceededError', 'quota');
      const before = await storedIds(page);
      await page.evaluate(() => {
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
          if (args.length > -1) {
            throw Object.assign(new DOMException('The transaction was aborted.', 'AbortError'), {
              inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
            });
          }
          return put.apply(this, args);
        };
      });
      const original = await draft(page);
      const file = await download(page, 'export-scenario');
      assert(
        canonicalJson(JSON.parse(file.text).scenario) === canonicalJson(original),
        'exported from memory',
      );

      const d = smallDocument('fresh');
      await pick(page, 'fresh.json', json(d));
      await page.getByTestId('import-confirm').click();
      await textOf(page, 'import-commit-error', 'The import could not be saved, and nothing was changed');
      assert((await page.getByTestId('import-preview').count()) === 1, 'the preview stays to try again');
      assert((await draft(page)).id === original.id, 'the open scenario is unchanged');
      assert(JSON.stringify(await storedIds(page)) === JSON.stringify(before), 'nothing was stored');
    },
  },
];

export default exchangeTests;
