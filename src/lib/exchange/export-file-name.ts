export type ExportKind = 'scenario' | 'backup' | 'run-json' | 'run-csv' | 'methods' | 'chart';

/** Which chart, and in which form (only for the kind `chart`). */
export interface ChartFile {
  /** The chart's id, e.g. `cost-distribution`. */
  chart: string;
  extension: 'svg' | 'png' | 'csv';
}

/** Letters, digits, dots, underscores and dashes only, at most 60, never empty or hidden. */
export function fileNameSlug(s: string, fallback = 'scenario'): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[^\w.-]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 60)
      .replace(/[-.]+$/, '') || fallback
  );
}

/**
 * The name of a downloaded file: what it is, which scenario (its id slugged: nothing unsafe in a
 * file name), and the date, e.g. `pathcost-case-1-2026-11-23.json`,
 * `pathcost-case-1-run-seed-7-2026-11-23.csv`, `pathcost-case-1-difference-seed-7-2026-11-23.svg`.
 */
export function exportFileName(
  kind: ExportKind,
  at: Date,
  scenarioId = '',
  seed?: number,
  chart?: ChartFile,
): string {
  const date = at.toISOString().slice(0, 10);
  const run = seed === undefined ? '' : `-seed-${seed}`;
  const id = fileNameSlug(scenarioId);
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
    case 'chart':
      return `pathcost-${id}-${fileNameSlug(chart?.chart ?? '', 'chart')}${run}-${date}.${chart?.extension ?? 'svg'}`;
  }
}
