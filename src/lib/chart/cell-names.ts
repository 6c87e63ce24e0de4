import type { Messages } from '../i18n/messages';
import type { CellNames } from './format-cell';

/** The names a chart's table cells need, from the active catalogue. */
export function cellNamesOf(t: Messages): CellNames {
  return {
    path: (id) => (id === 'pilot' ? t.chartPilot : t.chartReference),
    kind: (kind) => t.chartEventKind(kind),
    yes: t.chartYes,
    no: t.chartNo,
    none: t.chartNone,
  };
}
