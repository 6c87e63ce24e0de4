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
  | { kind: 'reloadNeeded' }
  | { kind: 'newerDatabase'; loop: boolean }
  | { kind: 'blocked' }
  | { kind: 'quarantined'; count: number };

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
  #saving: Promise<void> | null = null;
  #again = false;
  #retryTimer: unknown = null;
  #attempt = 0;
  #unsavedRuns: SavedRun[] = [];
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

  /** True while the open scenario has changes not yet written. */
  get dirty(): boolean {
    return this.doc.revision !== this.#savedDocRevision || this.#unsavedRuns.length > 0;
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
    this.doc.load(record.scenario);
    this.#opened(record.id, record.rev);
    void this.#rememberOpen(record.id);
  }

  /** Open a scenario document (an example, a new one, an import): it is saved as it is. */
  openDocument(scenario: Scenario): void {
    this.doc.load(scenario);
    this.#opened(scenario.id, undefined);
    this.#savedDocRevision = -1; // not stored yet
    void this.flush();
  }

  /** Open an example: the stored copy when the user has one (their edits), else the file's. */
  async openExample(scenario: Scenario): Promise<void> {
    const stored = await this.#scenarios?.load(scenario.id).catch(() => null);
    if (stored && stored.deletedAt === undefined) this.openRecord(stored);
    else this.openDocument(scenario);
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

  /** Store a completed run, linked to the stored revision of its scenario. */
  async saveRun(result: RunResult): Promise<void> {
    const scenarioId = this.currentId ?? result.scenario.id;
    await this.flush();
    this.#unsavedRuns.push(
      savedRunOf({
        runId: result.runId,
        scenario: result.scenario,
        summary: result.summary,
        data: result.data,
        scenarioId,
        scenarioRev: this.#rev ?? 0,
        savedAt: this.#timers.now(),
      }),
    );
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
    this.openDocument({ ...scenario, id, name });
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

  /**
   * Store imported scenarios all at once or not at all (for the import dialog); returns the
   * records as stored (ids may be new).
   */
  async importScenarios(list: readonly Scenario[], replace: boolean): Promise<ScenarioRecord[]> {
    if (!this.#scenarios) throw new Error('storage is not available');
    const records = await this.#scenarios.importScenarios(list, { replace });
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
    this.currentId = id;
    this.#rev = rev;
    this.#savedDocRevision = this.doc.revision;
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
        if (this.dirty && this.state.kind !== 'failed') this.#schedule.changed();
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
        const out = await scenarios.save(draft, this.#rev);
        if (out.kind === 'saved') {
          this.#rev = out.record.rev;
          this.#savedDocRevision = docRevision;
          this.#post({
            type: 'saved',
            dbVersion: DB_VERSION,
            tab: this.tab,
            id: out.record.id,
            rev: out.record.rev,
          });
          if (docRevision !== this.doc.revision) this.#again = true;
        } else {
          await this.#keepAsCopy(draft, docRevision);
        }
        void this.#rememberOpen(this.currentId!);
        markStorageUsed(this.options.local ?? null);
      }
      while (this.#unsavedRuns.length) {
        await this.#runs!.put(this.#unsavedRuns[0]!);
        this.#unsavedRuns.shift();
        this.#changedLibrary();
      }
      this.#attempt = 0;
      this.state = this.dirty ? { kind: 'pending' } : { kind: 'saved', at: this.#timers.now() };
    } catch (e) {
      this.#failed(e);
    }
  }

  /** Another tab saved a newer revision while this one had changes: keep both (T1). */
  async #keepAsCopy(draft: Scenario, docRevision: number): Promise<void> {
    const copy = await this.#scenarios!.saveCopy(draft);
    const unchanged = this.doc.revision === docRevision;
    this.currentId = copy.id;
    this.#rev = copy.rev;
    // Keep the user's work on screen, now under the copy's id (later edits go to the copy).
    this.doc.adopt({ ...(this.doc.draft ?? draft), id: copy.id });
    this.#savedDocRevision = unchanged ? this.doc.revision : -1;
    this.adoptions++;
    this.#notify({ kind: 'savedAsCopy', name: copy.name });
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
    this.doc.adopt(record.scenario);
    this.#rev = record.rev;
    this.#savedDocRevision = this.doc.revision;
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
