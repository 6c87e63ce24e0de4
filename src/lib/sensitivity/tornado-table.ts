import { column, type DataTable } from '../chart/data-table';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { inputSourceText } from './input-source';
import { inputValueText } from './input-value';
import type { TornadoRow } from './tornado-rows';

/**
 * The tornado as a table (its "show as table" view and CSV): every input in the order of the
 * bars, with its source, the two values it was set to (with their unit, as text) and the expected
 * saving per family at each, and the swing. The base (every input at its mean) is the first row.
 */
export function tornadoTables(
  rows: readonly TornadoRow[],
  base: number,
  t: Messages,
  locale: Locale,
): DataTable[] {
  return [
    {
      id: 'tornado',
      columns: [
        column('input', 'text'),
        column('source', 'text'),
        column('lowValue', 'text'),
        column('highValue', 'text'),
        column('lowDifference', 'euro'),
        column('highDifference', 'euro'),
        column('swing', 'euro'),
      ],
      rows: [
        [t.sensBaseRow, null, null, null, base, base, 0],
        ...rows.map((r) => [
          r.input.label[locale],
          inputSourceText(r.input, t),
          inputValueText(r.input, r.lowValue, t, locale),
          inputValueText(r.input, r.highValue, t, locale),
          r.low,
          r.high,
          r.swing,
        ]),
      ],
    },
  ];
}
