import { normaliseBranches, branchesAddUp } from '../edit/branch-probabilities';
import { PATH_IDS } from '../model/path';
import type { Problem } from '../model/problem';
import { SCHEMA_VERSION, scenarioSchema, type Scenario } from '../model/scenario';
import { validateScenario } from '../model/validate-scenario';
import { documentHazards } from './document-hazards';
import {
  BACKUP_FORMAT,
  backupEnvelopeSchema,
  RUN_FORMAT,
  runEnvelopeSchema,
  SCENARIO_FORMAT,
  scenarioEnvelopeSchema,
} from './file-format';
import { MAX_IMPORT_BYTES, MAX_IMPORT_DEPTH, MAX_PROBLEMS_SHOWN } from './import-limits';
import { migrateScenarioDocument } from './migrations';
import { exceedsNesting } from './nesting-depth';
import { checkSchemaVersion } from './schema-version';
import { importSchemaProblems } from './schema-problems';

/** Why a file was refused as a whole; `invalid` comes with the problems by path. */
export type ImportRefusal =
  | { kind: 'empty' }
  /** The browser could not read the file (it changed or went away while being read). */
  | { kind: 'unreadable'; detail: string }
  | { kind: 'too-big'; bytes: number; limit: number }
  | { kind: 'binary' }
  | { kind: 'not-json'; detail: string }
  | { kind: 'too-deep'; limit: number }
  | { kind: 'not-a-scenario' }
  | { kind: 'unknown-format'; format: string }
  | { kind: 'no-version' }
  | { kind: 'newer-version'; version: number; supported: number }
  | { kind: 'unknown-version'; version: number }
  | { kind: 'empty-backup' }
  | { kind: 'invalid'; canNormalise: boolean };

export interface ImportRefused {
  ok: false;
  reason: ImportRefusal;
  /**
   * The first MAX_PROBLEMS_SHOWN problems: forbidden keys and infinite numbers anywhere in the
   * file first, then the envelope's, then each scenario's in turn.
   */
  problems: Problem[];
  /** How many problems there are in all. */
  total: number;
}

export interface ImportRead {
  ok: true;
  kind: 'scenario' | 'backup';
  /** Every scenario of the file, validated; ids as in the file (see planImport). */
  scenarios: Scenario[];
  /** Warnings (they do not stop the import), with paths in the file. */
  warnings: Problem[];
  /** The schema version the file was written in, when it was older and has been migrated. */
  migratedFrom: number | null;
  /** Paths whose branch probabilities were scaled to add up to 1 (only when asked). */
  normalised: string[];
}

export type ImportResult = ImportRead | ImportRefused;

export interface ImportOptions {
  /**
   * Scale branch probabilities that do not add up to 1 (an explicit choice of the user after
   * seeing the sum: bad-inputs.md I5 wants no silent fix).
   */
  normaliseBranches?: boolean;
}

/** The size check, for a file before it is read at all (0 bytes: empty; too big: refused). */
export function checkImportSize(bytes: number, limit = MAX_IMPORT_BYTES): ImportRefused | null {
  if (bytes === 0) return refuse({ kind: 'empty' });
  if (bytes > limit) return refuse({ kind: 'too-big', bytes, limit });
  return null;
}

/**
 * Read an imported file (or pasted text) of `bytes` bytes: size, then a look for binary
 * content, then nesting depth (before parsing), then JSON, then the file's kind and
 * `schemaVersion` (newer: refused; older: migrated), then strict validation of every scenario
 * with each problem at its path in the file. All or nothing: one problem refuses the whole file.
 * Never throws.
 */
export function readImport(text: string, bytes: number, options: ImportOptions = {}): ImportResult {
  const sized = checkImportSize(bytes);
  if (sized) return sized;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a UTF-8 byte order mark
  if (!body.trim()) return refuse({ kind: 'empty' });
  if (hasControlCharacters(body)) return refuse({ kind: 'binary' });
  if (exceedsNesting(body, MAX_IMPORT_DEPTH)) return refuse({ kind: 'too-deep', limit: MAX_IMPORT_DEPTH });
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (e) {
    // Bytes that were not UTF-8 text decode as U+FFFD: a binary file, not a typing error.
    if (body.includes('\ufffd')) return refuse({ kind: 'binary' });
    return refuse({ kind: 'not-json', detail: e instanceof Error ? e.message : String(e) });
  }
  if (!isRecord(document)) return refuse({ kind: 'not-a-scenario' });

  const format = document.format;
  if (
    format !== undefined &&
    format !== SCENARIO_FORMAT &&
    format !== BACKUP_FORMAT &&
    format !== RUN_FORMAT
  ) {
    return typeof format === 'string'
      ? refuse({ kind: 'unknown-format', format: format.slice(0, 100) })
      : refuse({ kind: 'not-a-scenario' });
  }
  if (format === undefined && !('paths' in document) && !('schemaVersion' in document)) {
    return refuse({ kind: 'not-a-scenario' });
  }

  // The version first: it says how to read everything else.
  const fileVersion = versionRefusal(document);
  if (fileVersion) return fileVersion;

  const problems: Problem[] = documentHazards(document);
  const reported = new Set(problems.map((p) => p.path));
  const add = (list: Problem[]) => {
    for (const p of list) if (!reported.has(p.path)) problems.push(p);
  };

  // The envelope, then the scenario documents inside it with where they sit in the file.
  let items: Array<{ document: unknown; at: string }>;
  if (format === SCENARIO_FORMAT || format === BACKUP_FORMAT || format === RUN_FORMAT) {
    const schema =
      format === SCENARIO_FORMAT
        ? scenarioEnvelopeSchema
        : format === BACKUP_FORMAT
          ? backupEnvelopeSchema
          : runEnvelopeSchema;
    const envelope = schema.safeParse(document);
    if (!envelope.success) {
      add(importSchemaProblems(document, envelope.error));
      return invalid(problems);
    }
    if (format === BACKUP_FORMAT) {
      const list = document.scenarios as unknown[];
      if (!list.length) return refuse({ kind: 'empty-backup' });
      items = list.map((d, i) => ({ document: d, at: `scenarios[${i}]` }));
    } else items = [{ document: document.scenario, at: 'scenario' }];
  } else items = [{ document, at: '' }];

  const scenarios: Scenario[] = [];
  const warnings: Problem[] = [];
  const normalised: string[] = [];
  let migratedFrom: number | null = null;
  for (const item of items) {
    if (!isRecord(item.document)) {
      add([
        {
          path: item.at || '(document)',
          code: 'schema',
          message: 'expected a scenario (an object)',
          severity: 'error',
        },
      ]);
      continue;
    }
    const version = versionRefusal(item.document);
    if (version) return version;
    const migrated = migrateScenarioDocument(item.document, item.document.schemaVersion as number);
    if (!migrated.ok) return refuse({ kind: 'unknown-version', version: migrated.from });
    if (migrated.from !== SCHEMA_VERSION) migratedFrom = Math.min(migratedFrom ?? Infinity, migrated.from);
    const checked = checkScenario(migrated.document, options);
    add(checked.problems.map((p) => at(item.at, p)));
    warnings.push(...checked.warnings.map((p) => at(item.at, p)));
    normalised.push(...checked.normalised.map((p) => (item.at ? `${item.at}.${p}` : p)));
    if (checked.scenario) scenarios.push(checked.scenario);
  }
  if (format === BACKUP_FORMAT) add(duplicateIds(items));
  if (problems.length) return invalid(problems);
  return {
    ok: true,
    kind: format === BACKUP_FORMAT ? 'backup' : 'scenario',
    scenarios,
    warnings,
    migratedFrom,
    normalised,
  };
}

function checkScenario(
  document: Record<string, unknown>,
  options: ImportOptions,
): { scenario: Scenario | null; problems: Problem[]; warnings: Problem[]; normalised: string[] } {
  const parsed = scenarioSchema.safeParse(document);
  if (!parsed.success) {
    return {
      scenario: null,
      problems: importSchemaProblems(document, parsed.error),
      warnings: [],
      normalised: [],
    };
  }
  let s = parsed.data;
  const normalised: string[] = [];
  if (options.normaliseBranches) {
    for (const id of PATH_IDS) {
      if (branchesAddUp(s.paths[id].branches)) continue;
      s = normaliseBranches(s, id);
      normalised.push(`paths.${id}.branches`);
    }
  }
  const v = validateScenario(s);
  return v.ok
    ? { scenario: v.scenario, problems: [], warnings: v.warnings, normalised }
    : { scenario: null, problems: v.problems, warnings: v.warnings, normalised };
}

/** Two scenarios of one backup with the same id would overwrite each other: refuse. */
function duplicateIds(items: Array<{ document: unknown; at: string }>): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, string>();
  for (const item of items) {
    const id = isRecord(item.document) ? item.document.id : undefined;
    if (typeof id !== 'string') continue;
    const first = seen.get(id);
    if (first) {
      out.push({
        path: `${item.at}.id`,
        code: 'duplicate-id',
        message: `scenario id "${id}" is already used at ${first}.id`,
        severity: 'error',
      });
    } else seen.set(id, item.at);
  }
  return out;
}

function versionRefusal(document: Record<string, unknown>): ImportRefused | null {
  const v = checkSchemaVersion(document);
  if (v.kind === 'missing') return refuse({ kind: 'no-version' });
  if (v.kind === 'newer')
    return refuse({ kind: 'newer-version', version: v.version, supported: SCHEMA_VERSION });
  if (v.kind === 'unknown') return refuse({ kind: 'unknown-version', version: v.version });
  return null;
}

/** A problem of a scenario inside a file, at its path in the file. */
function at(base: string, p: Problem): Problem {
  if (!base) return p;
  return { ...p, path: p.path === '(document)' ? base : `${base}.${p.path}` };
}

/** Raw control characters (other than tab and line breaks) never occur in JSON text. */
function hasControlCharacters(text: string): boolean {
  const n = Math.min(text.length, 64 * 1024);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
  }
  return false;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

function refuse(reason: ImportRefusal): ImportRefused {
  return { ok: false, reason, problems: [], total: 0 };
}

function invalid(problems: Problem[]): ImportRefused {
  return {
    ok: false,
    reason: { kind: 'invalid', canNormalise: problems.some((p) => p.code === 'branch-sum') },
    problems: problems.slice(0, MAX_PROBLEMS_SHOWN),
    total: problems.length,
  };
}
