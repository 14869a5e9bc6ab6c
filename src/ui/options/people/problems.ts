// People memory's error codes as words the user can act on. Anything that is not a
// PeopleError (storage failing) says that nothing was saved, and why when storage is full.
import type { MessageKey } from '../../../i18n';
import { PeopleError, type PeopleErrorCode } from '../../../people';
import { isStorageFull } from '../../../platform/storage-check';

const MESSAGES: Record<PeopleErrorCode, MessageKey> = {
  empty: 'peopleErrorEmpty',
  'invalid-email': 'peopleErrorInvalidEmail',
  'email-taken': 'peopleErrorEmailTaken',
  'too-long': 'peopleErrorTooLong',
  'too-many': 'peopleErrorTooMany',
  'invalid-date': 'peopleErrorInvalidDate',
  'invalid-weeks': 'peopleErrorInvalidWeeks',
  'invalid-time': 'peopleErrorInvalidTime',
  'invalid-how': 'peopleErrorInvalidHow',
  'not-found': 'peopleErrorNotFound',
  'newer-schema': 'peopleErrorNewerSchema',
  'invalid-import': 'peopleErrorInvalidImport',
};

/** The message for `error`; `empty` names what is missing where the form knows it better. */
export function peopleProblem(error: unknown, empty: MessageKey = 'peopleErrorEmpty'): MessageKey {
  if (!(error instanceof PeopleError)) return isStorageFull(error) ? 'storageFull' : 'peopleErrorUnknown';
  return error.code === 'empty' ? empty : MESSAGES[error.code];
}
