import type { LocalText } from '../model/local-text';
import { newScenarioId } from '../model/new-scenario';
import type { Scenario } from '../model/scenario';
import { markStorageUsed, wasCleared } from '../store/cleared-marker';
import { DB_VERSION, openPathCostDb, type OpenOptions, type PathCostDatabase } from '../store/db';
import { libraryEntryOf, type LibraryEntry } from '../store/library-entry';
import { noteReload, reloadWouldLoop } from '../store/reload-guard';
import { retryDelayMs } from '../store/retry-delay';
import { RunStore } from '../store/run-store';
import { SaveSchedule, browserTimers, type Timers } from '../store/save-schedule';
import { savedRunOf, type SavedRun } from '../store/saved-run';
import type { ScenarioRecord } from '../store/scenario-record';
import { ScenarioStore } from '../store/scenario-store';
import { classifyStorageFailure, type StorageFailure } from '../store/storage-failure';
import { readTabMessage, type TabMessage } from '../store/tab-message';
import type { ScenarioState } from './scenario.svelte';
import type { RunResult } from './simulation.svelte';

/** Where saving stands, for the status line and the banner. */
export type SaveState =
  | { kind: 'starting' }
  | { kind: 'saved'; at: number }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: StorageFailure; attempt: number }
  /** No IndexedDB (private window, blocked storage): the work lives in this tab only. */
  | { kind: 'unavailable' }
  /** Another tab upgraded the database: this one saved, closed its connection and asks to reload. */
  | { kind: 'closed' };

/** Things the user is told once (until dismissed). */
export type StorageNotice =
  | { kind: 'cleared' }
  | { kind: 'rewritten' }
  | { kind: 'savedAsCopy'; name: LocalText }
  /** A document opened (an example, an import) had the id of a stored one: both are kept. */
  | { kind: 'keptBoth'; name: LocalText }
  /** The stored copy of an example could not be read: the example opened as a new document. */
  | { kind: 'readFailed' }
  /** A completed run could not be stored (the disk is full), not even without its data. */
  | { kind: 'runNotSaved' }
  | { kind: 'reloadNeeded' }
  | { kind: 'newerDatabase'; loop: boolean }
  | { kind: 'blocked' }
  | { kind: 'quarantined'; count: number };

/** Which stored scenario and revision a run was made on, taken when it starts. */
export interface RunOrigin {
  scenarioId: string | null;
  /** The stored revision, when the document was saved as it is (else looked up after the save). */
  rev: number | undefined;
  docRevision: number;
  open: number;
}

type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

export interface PersistenceOptions {
  open?: (options: OpenOptions) => Promise<PathCostDatabase>;
  timers?: Timers;
  /** Makes the channel to the other tabs (null: none). */
  channel?: () => BroadcastChannel | null;
  /** localStorage (the "used before" marker) and sessionStorage (the reload guard). */
  local?: KeyValue | null;
  session?: KeyValue | null;
  /** navigator.storage, or null where there is none. */
  storageManager?: Pick<StorageManager, 'persist' | 'persisted'> | null;
  /** The page (visibilitychange, pagehide), or null in tests. */
  page?: { window: EventTarget; document: EventTarget & { visibilityState: string } } | null;
  newId?: () => string;
}

const PREF_LAST_OPEN = 'lastOpen';

/**
 * Autosave and the library, between the scenario being edited (in memory: the truth) and
 * IndexedDB (a copy of it). Changes are saved after a short pause (SaveSchedule) and at once
 * when the page is hidden or closed; a save is one transaction with a revision check. A failed
 * save keeps the work, says why and retries with back-off; the app never reloads by itself.
 * Other tabs hear of every save (BroadcastChannel) and take the newer copy when they have no
 * unsaved changes; when they do, the later save loses the revision check and is kept as a copy.
 */
export class Persistence {
  state = $state.raw<SaveState>({ kind: 'starting' });
  notices = $state.raw<StorageNotice[]>([]);
  /** Whether the browser promised to keep the data (null: not known / not asked yet). */
  persisted = $state<boolean | null>(null);
  /** Changes when stored scenarios or runs changed (here or in another tab): lists re-read. */
  libraryVersion = $state(0);
  /** Counts copies taken from another tab (editors keyed on it start afresh). */
  adoptions = $state(0);
  /** doc.revision reached by the last adoption (not an edit here: no live run for it). */
  adoptedRevision = -1;
  /** The stored id of the open scenario. */
  currentId = $state<string | null>(null);

  readonly tab = Math.random().toString(36).slice(2);
  #db: PathCostDatabase | null = null;
  #scenarios: ScenarioStore | null = null;
  #runs: RunStore | null = null;
  /** The stored revision the open scenario was at when loaded or last saved (undefined: replace). */
  #rev: number | undefined = undefined;
  /** doc.revision at the last save or load. */
  #savedDocRevision = -1;
  /** The open scenario is a document not stored yet: its first save must not replace one. */
  #createOnly = false;
  /** Counts opens: a save that started before an open must not touch the newly open one. */
  #openCount = 0;
  /** Counts open requests (the newest wins when two overlap). */
  #openRequests = 0;
  #saving: Promise<void> | null = null;
  #again = false;
  #retryTimer: unknown = null;
  #attempt = 0;
  #unsavedRuns: SavedRun[] = [];
  /** The stored revision each saved document state got (`open:docRevision`), for run links. */
  #storedRevs: Array<{ key: string; rev: number }> = [];
  #channel: BroadcastChannel | null = null;
  #closedForUpgrade = false;
  /** The browser closed the connection: say so once the open scenario is written back. */
  #tellWrittenBack = false;
  readonly #schedule: SaveSchedule;
  readonly #timers: Timers;
  readonly #open: (options: OpenOptions) => Promise<PathCostDatabase>;
  readonly #cleanup: Array<() => void> = [];

  constructor(
    private readonly doc: ScenarioState,
    private readonly options: PersistenceOptions = {},
  ) {
    this.#timers = options.timers ?? browserTimers;
    this.#open = options.open ?? openPathCostDb;
    this.#schedule = new SaveSchedule(() => void this.#saveNow(), this.#timers);
  }

  /** True while the open scenario has changes not yet written (runs waiting do not count). */
  get dirty(): boolean {
    return this.doc.revision !== this.#savedDocRevision;
  }

  /**
   * Open the database and return the scenario that was open last time (null on a first visit,
   * after the browser cleared the data, or without storage).
   */
  async start(): Promise<ScenarioRecord | null> {
    this.#listen();
    void this.#askPersistence();
    try {
      await this.#connect();
    } catch (e) {
      this.#openFailed(e);
      return null;
    }
    const scenarios = this.#scenarios!;
    try {
      const count = await scenarios.count();
      if (wasCleared(this.options.local ?? null, count)) this.#notify({ kind: 'cleared' });
      await scenarios.purgeDeleted().catch((e: unknown) => {
        console.warn(
          `PathCost: old deleted scenarios not removed: ${e instanceof Error ? e.message : String(e)}`,
        );
      });
      const last = await scenarios.getPreference<string>(PREF_LAST_OPEN);
      const record = typeof last === 'string' ? await scenarios.load(last) : null;
      this.state = { kind: 'saved', at: record?.updatedAt ?? this.#timers.now() };
      return record && record.deletedAt === undefined ? record : null;
    } catch (e) {
      this.#failed(e);
      return null;
    }
  }

  /** Open a stored scenario. */
  openRecord(record: ScenarioRecord): void {
    this.#openRequests++;
    this.doc.load(record.scenario);
    this.#opened(record.id, record.rev);
    void this.#rememberOpen(record.id);
  }

  /**
   * Open a scenario document (an example, a new one, an import): the open one is saved first;
   * the document is then stored under its id, or under a new one when that id is taken (never
   * replacing a stored scenario). With `replace` (the scripting interface) it becomes the next
   * revision of a stored one with its id (the one replaced stays among the earlier versions).
   */
  async openDocument(scenario: Scenario, options: { replace?: boolean } = {}): Promise<void> {
    const request = ++this.#openRequests;
    if (this.doc.draft && (this.dirty || this.#saving)) await this.flush();
    if (request !== this.#openRequests) return; // a later open won
    this.#loadDocument(scenario);
    if (options.replace) this.#createOnly = false;
    await this.flush();
  }

  /** Open an example: the stored copy when the user has one (their edits), else the file's. */
  async openExample(scenario: Scenario): Promise<void> {
    const request = ++this.#openRequests;
    await this.flush();
    let stored: ScenarioRecord | null = null;
    try {
      stored = (await this.#scenarios?.load(scenario.id)) ?? null;
    } catch (e) {
      // Say so, and open the file's version as a new document (its save cannot replace the copy).
      console.warn(`PathCost: could not read ${scenario.id}: ${e instanceof Error ? e.message : String(e)}`);
      this.#notify({ kind: 'readFailed' });
    }
    if (request !== this.#openRequests) return;
    if (stored && stored.deletedAt === undefined) {
      this.openRecord(stored);
      return;
    }
    this.#loadDocument(scenario);
    await this.flush();
  }

  /** Call on every change of the draft (doc.revision). */
  changed(): void {
    if (!this.dirty || this.state.kind === 'closed') return;
    if (this.state.kind === 'saved' || this.state.kind === 'starting') this.state = { kind: 'pending' };
    this.#schedule.changed();
  }

  /** Save what waits, now (page hidden or closing, before a run is stored, for tests). */
  async flush(): Promise<void> {
    // A save under way may have started before the latest change: then save again after it.
    for (let i = 0; i < 3 && this.dirty && this.state.kind !== 'closed'; i++) {
      this.#schedule.cancel();
      await this.#saveNow();
      if (this.state.kind === 'failed' || !this.#scenarios) break;
    }
  }

  /** Try a failed save again at once. */
  retry(): Promise<void> {
    return this.flush();
  }

  /**
   * Call when a run starts: notes which stored scenario and revision it runs (pass it to
   * saveRun), and saves the document as it is, so that the run links to a stored revision.
   */
  runStarting(): RunOrigin {
    const saved = this.doc.revision === this.#savedDocRevision;
    const origin: RunOrigin = {
      scenarioId: this.currentId,
      rev: saved ? this.#rev : undefined,
      docRevision: this.doc.revision,
      open: this.#openCount,
    };
    if (!saved) void this.flush();
    return origin;
  }

  /** Store a completed run, linked to the stored revision it was run on (see runStarting). */
  async saveRun(result: RunResult, origin?: RunOrigin): Promise<void> {
    await this.flush();
    const scenarioId = (origin ? origin.scenarioId : this.currentId) ?? result.scenario.id;
    const rev = origin
      ? (this.#storedRevs.find((x) => x.key === `${origin.open}:${origin.docRevision}`)?.rev ??
        origin.rev ??
        0)
      : (this.#rev ?? 0);
    this.#unsavedRuns.push(
      savedRunOf({
        runId: result.runId,
        scenario: result.scenario,
        summary: result.summary,
        data: result.data,
        scenarioId,
        scenarioRev: rev,
        savedAt: this.#timers.now(),
      }),
    );
    while (this.#saving) await this.#saving;
    await this.#saveNow(true);
  }

  /** The library: scenarios in use (newest first) and the soft-deleted ones. */
  async library(): Promise<{ entries: LibraryEntry[]; deleted: LibraryEntry[] }> {
    if (!this.#scenarios) return { entries: [], deleted: [] };
    const listing = await this.#scenarios.list();
    if (listing.quarantined.length) this.#notify({ kind: 'quarantined', count: listing.quarantined.length });
    return { entries: listing.records.map(libraryEntryOf), deleted: listing.deleted.map(libraryEntryOf) };
  }

  /** Saved runs, newest first (without their per-iteration data). */
  async savedRuns(): Promise<SavedRun[]> {
    if (!this.#runs) return [];
    const { runs, quarantined } = await this.#runs.list();
    if (quarantined.length) this.#notify({ kind: 'quarantined', count: quarantined.length });
    return runs;
  }

  /** One saved run with its data (when it was kept). */
  savedRun(id: string): Promise<SavedRun | null> {
    return this.#runs?.get(id) ?? Promise.resolve(null);
  }

  /** Open a stored scenario by id (the open one is saved first). */
  async openById(id: string): Promise<boolean> {
    await this.flush();
    const record = await this.#scenarios?.load(id);
    if (!record) return false;
    this.openRecord(record);
    return true;
  }

  /** Start a new scenario (empty or from an example) under a fresh id, and open it. */
  async openNew(scenario: Scenario, name: LocalText): Promise<void> {
    await this.flush();
    const id = (this.options.newId ?? newScenarioId)();
    await this.openDocument({ ...scenario, id, name });
    this.#changedLibrary();
  }

  /** Rename: the open scenario through an (undoable) edit, another one in the store. */
  async rename(id: string, name: LocalText, label: string): Promise<void> {
    if (id === this.currentId) {
      this.doc.edit(label, (s) => ({ ...s, name }));
      await this.flush();
    } else {
      await this.#scenarios?.rename(id, name);
    }
    this.#changedLibrary();
  }

  /** Copy a stored scenario under a new id and name (the open one is saved first). */
  async duplicate(id: string, name: LocalText): Promise<ScenarioRecord | null> {
    await this.flush();
    const copy = (await this.#scenarios?.duplicate(id, name)) ?? null;
    this.#changedLibrary();
    return copy;
  }

  /** Delete (softly: Undo brings it back). The open scenario cannot be deleted. */
  async remove(id: string): Promise<boolean> {
    if (id === this.currentId || !this.#scenarios) return false;
    const done = (await this.#scenarios.delete(id)) !== null;
    this.#changedLibrary();
    return done;
  }

  async undoRemove(id: string): Promise<void> {
    await this.#scenarios?.undelete(id);
    this.#changedLibrary();
  }

  /** The kept revisions of a stored scenario (the current one too), newest first. */
  async revisions(id: string): Promise<Array<{ rev: number; updatedAt: number }>> {
    const list = (await this.#scenarios?.revisions(id)) ?? [];
    return list.map((r) => ({ rev: r.rev, updatedAt: r.updatedAt }));
  }

  /**
   * Make an earlier revision the current one, as a new revision (nothing is lost). The open
   * scenario gets it on screen (a fresh start: Undo does not go back past it).
   */
  async restoreRevision(id: string, rev: number): Promise<boolean> {
    const scenarios = this.#scenarios;
    if (!scenarios) return false;
    if (id === this.currentId) {
      await this.flush();
      const record = (await scenarios.revisions(id)).find((r) => r.rev === rev);
      if (!record || id !== this.currentId) return false;
      this.doc.load({ ...record.scenario, id });
      this.#savedDocRevision = -1;
      await this.flush();
    } else {
      const out = await scenarios.restore(id, rev);
      if (out?.kind !== 'saved') return false;
      this.#post({ type: 'saved', dbVersion: DB_VERSION, tab: this.tab, id, rev: out.record.rev });
    }
    this.#changedLibrary();
    return true;
  }

  /**
   * Store imported scenarios all at once or not at all (for the import dialog); returns the
   * records as stored (ids may be new).
   */
  async importScenarios(list: readonly Scenario[], replace: boolean): Promise<ScenarioRecord[]> {
    if (!this.#scenarios) throw new Error('storage is not available');
    await this.flush();
    const records = await this.#scenarios.importScenarios(list, { replace });
    // Tabs that have one of them open take it (as after a save there).
    for (const r of records) {
      this.#post({ type: 'saved', dbVersion: DB_VERSION, tab: this.tab, id: r.id, rev: r.rev });
      if (r.id === this.currentId && !this.dirty && !this.#saving) this.#adopt(r);
    }
    this.#changedLibrary();
    return records;
  }

  /** Every stored scenario in use (for a backup export). */
  async allScenarios(): Promise<Scenario[]> {
    await this.flush().catch(() => undefined);
    const listing = await this.#scenarios?.list();
    return listing?.records.map((r) => r.scenario) ?? [];
  }

  dismiss(notice: StorageNotice): void {
    this.notices = this.notices.filter((n) => n !== notice);
  }

  /** Note that the user reloads because of a newer database (the loop guard, T4). */
  reloading(): void {
    noteReload(this.options.session ?? null, this.#timers.now());
  }

  dispose(): void {
    this.#schedule.cancel();
    if (this.#retryTimer !== null) this.#timers.clearTimeout(this.#retryTimer);
    for (const f of this.#cleanup.splice(0)) f();
    this.#channel?.close();
    this.#db?.close();
  }

  // --- inside ---

  #opened(id: string, rev: number | undefined): void {
    this.#schedule.cancel();
    this.#openCount++;
    this.currentId = id;
    this.#rev = rev;
    this.#createOnly = false;
    this.#savedDocRevision = this.doc.revision;
  }

  #loadDocument(scenario: Scenario): void {
    this.doc.load(scenario);
    this.#opened(scenario.id, undefined);
    this.#createOnly = true;
    this.#savedDocRevision = -1; // not stored yet
  }

  async #rememberOpen(id: string): Promise<void> {
    try {
      await this.#scenarios?.setPreference(PREF_LAST_OPEN, id);
    } catch {
      // the next save tries again
    }
  }

  async #connect(): Promise<void> {
    const db = await this.#open({
      onVersionChange: () => void this.#versionChange(),
      onClose: () => void this.#connectionLost(),
      onBlocked: () => this.#notify({ kind: 'blocked' }),
    });
    this.notices = this.notices.filter((n) => n.kind !== 'blocked');
    this.#db = db;
    this.#scenarios = new ScenarioStore(db, () => this.#timers.now(), this.options.newId);
    this.#runs = new RunStore(db, () => this.#timers.now());
  }

  #openFailed(e: unknown): void {
    const name = (e as { name?: unknown } | null)?.name;
    if (name === 'VersionError') {
      // The database was made by a newer PathCost (another tab, or a newer deploy): this page's
      // code is old. Reloading fixes it, unless the same old code comes back (T4).
      const loop = reloadWouldLoop(this.options.session ?? null, this.#timers.now());
      this.#notify({ kind: 'newerDatabase', loop });
      this.state = { kind: 'closed' };
    } else {
      console.warn(`PathCost: no local storage: ${e instanceof Error ? e.message : String(e)}`);
      this.state = { kind: 'unavailable' };
    }
  }

  async #saveNow(force = false): Promise<void> {
    if (this.#saving) {
      this.#again = true;
      return this.#saving;
    }
    if (!this.#scenarios || this.#closedForUpgrade) return;
    if (!this.dirty && !force) return;
    if (this.#retryTimer !== null) {
      this.#timers.clearTimeout(this.#retryTimer);
      this.#retryTimer = null;
    }
    this.#saving = this.#write().finally(() => {
      this.#saving = null;
      if (this.#again) {
        this.#again = false;
        const waiting = this.dirty || this.#unsavedRuns.length > 0;
        if (waiting && this.state.kind !== 'failed') this.#schedule.changed();
      }
    });
    return this.#saving;
  }

  async #write(): Promise<void> {
    const scenarios = this.#scenarios!;
    const draft = this.doc.draft;
    const docRevision = this.doc.revision;
    const wasFailed = this.state.kind === 'failed';
    if (!wasFailed) this.state = { kind: 'saving' };
    try {
      if (draft && docRevision !== this.#savedDocRevision) {
        if (draft.id !== this.currentId) this.#opened(draft.id, undefined);
        const opening = this.#openCount;
        const createOnly = this.#createOnly;
        const out = createOnly ? await scenarios.create(draft) : await scenarios.save(draft, this.#rev);
        // Another scenario may have opened while this one was written: leave that one alone.
        const stillOpen = opening === this.#openCount;
        if (out.kind === 'saved') {
          this.#post({
            type: 'saved',
            dbVersion: DB_VERSION,
            tab: this.tab,
            id: out.record.id,
            rev: out.record.rev,
          });
          if (stillOpen) {
            this.#noteStored(opening, docRevision, out.record.rev);
            this.#rev = out.record.rev;
            this.#createOnly = false;
            this.#savedDocRevision = docRevision;
            if (docRevision !== this.doc.revision) this.#again = true;
          } else {
            this.#changedLibrary();
          }
        } else if (stillOpen) {
          await this.#keepAsCopy(draft, docRevision, createOnly ? 'keptBoth' : 'savedAsCopy');
        } else {
          const copy = await scenarios.saveCopy(draft);
          this.#notify({ kind: createOnly ? 'keptBoth' : 'savedAsCopy', name: copy.name });
          this.#changedLibrary();
        }
        if (opening === this.#openCount) void this.#rememberOpen(this.currentId!);
        markStorageUsed(this.options.local ?? null);
      }
      while (this.#unsavedRuns.length) {
        await this.#putRun(this.#unsavedRuns[0]!);
        this.#unsavedRuns.shift();
        this.#changedLibrary();
      }
      this.#attempt = 0;
      this.state = this.dirty ? { kind: 'pending' } : { kind: 'saved', at: this.#timers.now() };
    } catch (e) {
      this.#failed(e);
    }
  }

  /**
   * Store a run. When the disk is full, try once more without its per-iteration data; if that
   * does not fit either, drop it and say so (the scenario's saving is not held up by it).
   */
  async #putRun(run: SavedRun): Promise<void> {
    const runs = this.#runs!;
    try {
      await runs.put(run);
      return;
    } catch (e) {
      if (classifyStorageFailure(e) !== 'quota') throw e;
    }
    if (run.data) {
      const { data: _, ...lean } = run;
      try {
        await runs.put(lean);
        return;
      } catch (e) {
        if (classifyStorageFailure(e) !== 'quota') throw e;
      }
    }
    console.warn('PathCost: a run was not saved: storage full');
    this.#notify({ kind: 'runNotSaved' });
  }

  #noteStored(open: number, docRevision: number, rev: number): void {
    this.#storedRevs = [...this.#storedRevs, { key: `${open}:${docRevision}`, rev }].slice(-50);
  }

  /** Another tab saved a newer revision while this one had changes: keep both (T1). */
  async #keepAsCopy(draft: Scenario, docRevision: number, kind: 'savedAsCopy' | 'keptBoth'): Promise<void> {
    const copy = await this.#scenarios!.saveCopy(draft);
    const unchanged = this.doc.revision === docRevision;
    this.currentId = copy.id;
    this.#createOnly = false;
    this.#rev = copy.rev;
    // Keep the user's work on screen, now under the copy's id (later edits go to the copy).
    this.doc.adopt({ ...(this.doc.draft ?? draft), id: copy.id });
    this.adoptedRevision = this.doc.revision; // the same work under another id: no re-run
    this.#savedDocRevision = unchanged ? this.doc.revision : -1;
    this.adoptions++;
    this.#notify({ kind, name: copy.name });
    this.#changedLibrary();
  }

  #failed(e: unknown): void {
    const reason = classifyStorageFailure(e);
    this.#attempt++;
    this.state = { kind: 'failed', reason, attempt: this.#attempt };
    console.warn(`PathCost: not saved (${reason}): ${e instanceof Error ? e.message : String(e)}`);
    if (reason === 'invalid') return; // retrying the same draft cannot help; the next edit will
    this.#retryTimer = this.#timers.setTimeout(() => {
      this.#retryTimer = null;
      void (reason === 'closed' || reason === 'cleared' ? this.#reconnect() : this.#saveNow(true));
    }, retryDelayMs(this.#attempt));
  }

  /** The browser closed the connection (site data cleared): reopen and write everything back (P5). */
  async #connectionLost(): Promise<void> {
    if (this.#closedForUpgrade) return;
    this.#db = null;
    this.#scenarios = null;
    this.#runs = null;
    this.#tellWrittenBack = true;
    await this.#reconnect();
  }

  async #reconnect(): Promise<void> {
    try {
      this.#db?.close();
      await this.#connect();
    } catch (e) {
      this.#failed(e);
      return;
    }
    this.#savedDocRevision = -1; // write the open scenario back whole
    await this.#saveNow(true);
    if (this.#tellWrittenBack && this.state.kind === 'saved') {
      this.#tellWrittenBack = false;
      this.#notify({ kind: 'rewritten' });
    }
    this.#changedLibrary();
  }

  /** Another tab opens a newer database version: save, close, ask to reload (T2). */
  async #versionChange(): Promise<void> {
    try {
      await this.flush();
    } finally {
      this.#closedForUpgrade = true;
      this.#db?.close();
      this.#db = null;
      this.#scenarios = null;
      this.#runs = null;
      this.state = { kind: 'closed' };
      this.#notify({ kind: 'reloadNeeded' });
    }
  }

  async #received(message: TabMessage): Promise<void> {
    if (message.tab === this.tab) return;
    if (message.dbVersion > DB_VERSION) {
      await this.#versionChange();
      return;
    }
    this.#bumpLibrary();
    if (message.type !== 'saved' || message.id !== this.currentId) return;
    if (this.#rev !== undefined && message.rev <= this.#rev) return;
    if (this.dirty || this.#saving) return; // our save will meet the revision check
    const record = await this.#scenarios?.load(message.id);
    if (!record || this.dirty || record.id !== this.currentId) return;
    this.#adopt(record);
  }

  /** Take a newer stored copy of the open scenario (no unsaved changes here). */
  #adopt(record: ScenarioRecord): void {
    this.doc.adopt(record.scenario);
    this.#rev = record.rev;
    this.#createOnly = false;
    this.#savedDocRevision = this.doc.revision;
    this.adoptedRevision = this.doc.revision;
    this.adoptions++;
  }

  async #askPersistence(): Promise<void> {
    const sm = this.options.storageManager;
    if (!sm?.persisted || !sm.persist) {
      this.persisted = false;
      return;
    }
    try {
      this.persisted = (await sm.persisted()) || (await sm.persist());
    } catch {
      this.persisted = false;
    }
  }

  #listen(): void {
    try {
      this.#channel = this.options.channel?.() ?? null;
    } catch {
      this.#channel = null;
    }
    if (this.#channel) {
      const onMessage = (e: MessageEvent) => {
        const m = readTabMessage(e.data);
        if (m) void this.#received(m);
      };
      this.#channel.addEventListener('message', onMessage);
    }
    const page = this.options.page;
    if (page) {
      const onVisibility = () => {
        if (page.document.visibilityState === 'hidden') void this.flush();
      };
      const onPageHide = () => void this.flush();
      page.document.addEventListener('visibilitychange', onVisibility);
      page.window.addEventListener('pagehide', onPageHide);
      this.#cleanup.push(
        () => page.document.removeEventListener('visibilitychange', onVisibility),
        () => page.window.removeEventListener('pagehide', onPageHide),
      );
    }
  }

  #post(message: TabMessage): void {
    try {
      this.#channel?.postMessage(message);
    } catch {
      // the channel is closed: other tabs catch up when they next read the library
    }
  }

  #changedLibrary(): void {
    this.#bumpLibrary();
    this.#post({ type: 'library', dbVersion: DB_VERSION, tab: this.tab });
  }

  #bumpLibrary(): void {
    this.libraryVersion++;
  }

  #notify(notice: StorageNotice): void {
    const same = (n: StorageNotice) => n.kind === notice.kind;
    this.notices = [...this.notices.filter((n) => !same(n)), notice];
  }
}
