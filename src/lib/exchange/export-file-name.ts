export type ExportKind = 'scenario' | 'backup' | 'run-json' | 'run-csv' | 'methods';

/**
 * The name of a downloaded file: what it is, which scenario (ids are safe in file names), and
 * the date, e.g. `pathcost-case-1-2026-11-23.json`, `pathcost-case-1-run-seed-7.csv`.
 */
export function exportFileName(kind: ExportKind, at: Date, id = '', seed?: number): string {
  const date = at.toISOString().slice(0, 10);
  const run = seed === undefined ? '' : `-seed-${seed}`;
  switch (kind) {
    case 'scenario':
      return `pathcost-${id}-${date}.json`;
    case 'backup':
      return `pathcost-backup-${date}.json`;
    case 'run-json':
      return `pathcost-${id}-run${run}-${date}.json`;
    case 'run-csv':
      return `pathcost-${id}-run${run}-${date}.csv`;
    case 'methods':
      return `pathcost-${id}-methods-${date}.txt`;
  }
}
