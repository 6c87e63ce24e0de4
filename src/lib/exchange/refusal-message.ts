import { formatDecimal, formatInteger } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { exchangeEn } from '../i18n/parts/exchange';
import type { Widen } from '../i18n/parts/catalogue-part';
import type { ImportRefusal } from './read-import';

type ExchangeMessages = Widen<typeof exchangeEn>;

const MB = 1024 * 1024;

/** A file size in megabytes, rounded up to 0.1 MB (so "just over the limit" never reads as the limit). */
export function megabytes(bytes: number, locale: Locale): string {
  return `${formatDecimal(Math.ceil((bytes / MB) * 10) / 10, locale, 1)} MB`;
}

/** What to tell the user when a file is refused as a whole, in their language. */
export function refusalMessage(
  reason: ImportRefusal,
  total: number,
  t: ExchangeMessages,
  locale: Locale,
): string {
  switch (reason.kind) {
    case 'empty':
      return t.importEmpty;
    case 'unreadable':
      return t.importUnreadable(reason.detail);
    case 'too-big':
      return t.importTooBig(
        megabytes(reason.bytes, locale),
        `${formatInteger(reason.limit / MB, locale)} MB`,
      );
    case 'binary':
      return t.importBinary;
    case 'not-json':
      return t.importNotJson(reason.detail);
    case 'too-deep':
      return t.importTooDeep(formatInteger(reason.limit, locale));
    case 'not-a-scenario':
      return t.importNotScenario;
    case 'unknown-format':
      return t.importUnknownFormat(reason.format);
    case 'no-version':
      return t.importNoVersion;
    case 'newer-version':
      return t.importNewerVersion(String(reason.version), String(reason.supported));
    case 'unknown-version':
      return t.importUnknownVersion(String(reason.version));
    case 'empty-backup':
      return t.importEmptyBackup;
    case 'invalid':
      return t.importProblems(formatInteger(total, locale));
  }
}
