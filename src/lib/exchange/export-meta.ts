import { APP_VERSION } from '../app-version';
import type { ExportedBy } from './file-format';

/** Who wrote a file and when; injectable so tests (and reproducible builds) can fix them. */
export interface ExportMeta {
  appVersion?: string;
  /** When the file was written; default: now. */
  exportedAt?: Date;
}

export function exportedBy(meta: ExportMeta): ExportedBy {
  return { app: 'PathCost', appVersion: meta.appVersion ?? APP_VERSION };
}

export function exportedAt(meta: ExportMeta): string {
  return (meta.exportedAt ?? new Date()).toISOString();
}

/** JSON as PathCost writes it: two-space indents and a final newline (diff-friendly). */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
