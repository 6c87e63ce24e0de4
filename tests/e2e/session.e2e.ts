/**
 * The group session in real Chromium, by keyboard only (Tab, Shift+Tab, Enter, Space, arrows and
 * typing after the page has loaded; no clicks): a new empty scenario, both paths built minimally,
 * three participants, three estimates of the reference path's risk side by side and pooled, the
 * pooled beta put into the model, a parking-lot question, present mode stepped through with the
 * arrow keys, and everything still there after a reload (IndexedDB), at the step it was at. Then
 * the room view of a contested risk ("Show to the room", key V): measured as drawn at 1280x720.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CATALOGUES } from '../../src/lib/i18n/messages';
import type { Scenario } from '../../src/lib/model/scenario';
import { canonicalJson } from '../../src/lib/model/scenario-hash';
import type { EstimateAnswer } from '../../src/lib/model/session';
import { poolAnswers } from '../../src/lib/session/pool-estimates';
import { pooledSentenceOf } from '../../src/lib/session/value-words';
import type { SaveState } from '../../src/lib/state/persistence.svelte';
import { openApp, type WithAutomation } from './app-page';
import { assertNoAxeViolations } from './axe';
import { installDrawnText, type WithDrawnText } from './drawn-text';
import { assert, type BrowserTest } from './harness';
import { activeId, addNamed, choose, tabTo, tabToMatch, typeNumber } from './keyboard';

const draft = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as WithAutomation).pathcost.draft()) as Promise<Scenario | null>;

/** From anywhere on the page: to the tab list (Shift+Tab to the selected tab), then arrows to `tab`. */
async function openTab(page: Page, tab: string): Promise<void> {
  const order = ['library', 'session', 'paths', 'results', 'funding', 'sources'];
  await tabToMatch(page, '[role="tab"][aria-selected="true"]', true);
  for (let i = 0; i < order.length; i++) {
    if (await page.evaluate((id) => document.activeElement?.id === id, `tab-${tab}`)) break;
    const current = await page.evaluate(() => document.activeElement?.id.replace('tab-', '') ?? '');
    await page.keyboard.press(order.indexOf(current) > order.indexOf(tab) ? 'ArrowLeft' : 'ArrowRight');
  }
  assert((await activeId(page)) === `tab-${tab}`, `the ${tab} tab has focus`);
  await page.locator(`#panel-${tab}:not([hidden])`).waitFor();
}

const status = (page: Page) =>
  page.evaluate(() =>
    (globalThis as unknown as WithAutomation).pathcost.storageStatus(),
  ) as Promise<SaveState>;

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (globalThis as unknown as WithAutomation).pathcost.storageStatus().kind === 'saved',
    undefined,
    { timeout: 10_000 },
  );
}

/** The answers typed below, as the session should store them. */
const ANSWERS: EstimateAnswer[] = [
  { participantId: 'participant-1', kind: 'count', count: 20 },
  { participantId: 'participant-2', kind: 'range', low: 10, likely: 30, high: 60, note: 'Seen it often' },
  { participantId: 'participant-3', kind: 'range', low: 40, likely: 50, high: 70 },
];

/** A scenario with a session filled in: what the journey below builds, plus a resolved question. */
const FILLED = {
  schemaVersion: 1,
  id: 'session-filled',
  name: 'Sessie',
  members: [{ id: 'mother', label: 'Moeder', role: 'parent' }],
  paths: {
    pilot: {
      steps: [
        {
          id: 'team',
          label: 'Pilotteam',
          payer: 'municipality-youth',
          members: ['mother'],
          duration: 12,
          monthlyCost: 1667,
        },
      ],
    },
    reference: {
      steps: [
        { id: 'regular', label: 'Gewone zorg', payer: 'municipality-youth', duration: 6, monthlyCost: 500 },
      ],
      events: [{ id: 'ots', label: 'OTS', kind: 'ots', probability: 0.3, onset: 6 }],
    },
  },
  session: {
    participants: [
      { id: 'participant-1', name: 'Anna', role: 'parent' },
      { id: 'participant-2', name: 'Bas', role: 'professional' },
      { id: 'participant-3', name: 'Chris' },
    ],
    estimates: [{ id: 'estimate-1', target: { pathId: 'reference', eventId: 'ots' }, answers: ANSWERS }],
    parkingLot: [
      { id: 'question-1', text: 'Wie betaalt de voogd?', createdAt: '2026-11-23T10:00:00.000Z' },
      {
        id: 'question-2',
        text: 'Wachtlijst: 3 of 6 maanden?',
        createdAt: '2026-11-23T10:05:00.000Z',
        resolved: true,
      },
    ],
  },
};

/** FILLED with five people whose answers fall into two camps (10-15 and 80-90): the fullest card. */
const ROOM = {
  ...FILLED,
  id: 'session-room',
  session: {
    ...FILLED.session,
    participants: [
      ...FILLED.session.participants,
      { id: 'participant-4', name: 'Dewi', role: 'parent' },
      { id: 'participant-5', name: 'Ellen', role: 'professional' },
    ],
    estimates: [
      {
        id: 'estimate-1',
        target: { pathId: 'reference', eventId: 'ots' },
        answers: [
          { participantId: 'participant-1', kind: 'count', count: 10 },
          {
            participantId: 'participant-2',
            kind: 'range',
            low: 5,
            likely: 15,
            high: 30,
            note: 'Zag het vaak',
          },
          { participantId: 'participant-3', kind: 'count', count: 80 },
          { participantId: 'participant-4', kind: 'range', low: 70, likely: 85, high: 95 },
          { participantId: 'participant-5', kind: 'count', count: 90 },
        ],
      },
    ],
  },
};

const ROOM_SHOT = 'test-results/session/room-view.png';

interface RoomReport {
  problems: string[];
  texts: number;
  svgTexts: number;
  sentencePx: number;
  smallestPx: number;
}

/**
 * The room view as drawn: it covers the window; nothing in it scrolls, spills or leaves the
 * window; every visible text is drawn at 24 px or more (HTML: the height of its line boxes over
 * the height the same font draws per px, from a 100 px probe; SVG: font size times the screen
 * scale, getScreenCTM().a); the pooled sentence at 40 px or more.
 */
async function roomReport(page: Page): Promise<RoomReport> {
  await installDrawnText(page);
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.querySelector<HTMLElement>('[data-testid="session-room"]')!;
    const W = window.innerWidth;
    const H = window.innerHeight;
    const box = root.getBoundingClientRect();
    if (box.left !== 0 || box.top !== 0 || box.width !== W || box.height !== H)
      problems.push(
        `the room view does not cover the window: ${box.left},${box.top} ${box.width}x${box.height}`,
      );
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const drawn = (globalThis as unknown as WithDrawnText).pathcostDrawnText;
    const hidden = (el: Element) => drawn.hidden(el, root);
    const drawnSize = drawn.drawnSize;
    let texts = 0;
    let svgTexts = 0;
    let smallestPx = Infinity;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim()) continue;
      const el = n.parentElement!;
      if (hidden(el)) continue;
      const size = drawnSize(n as Text);
      if (size === null) continue;
      texts++;
      if (el instanceof SVGElement) svgTexts++;
      smallestPx = Math.min(smallestPx, size);
      if (size < 23.9) problems.push(`text drawn below 24 px (${size.toFixed(1)} px): ${describe(el)}`);
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.top < -1 || r.right > W + 1 || r.bottom > H + 1)
        problems.push(`text outside the window: ${describe(el)}`);
    }
    for (const el of [root, ...root.querySelectorAll('*')]) {
      if (el.clientHeight === 0 && el.clientWidth === 0) continue;
      if (getComputedStyle(el).clipPath !== 'none') continue; // visually hidden on purpose
      if (el.scrollHeight > el.clientHeight + 2)
        problems.push(
          `content taller than its box: ${describe(el)} (${el.scrollHeight} > ${el.clientHeight})`,
        );
      if (el.scrollWidth > el.clientWidth + 2)
        problems.push(`content wider than its box: ${describe(el)} (${el.scrollWidth} > ${el.clientWidth})`);
    }
    const sentence = root.querySelector('[data-testid="session-room-sentence"]');
    const sentenceText = sentence?.firstChild;
    const sentencePx = sentenceText instanceof Text ? (drawnSize(sentenceText) ?? 0) : 0;
    if (sentencePx < 39.9)
      problems.push(`the pooled sentence is drawn at ${sentencePx.toFixed(1)} px (< 40)`);
    return { problems, texts, svgTexts, sentencePx, smallestPx };
  });
}

const sessionTests: BrowserTest[] = [
  {
    name: 'session: a keyboard-only group session (both paths, three estimates pooled and applied, parking lot, present mode) survives a reload',
    async fn({ page, url }) {
      await openApp(page, url);
      const en = CATALOGUES.en;

      // A new, empty scenario from the library.
      await openTab(page, 'library');
      await tabToMatch(page, '[data-testid="library-new-empty"]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => {
        const d = (globalThis as unknown as WithAutomation).pathcost.draft() as Scenario | null;
        return !!d && d.id.startsWith('scenario-') && d.paths.pilot.steps.length === 0;
      });
      await page.getByTestId('editor').waitFor();

      // Both paths, minimally: a member, one pilot step, one reference step and one risk.
      await addNamed(page, 'ed-members-new', 'Mother');
      await addNamed(page, 'ed-paths-pilot-steps-new', 'Pilot team');
      await tabTo(page, 'ed-paths-pilot-steps-0-members-0');
      await page.keyboard.press('Space');
      await typeNumber(page, 'ed-paths-pilot-steps-0-duration', '12');
      await choose(page, 'ed-paths-pilot-steps-0-costKind', 'monthly');
      await typeNumber(page, 'ed-paths-pilot-steps-0-monthlyCost', '1667');
      await addNamed(page, 'ed-paths-reference-steps-new', 'Regular care');
      await typeNumber(page, 'ed-paths-reference-steps-0-duration', '6');
      await choose(page, 'ed-paths-reference-steps-0-costKind', 'monthly');
      await typeNumber(page, 'ed-paths-reference-steps-0-monthlyCost', '500');
      await addNamed(page, 'ed-paths-reference-events-new', 'OTS');
      await typeNumber(page, 'ed-paths-reference-events-0-probability', '0.3');
      let s = (await draft(page))!;
      const event = s.paths.reference.events[0]!;
      assert(event.id === 'ots' && event.probability === 0.3, `the risk as typed: ${JSON.stringify(event)}`);

      // The Session tab: three participants.
      await openTab(page, 'session');
      for (const name of ['Anna', 'Bas', 'Chris']) await addNamed(page, 'session-participant-name', name);
      await page.locator('[data-testid="session-participant"]').nth(2).waitFor();

      // Steps 2 and 3: the paths, read-only, with a lane for the mother.
      await tabTo(page, 'session-next');
      await page.keyboard.press('Enter');
      assert((await activeId(page)) === 'session-step-heading', 'the step heading takes focus');
      const pilot = await page.getByTestId('session-timeline-pilot').textContent();
      assert(
        pilot?.includes('Mother') && pilot.includes('Pilot team'),
        'the pilot timeline has its lane and step',
      );
      await tabTo(page, 'session-next');
      await page.keyboard.press('Enter');
      await page.getByTestId('session-timeline-reference').waitFor();
      await tabTo(page, 'session-next');
      await page.keyboard.press('Enter');

      // Step 4: ask the group about the OTS, then three answers: one number, two ranges.
      await tabTo(page, 'session-ask');
      await page.keyboard.press('Enter');
      await page.getByTestId('session-estimate').waitFor();
      assert((await activeId(page)) === 'session-estimate-1-who', 'the answer form takes focus');
      await tabTo(page, 'session-estimate-1-count');
      await page.keyboard.type('20');
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="session-answer"]').first().waitFor();
      // Bas: switch the form to low / most likely / high with the arrow keys.
      await tabTo(page, 'session-estimate-1-kind-count', true);
      await page.keyboard.press('ArrowRight');
      await page.locator('#session-estimate-1-low').waitFor();
      await tabTo(page, 'session-estimate-1-low');
      await page.keyboard.type('10');
      await page.keyboard.press('Tab');
      await page.keyboard.type('30');
      await page.keyboard.press('Tab');
      await page.keyboard.type('60');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Seen it often');
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="session-answer"]').nth(1).waitFor();
      assert(
        (await activeId(page)) === 'session-estimate-1-low',
        'the next participant is up, in the first field',
      );
      await page.keyboard.type('40');
      await page.keyboard.press('Tab');
      await page.keyboard.type('50');
      await page.keyboard.press('Tab');
      await page.keyboard.type('70');
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="session-answer"]').nth(2).waitFor();

      s = (await draft(page))!;
      const answers = s.session?.estimates[0]?.answers;
      assert(
        canonicalJson(answers) === canonicalJson(ANSWERS),
        `the answers as typed: ${JSON.stringify(answers)}`,
      );
      const rows = await page.locator('[data-testid="session-answer"] th').allTextContents();
      assert(rows.join() === 'Anna,Bas,Chris', `side by side, with who gave them: ${rows.join()}`);
      const pooled = poolAnswers(ANSWERS)!;
      const sentence = (await page.getByTestId('session-pooled-sentence').textContent())?.trim();
      const expected = pooledSentenceOf(pooled.quantity, en, 'en');
      assert(sentence === expected, `the pooled sentence: "${sentence}", expected "${expected}"`);

      // Use it in the model: the event's probability becomes the pooled beta.
      await tabTo(page, 'session-estimate-1-apply');
      await page.keyboard.press('Enter');
      await page.getByTestId('session-in-use').waitFor();
      s = (await draft(page))!;
      const p = s.paths.reference.events[0]!.probability;
      assert(
        canonicalJson(p) === canonicalJson(pooled.quantity),
        `the event's probability: ${JSON.stringify(p)}`,
      );
      assert(typeof p === 'object' && 'dist' in p && p.dist === 'beta', 'it is a beta');

      // Step 5: a parking-lot question.
      await tabTo(page, 'session-next');
      await page.keyboard.press('Enter');
      await addNamed(page, 'session-parking-new', 'Who pays the guardian?');
      await page.getByTestId('session-parking-item').waitFor();
      const count = await page.getByTestId('session-open-count').textContent();
      assert(count?.includes(en.sessionOpenQuestions(1)), `the heading counts the open question: ${count}`);
      await waitSaved(page);

      // Present mode, by keyboard: reveal step by step with the right arrow (R runs), Esc leaves.
      await tabToMatch(page, '[data-testid="present-open"]', true);
      await page.keyboard.press('Enter');
      const present = page.getByTestId('present-mode');
      await present.waitFor();
      const first = await present.getAttribute('data-step');
      assert(first === '1', `present mode opens at step 1 (data-step ${first})`);
      const seen: string[] = [first];
      for (let i = 0; i < 12 && seen.at(-1) !== '5'; i++) {
        await page.keyboard.press('ArrowRight');
        let step = await present.getAttribute('data-step');
        if (step === seen.at(-1)) {
          // The next step needs results: run with R, wait for them, then reveal again.
          await page.keyboard.press('r');
          await page.waitForSelector('[data-testid="present-mode"][data-has-result="true"]', {
            timeout: 60_000,
          });
          await page.keyboard.press('ArrowRight');
          step = await present.getAttribute('data-step');
        }
        if (step !== null && step !== seen.at(-1)) seen.push(step);
      }
      assert(seen.join() === '1,2,3,4,5', `present mode reveals steps 1 to 5 in order: ${seen.join()}`);
      await page.keyboard.press('Escape');
      await present.waitFor({ state: 'detached' });
      await page.getByTestId('session-view').waitFor();

      // After a reload, everything is still there.
      await waitSaved(page);
      assert((await status(page)).kind === 'saved', 'saved before the reload');
      await page.reload();
      await page.getByTestId('run').waitFor({ timeout: 30_000 });
      await page.waitForFunction(
        (id) => ((globalThis as unknown as WithAutomation).pathcost.draft() as Scenario | null)?.id === id,
        s.id,
      );
      const back = (await draft(page))!;
      assert(
        JSON.stringify(back.session?.participants.map((x) => x.name)) === '["Anna","Bas","Chris"]',
        'the participants are back',
      );
      assert(
        canonicalJson(back.session?.estimates[0]?.answers) === canonicalJson(ANSWERS),
        'the estimates are back',
      );
      assert(back.session?.parkingLot[0]?.text === 'Who pays the guardian?', 'the parking lot is back');
      await openTab(page, 'session');
      // The session reopens at the step it was at (the parking lot), for this tab.
      const at = await page.getByTestId('session-panel').getAttribute('data-step');
      assert(at === '5', `the session reopens at step 5 after the reload (step ${at})`);
      await tabTo(page, 'session-step-1');
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="session-panel"][data-step="1"]').waitFor();
      assert(
        (await page.locator('[data-testid="session-participant"]').count()) === 3,
        'and shown in the session',
      );
    },
  },
  {
    name: 'session: every step of a filled-in session has no serious axe violation and targets of 24 px or more (nl)',
    locale: 'nl-NL',
    async fn({ page, url }) {
      await openApp(page, url);
      const problems = await page.evaluate(
        (d) => (globalThis as unknown as WithAutomation).pathcost.load(d),
        FILLED as unknown as Record<string, unknown>,
      );
      assert(problems.length === 0, `the scenario loads: ${problems.join('; ')}`);
      await page.getByTestId('tab-session').click();
      const failures: string[] = [];
      for (let step = 1; step <= 5; step++) {
        await page.getByTestId(`session-step-${step}`).click();
        await page.locator(`[data-testid="session-panel"][data-step="${step}"]`).waitFor();
        try {
          await assertNoAxeViolations(page, `session step ${step}`, { include: '#panel-session' });
        } catch (e) {
          failures.push((e as Error).message);
        }
        const { seen, small } = await page.evaluate(() => {
          const boxes = [
            ...document.querySelectorAll(
              '#panel-session button, #panel-session input, #panel-session select',
            ),
          ]
            .map((el) => ({ el, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0);
          return {
            seen: boxes.length,
            small: boxes
              .filter(({ box }) => box.width < 24 || box.height < 24)
              .map(({ el, box }) => `${el.id || el.outerHTML.slice(0, 60)} ${box.width}x${box.height}`),
          };
        });
        assert(seen >= 3, `step ${step} has controls to measure (${seen})`);
        if (small.length) failures.push(`step ${step}: targets under 24 px: ${small.join('; ')}`);
      }
      assert(failures.length === 0, failures.join('\n    '));
      // The pooled sentence in plain Dutch, with Dutch numbers.
      await page.getByTestId('session-step-4').click();
      const sentence = await page.getByTestId('session-pooled-sentence').textContent();
      assert(
        /^Samen: ongeveer \d+ van de 100 gezinnen\./.test(sentence ?? ''),
        `Dutch sentence: ${sentence}`,
      );
      const count = await page.getByTestId('session-open-count').textContent();
      assert(count?.includes('1 open vraag'), `the heading counts open questions: ${count}`);
    },
  },
  {
    name: 'session: the room view of a contested risk (key V) reads from the back of the room at 1280x720: 24 px text, 40 px sentence, no overflow, focus kept inside, axe (nl)',
    locale: 'nl-NL',
    async fn({ page, url }) {
      await openApp(page, url);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const problems = await page.evaluate(
        (d) => (globalThis as unknown as WithAutomation).pathcost.load(d),
        ROOM as unknown as Record<string, unknown>,
      );
      assert(problems.length === 0, `the scenario loads: ${problems.join('; ')}`);
      await openTab(page, 'session');
      await tabTo(page, 'session-step-4');
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="session-panel"][data-step="4"]').waitFor();
      const camps = await page.getByTestId('session-camps').textContent();
      assert(
        camps?.startsWith('De antwoorden vallen in twee groepen: 10 tot 15 en 80 tot 90'),
        `two camps: ${camps}`,
      );

      // V on the card (not in a text field) opens the room view; focus goes to Close.
      await tabTo(page, 'session-estimate-1-apply');
      await page.keyboard.press('v');
      const room = page.getByTestId('session-room');
      await room.waitFor();
      const focusIn = () =>
        page.evaluate(() => !!document.activeElement?.closest('[data-testid="session-room"]'));
      assert(await focusIn(), 'focus is in the room view');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

      mkdirSync('test-results/session', { recursive: true });
      await page.screenshot({ path: ROOM_SHOT });
      const report = await roomReport(page);
      assert(report.texts >= 12, `the room view shows its texts (${report.texts})`);
      assert(report.svgTexts >= 10, `the chart's names, answers and axis are text (${report.svgTexts})`);
      assert(report.problems.length === 0, report.problems.join('\n    '));
      const names = await room.locator('svg text.label').allTextContents();
      assert(names.join() === 'Anna,Bas,Chris,Dewi,Ellen,Samen', `names side by side: ${names.join()}`);
      const sentence = await room.getByTestId('session-room-sentence').textContent();
      assert(
        /^Samen: ongeveer \d+ van de 100 gezinnen\./.test(sentence ?? ''),
        `pooled sentence: ${sentence}`,
      );
      const notes = await room.getByTestId('session-room-note').allTextContents();
      assert(
        notes.length === 1 && notes[0]!.includes('twee groepen'),
        `the two camps are said: ${notes.join()}`,
      );
      await assertNoAxeViolations(page, 'room view', { include: '[data-testid="session-room"]' });

      // Tab and Shift+Tab go round inside.
      for (const k of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
        await page.keyboard.press(k);
        assert(await focusIn(), `focus stays in the room view after ${k}`);
      }
      // The table view fits too.
      await page.getByTestId('session-room-table').focus();
      await page.keyboard.press('Enter');
      await room.getByTestId('session-room-answers').waitFor();
      const tableReport = await roomReport(page);
      assert(tableReport.problems.length === 0, `as a table: ${tableReport.problems.join('\n    ')}`);

      // Esc leaves, and focus is back where it was.
      await page.keyboard.press('Escape');
      await room.waitFor({ state: 'detached' });
      assert(
        (await activeId(page)) === 'session-estimate-1-apply',
        `focus is back (${await activeId(page)})`,
      );
      // The card's button opens it too.
      await tabTo(page, 'session-estimate-1-room', true);
      await page.keyboard.press('Enter');
      await room.waitFor();
      await page.getByTestId('session-room-close').press('Enter');
      await room.waitFor({ state: 'detached' });
      assert((await activeId(page)) === 'session-estimate-1-room', 'focus is back on the button');
    },
  },
];
export default sessionTests;
