import type { AnalysisFailure } from '../analysis/analysis-client';
import type { Messages } from '../i18n/messages';

/**
 * What went wrong and what to do next, in the UI's language, by the failure's kind (the
 * technical detail, in English, goes in a "technical details" fold beside it):
 * a worker that stopped (often memory: fewer families may help), a job that could not be sent,
 * input the analysis refused (change the range or the settings), anything else.
 */
export function failureWords(
  failure: Pick<AnalysisFailure, 'kind'>,
  t: Messages,
): { what: string; next: string } {
  switch (failure.kind) {
    case 'workerStopped':
      return { what: t.sensFailedWorkerStopped, next: t.sensTryAgainFewer };
    case 'notSent':
      return { what: t.sensFailedCouldNotSend, next: t.sensTryAgain };
    case 'refused':
      return { what: t.sensFailedInputRefused, next: t.sensTryAgainChange };
    case 'other':
      return { what: t.sensFailedOther, next: t.sensTryAgain };
  }
}
