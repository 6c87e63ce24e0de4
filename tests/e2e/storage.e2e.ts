/**
 * Never lose work, in real Chromium: autosave across reloads and closed tabs, a full disk, site
 * data cleared while open, two tabs, an upgrade in another tab, the scenario library and saved
 * runs (rows P1-P6, T1, T2, T4 of ../shared/design/bad-inputs.md).
 */
import type { Page } from 'playwright-core';
import type { SaveState } from '../../src/lib/state/persistence.svelte';
import { assert, type BrowserTest } from './harness';
import { openApp, runAndWait, type WithAutomation } from './app-page';

/** The horizon of the scenario being edited. */
const horizon = (page: Page) =>
  page.evaluate(
    () =>
      ((window as unknown as WithAutomation).pathcost.draft() as { settings: { horizonMonths: number } })
        .settings.horizonMonths,
  );
const status = (page: Page) =>
  page.evaluate(() => (window as unknown as WithAutomation).pathcost.storageStatus()) as Promise<SaveState>;
const notices = (page: Page) =>
  page.evaluate(() => (window as unknown as WithAutomation).pathcost.storageNotices());
const flush = (page: Page) => page.evaluate(() => (window as unknown as WithAutomation).pathcost.flush());
const stored = (page: Page) =>
  page.evaluate(() => (window as unknown as WithAutomation).pathcost.storedScenarios());

async function setHorizon(page: Page, months: number): Promise<void> {
  const field = page.getByTestId('horizonMonths');
  await field.fill(String(months));
  await field.press('Enter');
}

async function waitForStatus(page: Page, kind: SaveState['kind'], timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (k) => (window as unknown as WithAutomation).pathcost.storageStatus().kind === k,
    kind,
    {
      timeout,
    },
  );
}

async function waitForHorizon(page: Page, months: number, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (m) =>
      (
        (window as unknown as WithAutomation).pathcost.draft() as {
          settings: { horizonMonths: number };
        } | null
      )?.settings.horizonMonths === m,
    months,
    { timeout },
  );
}

const storageTests: BrowserTest[] = [
  {
    name: 'storage: an edit survives a reload and a closed tab (P3); the header says it is saved',
    async fn({ page, context, url }) {
      await openApp(page, url);
      await waitForStatus(page, 'saved');
      assert(
        (await page.getByTestId('storage-status-text').textContent())?.includes('Saved in this browser'),
        'the status line says the work is saved',
      );
      await setHorizon(page, 84);
      await waitForStatus(page, 'saved');
      await page.reload();
      await page.getByTestId('run').waitFor();
      assert((await horizon(page)) === 84, 'the edit is back after a reload');
      assert((await page.getByTestId('horizonMonths').inputValue()) === '84', 'and the field shows it');

      // A second tab is killed 100 ms after an edit (the harness keeps the first page).
      const killed = await context.newPage();
      await openApp(killed, url);
      await setHorizon(killed, 96);
      await waitForStatus(killed, 'saved');
      await setHorizon(killed, 97);
      await killed.waitForTimeout(100);
      await killed.close({ runBeforeUnload: false });
      const again = await context.newPage();
      await openApp(again, url);
      const h = await horizon(again);
      assert(h === 96 || h === 97, `the last committed revision loads (96 or 97), got ${h}`);
      const list = await stored(again);
      assert(list.length === 1 && list[0]!.id === 'case-1', `one intact record, got ${JSON.stringify(list)}`);
      await page.reload();
      await page.getByTestId('run').waitFor();
      assert([96, 97].includes(await horizon(page)), 'the first tab, reloaded, has the same');
    },
  },
  {
    name: 'storage: when the page is hidden the save is flushed at once, without waiting for the debounce (P4)',
    async fn({ page, url }) {
      await openApp(page, url);
      await waitForStatus(page, 'saved');
      await setHorizon(page, 72);
      const before = await status(page);
      assert(before.kind === 'pending', `the change waits for the debounce, got ${before.kind}`);
      const ms = await page.evaluate(async () => {
        const started = performance.now();
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
        const p = (window as unknown as WithAutomation).pathcost;
        while (p.storageStatus().kind !== 'saved') await new Promise((r) => setTimeout(r, 5));
        return performance.now() - started;
      });
      assert(ms < 250, `saved ${ms.toFixed(0)} ms after the page was hidden (debounce is 300 ms)`);
      const list = await stored(page);
      assert(list[0]?.rev === 2, `the edit is stored as revision 2, got ${JSON.stringify(list)}`);
    },
  },
  {
    name: 'storage: a full disk (CDP quota) shows a banner that stays, keeps the edits, Export works, no reload; Retry clears it (P1, P2)',
    async fn({ page, url }) {
      await openApp(page, url);
      await waitForStatus(page, 'saved');
      const origin = new URL(url).origin;
      const cdp = await page.context().newCDPSession(page);
      await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1024 });
      // This Chromium does not enforce the overridden quota on IndexedDB writes (checked: 20 MB
      // writes pass under a quota of 0), so the disk is also made full the way P2 says: `put`
      // throws an AbortError whose inner error is a QuotaExceededError, as browsers report it.
      await page.evaluate(() => {
        const w = window as unknown as { fullDisk: boolean };
        w.fullDisk = true;
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
          if (w.fullDisk) {
            throw Object.assign(new DOMException('The transaction was aborted.', 'AbortError'), {
              inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
            });
          }
          return put.apply(this, args);
        };
      });
      await setHorizon(page, 84);
      const banner = page.getByTestId('save-banner');
      await banner.waitFor({ timeout: 10_000 });
      const text = await banner.textContent();
      assert(text?.includes('Not saved: storage full'), `the banner says the storage is full, got ${text}`);
      const alert = banner.getByRole('alert');
      const alertText = await alert.textContent();
      assert(
        alertText?.includes('Not saved: storage full') && !alertText.includes('Tried'),
        `the message is an alert, the retry counter is not (it would be re-announced), got ${alertText}`,
      );
      assert((await horizon(page)) === 84, 'the edit stays on screen');
      await page.waitForTimeout(1500); // a retry happens and fails: the banner stays
      assert(await banner.isVisible(), 'the banner stays while saving fails');
      const download = page.waitForEvent('download');
      await page.getByTestId('save-banner-export').click();
      const file = await download;
      const path = await file.path();
      const { readFileSync } = await import('node:fs');
      const exported = (
        JSON.parse(readFileSync(path, 'utf8')) as {
          format: string;
          scenario: { id: string; settings: { horizonMonths: number } };
        }
      ).scenario;
      assert(
        exported.id === 'case-1' && exported.settings.horizonMonths === 84,
        'Export writes the edited scenario',
      );
      assert(
        await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true),
        'the page did not reload',
      );
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
      await page.evaluate(() => ((window as unknown as { fullDisk: boolean }).fullDisk = false));
      await page.getByTestId('save-banner-retry').click();
      await banner.waitFor({ state: 'detached', timeout: 10_000 });
      assert((await status(page)).kind === 'saved', 'saved after the retry');
      assert((await stored(page))[0]?.rev === 2, 'the edit is stored');
    },
  },
  {
    name: 'storage: site data cleared while open (CDP) is written back and the user is told (P5)',
    async fn({ page, url }) {
      await openApp(page, url);
      await setHorizon(page, 48);
      await flush(page);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'all' });
      await page
        .getByTestId('storage-notice')
        .and(page.locator('[data-kind="rewritten"]'))
        .waitFor({ timeout: 10_000 });
      await page.waitForFunction(
        async () => (await (window as unknown as WithAutomation).pathcost.storedScenarios()).length === 1,
        undefined,
        { timeout: 10_000 },
      );
      assert((await horizon(page)) === 48, 'the work stays on screen');
      await page.reload();
      await page.getByTestId('run').waitFor();
      assert((await horizon(page)) === 48, 'the written-back scenario opens after a reload');
    },
  },
  {
    name: 'storage: an empty database after earlier use says "Local data was cleared by the browser" (P6)',
    async fn({ page, url }) {
      await openApp(page, url);
      await waitForStatus(page, 'saved');
      // Deleting the database makes the app save, close its connection and ask to reload (T2).
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const r = indexedDB.deleteDatabase('pathcost');
            r.onsuccess = () => resolve();
            r.onerror = () => reject(new Error('delete failed'));
          }),
      );
      await page.locator('[data-testid="storage-notice"][data-kind="reloadNeeded"]').waitFor();
      await page.reload();
      await page.getByTestId('run').waitFor();
      const text = await page.locator('[data-testid="storage-notice"][data-kind="cleared"]').textContent();
      assert(text?.includes('Local data was cleared by the browser'), `the user is told, got ${text}`);
      const name = await page.getByTestId('scenario-name').textContent();
      assert(name?.startsWith('Case 1'), 'the app still opens, on case 1');
    },
  },
  {
    name: 'storage: two tabs stay consistent; a conflict keeps both, the loser "saved as a copy" (T1)',
    async fn({ page, context, url }) {
      await openApp(page, url);
      await waitForStatus(page, 'saved');
      const other = await context.newPage();
      await openApp(other, url);
      await setHorizon(page, 84);
      await waitForHorizon(other, 84);
      assert(
        (await other.getByTestId('horizonMonths').inputValue()) === '84',
        'the other tab’s field follows',
      );

      // Both tabs change the scenario before either has saved.
      await Promise.all([setHorizon(page, 90), setHorizon(other, 30)]);
      await Promise.all([flush(page), flush(other)]);
      await page.waitForTimeout(300);
      const kinds = [await notices(page), await notices(other)];
      const copies = kinds.filter((k) => k.includes('savedAsCopy')).length;
      const list = await stored(page);
      assert(
        copies === 1,
        `exactly one tab lost the revision check and says so, got ${JSON.stringify(kinds)}`,
      );
      assert(list.length === 2, `both versions are kept, got ${JSON.stringify(list)}`);
      const loser = kinds[0]!.includes('savedAsCopy') ? page : other;
      const text = await loser
        .locator('[data-testid="storage-notice"][data-kind="savedAsCopy"]')
        .textContent();
      assert(text?.includes('saved as a copy'), `the notice says "saved as a copy", got ${text}`);
      const horizons = [await horizon(page), await horizon(other)].sort();
      assert(horizons.join() === '30,90', `no edit is lost on screen, got ${horizons.join()}`);
      await page.reload();
      await page.getByTestId('run').waitFor();
      assert((await horizon(page)) === 90 || (await horizon(page)) === 30, 'a reload keeps the edits');
    },
  },
  {
    name: 'storage: two tabs with live results: an edit in one re-runs only there, and one run is stored per edit',
    async fn({ page, context, url }) {
      const runs = (p: Page) =>
        p.evaluate(() => (window as unknown as WithAutomation).pathcost.savedRunCount());
      await openApp(page, url);
      await page.getByTestId('iterations').fill('500');
      await page.getByTestId('iterations').press('Enter');
      await waitForStatus(page, 'saved');
      const other = await context.newPage();
      await openApp(other, url);
      await runAndWait(page);
      await runAndWait(other); // live results are on in both tabs now
      await page.waitForFunction(
        async () => (await (window as unknown as WithAutomation).pathcost.savedRunCount()) === 2,
      );
      await setHorizon(page, 84);
      await waitForHorizon(other, 84);
      await page.waitForFunction(
        async () => (await (window as unknown as WithAutomation).pathcost.savedRunCount()) >= 3,
        undefined,
        { timeout: 30_000 },
      );
      await page.waitForTimeout(2000); // time for a (wrong) re-run in the other tab
      assert((await runs(page)) === 3, `one run stored for the edit, got ${(await runs(page)) - 2}`);
      assert((await other.getByTestId('headline').count()) === 1, 'the other tab still shows its results');
    },
  },
  {
    name: 'storage: the library lists earlier versions of a scenario and restores one into the open document',
    async fn({ page, url }) {
      await openApp(page, url);
      await waitForStatus(page, 'saved');
      await setHorizon(page, 84);
      await flush(page);
      await setHorizon(page, 96);
      await flush(page);
      await page.getByTestId('tab-library').click();
      const row = page.getByTestId('library-row').first();
      await row.getByTestId('library-revisions').locator('summary').click();
      const versions = row.getByTestId('library-revision');
      await versions.nth(1).waitFor();
      await versions.first().getByTestId('library-restore').click(); // the version with 84
      await page.getByTestId('library-restored').waitFor();
      await waitForHorizon(page, 84);
      await waitForStatus(page, 'saved');
      const list = await stored(page);
      assert(list[0]?.rev === 4, `the restore is saved as a new revision, got ${JSON.stringify(list)}`);
    },
  },
  {
    name: 'storage: an upgrade in another tab makes this one close and ask to reload; a reload loop is refused (T2, T4)',
    async fn({ page, context, url }) {
      await openApp(page, url);
      await waitForStatus(page, 'saved');
      const newer = await context.newPage();
      await newer.goto(`${url}scenarios/index.json`); // same origin, without the app
      await newer.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const r = indexedDB.open('pathcost', 99);
            r.onsuccess = () => {
              r.result.close();
              resolve();
            };
            r.onerror = () => reject(new Error('open failed'));
          }),
      );
      const notice = page.locator('[data-testid="storage-notice"][data-kind="reloadNeeded"]');
      await notice.waitFor();
      assert((await status(page)).kind === 'closed', 'saving stopped');
      await page.getByTestId('storage-reload').click();
      await page.getByTestId('run').waitFor();
      const text = await page
        .locator('[data-testid="storage-notice"][data-kind="newerDatabase"]')
        .textContent();
      assert(text?.includes('Close all PathCost tabs'), `a reload loop shows an error instead, got ${text}`);
      assert((await page.getByTestId('storage-reload').count()) === 0, 'and no second reload is offered');
    },
  },
  {
    name: 'storage: the scenario library makes, renames, duplicates, deletes (with Undo) and opens scenarios',
    async fn({ page, url }) {
      await openApp(page, url);
      await waitForStatus(page, 'saved');
      await page.getByTestId('tab-library').click();
      const rows = page.getByTestId('library-row');
      await rows.first().waitFor();
      assert((await rows.count()) === 1, 'case 1 is stored');
      assert(
        (await rows.first().getByTestId('library-checks').textContent())?.includes('valid'),
        'case 1 validates',
      );

      await page.getByTestId('library-rename').click();
      await page.getByTestId('library-rename-input').fill('Family Jansen');
      await page.getByTestId('library-rename-input').press('Enter');
      await page.getByTestId('scenario-name').getByText('Family Jansen').waitFor();

      await page.getByTestId('library-duplicate').click();
      await page.getByText('Family Jansen (copy)').waitFor();
      assert((await rows.count()) === 2, 'the copy is listed');

      await page.getByTestId('library-new-empty').click();
      await page.getByTestId('scenario-name').getByText('New scenario').waitFor();
      await page.getByTestId('tab-library').click();
      await rows.nth(2).waitFor();
      const empty = page.locator('[data-testid="library-row"]', { hasText: 'New scenario' });
      assert(
        (await empty.getByTestId('library-delete').isDisabled()) === true,
        'the open scenario cannot be deleted',
      );

      const copy = page.locator('[data-testid="library-row"]', { hasText: 'Family Jansen (copy)' });
      await copy.getByTestId('library-delete').click();
      await page.getByTestId('library-deleted').waitFor();
      assert((await rows.count()) === 2, 'the deleted one is gone from the list');
      await page.getByTestId('library-undo').click();
      await copy.waitFor();
      assert((await rows.count()) === 3, 'Undo brings it back');

      await copy.getByTestId('library-open').click();
      await page.getByTestId('scenario-name').getByText('Family Jansen (copy)').waitFor();
      assert(
        (await page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-testid')) ===
          'tab-paths',
        'opening shows the paths',
      );
      await page.reload();
      await page.getByTestId('run').waitFor();
      const name = await page.getByTestId('scenario-name').textContent();
      assert(name?.includes('Family Jansen (copy)'), `the last open scenario opens again, got ${name}`);
    },
  },
  {
    name: 'storage: every completed run is saved; a past run reopens; two runs compare side by side with their seeds',
    async fn({ page, url }) {
      await openApp(page, url);
      await page.getByTestId('iterations').fill('500');
      await page.getByTestId('iterations').press('Enter');
      await runAndWait(page);
      await page.getByTestId('seed').fill('99');
      await page.getByTestId('seed').press('Enter');
      await runAndWait(page);
      await page.waitForFunction(
        async () => (await (window as unknown as WithAutomation).pathcost.savedRunCount()) >= 2,
      );
      await page.getByTestId('tab-library').click();
      const runs = page.getByTestId('saved-run');
      await runs.nth(1).waitFor();
      const seeds = (await page.getByTestId('saved-run-seed').allTextContents()).map((s) => s.trim());
      assert(seeds.includes('99') && seeds.length >= 2, `the runs show their seeds, got ${seeds.join()}`);
      await runs.nth(0).getByTestId('saved-run-pick').check();
      await runs.nth(1).getByTestId('saved-run-pick').check();
      const seedRow = await page.getByTestId('compare-seed').textContent();
      assert(
        seedRow?.includes('99') && seedRow.includes('changed'),
        `the comparison shows both seeds, got ${seedRow}`,
      );
      const saving = await page.getByTestId('compare-saving').textContent();
      assert(
        saving?.includes('90%') || saving?.includes('€'),
        `expected savings with intervals, got ${saving}`,
      );
      await runs.nth(1).getByTestId('saved-run-show').click();
      await page.getByTestId('shown-run').getByTestId('pilot-mean').waitFor();
    },
  },
];

export default storageTests;
