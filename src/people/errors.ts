// The one error type people memory throws, with a code the UI can turn into a message.

export type PeopleErrorCode =
  | 'empty'
  | 'invalid-email'
  | 'email-taken'
  | 'too-long'
  | 'too-many'
  | 'invalid-date'
  | 'invalid-weeks'
  | 'invalid-time'
  | 'invalid-how'
  | 'not-found'
  | 'newer-schema'
  | 'invalid-import';

export class PeopleError extends Error {
  override readonly name = 'PeopleError';
  readonly code: PeopleErrorCode;

  constructor(code: PeopleErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
