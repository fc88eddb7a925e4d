import { useI18n } from '@/domain/i18n/language-context';
import { isAdminError } from './admin-api';
import { dataMessages, type DataMessages } from './data-messages';

/** The data page's words in the reader's language (the same choice as every page: ?lang=, then the last one). */
export function useDataText(): DataMessages {
  return dataMessages[useI18n().language];
}

/** Whether a failure means the session is gone (any 401 but the sign-in form's own). */
export const isSessionEnded = (error: unknown) => isAdminError(error) && error.status === 401;

/**
 * What went wrong, in the reader's language: the service's code mapped to the page's own text; a code it does not
 * know falls back to the service's (English) message.
 */
export function errorText(error: unknown, text: DataMessages): string {
  if (!isAdminError(error) || error.kind === 'network') return text.networkFailed;
  if (error.kind === 'schema') return text.badAnswer;
  const known = error.code === undefined ? undefined : text.errorCodes[error.code];
  if (known !== undefined) return known;
  if (error.status === 401) return text.sessionEnded;
  if (error.status === 413) return text.errorCodes['too-large'] ?? error.message;
  if (error.status === 403) return text.errorCodes.forbidden ?? error.message;
  return error.message;
}

/** The sign-in form's failures: a 401 is always the one text, whether or not the name exists. */
export function signInErrorText(error: unknown, text: DataMessages): string {
  if (isAdminError(error) && error.status === 401) return text.errorCodes['bad-credentials'] ?? error.message;
  if (isAdminError(error) && error.status === 429) return text.errorCodes.locked ?? error.message;
  return errorText(error, text);
}
