// What can go wrong reading a calendar, and the sentences that say so: the errors that
// refuse a whole feed (with a code the UI can translate) and the warnings about parts of
// a feed that were skipped or read with a guess.

export type CalendarErrorCode = 'empty' | 'html-page' | 'not-a-calendar';

export const CALENDAR_ERROR_MESSAGES: Readonly<Record<CalendarErrorCode, string>> = {
  empty: 'This calendar is empty: nothing came back.',
  'html-page': 'This address returned a web page, not a calendar.',
  'not-a-calendar': 'This is not a calendar: no iCalendar data was found.',
};

/** The input is not a calendar at all; `code` says why, `message` in English. */
export class CalendarError extends Error {
  constructor(readonly code: CalendarErrorCode) {
    super(CALENDAR_ERROR_MESSAGES[code]);
    this.name = 'CalendarError';
  }
}

/** The part of an event that could not be read, which makes us skip it. */
export type UnreadablePart = 'start' | 'end' | 'repeat' | 'instance' | 'no-start' | 'event';

const PARTS: Readonly<Record<UnreadablePart, string>> = {
  start: 'its start time could not be read',
  end: 'its end time or duration could not be read',
  repeat: 'its repeat rule could not be read',
  instance: 'its repeat exceptions could not be read',
  'no-start': 'it has no start time',
  event: 'it could not be read',
};

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export const CALENDAR_WARNINGS = {
  skippedEvent: (title: string, part: UnreadablePart) => `Skipped “${title || 'Untitled event'}”: ${PARTS[part]}.`,
  unknownZone: (tzid: string) => `The time zone “${tzid}” is unknown; its times are read in your own time zone.`,
  truncated: () => 'The calendar ends abruptly; the events before the break were read.',
  unreadable: (count: number) => `Skipped ${plural(count, 'part', 'parts')} of the calendar that could not be read.`,
  more: (count: number) => `…and ${plural(count, 'more problem', 'more problems')}.`,
} as const;
