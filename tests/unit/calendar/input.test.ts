import { describe, expect, it } from 'vitest';
import { CalendarError, parseCalendar } from '../../../src/calendar';
import { CALENDAR_ERROR_MESSAGES } from '../../../src/calendar/errors';
import { withoutUnreadLines } from '../../../src/calendar/source';
import { between, fixture, fixtureText, seen } from './helpers';

const MARCH = ['2025-03-01T00:00:00Z', '2025-04-01T00:00:00Z'] as const;

function errorOf(input: string | Uint8Array): CalendarError {
  try {
    parseCalendar(input);
  } catch (error) {
    if (error instanceof CalendarError) return error;
    throw error;
  }
  throw new Error('expected a CalendarError');
}

describe('not a calendar at all', () => {
  it('says a web page is a web page', () => {
    const error = errorOf(fixtureText('sign-in-page.html'));
    expect(error.code).toBe('html-page');
    expect(error.message).toBe('This address returned a web page, not a calendar.');
  });

  it('says so for nothing, and for other text', () => {
    expect(errorOf('').code).toBe('empty');
    expect(errorOf(new Uint8Array()).code).toBe('empty');
    expect(errorOf(' \r\n').code).toBe('empty');
    expect(errorOf('{"error":"not found"}').code).toBe('not-a-calendar');
    expect(errorOf('BEGIN:VCARD\r\nFN:Sam\r\nEND:VCARD\r\n').code).toBe('not-a-calendar');
  });

  it('has one English sentence per code, for the UI to translate', () => {
    expect(Object.keys(CALENDAR_ERROR_MESSAGES).sort()).toEqual(['empty', 'html-page', 'not-a-calendar']);
    expect(errorOf('').message).toBe(CALENDAR_ERROR_MESSAGES.empty);
  });
});

describe('text encoding', () => {
  it('reads a file that starts with a byte-order mark, as bytes or as text', () => {
    const fromBytes = between(fixture('bom.ics'), ...MARCH);
    const fromText = between(parseCalendar(fixtureText('bom.ics')), ...MARCH);
    expect(fromBytes.map(seen)).toEqual([
      { title: 'Koffie met Zoë', start: '2025-03-05T09:00:00.000Z', end: '2025-03-05T09:30:00.000Z' },
    ]);
    expect(fromText).toEqual(fromBytes);
    expect(fromBytes[0]?.others).toEqual([{ name: 'Zoë Visser', email: 'zoe@example.org' }]);
  });

  it('keeps characters whole when a line fold splits their bytes', () => {
    const [coffee] = between(fixture('folded-utf8.ics'), ...MARCH);
    expect(coffee?.title).toBe('Koffie met Zoë en José ☕ bij de bar');
    expect(coffee?.others).toEqual([{ name: 'José', email: 'jose@example.org' }]);
  });
});

describe('a feed with broken parts', () => {
  it('keeps the events it can read and names the ones it skipped', () => {
    const calendar = fixture('bad-values.ics');
    expect(between(calendar, ...MARCH).map((occurrence) => occurrence.title)).toEqual(['Still here']);
    expect(calendar.warnings).toEqual([
      'Skipped “Broken repeat rule”: it could not be read.',
      'Skipped “Broken start”: its start time could not be read.',
      'Skipped “Broken repeat end”: its repeat rule could not be read.',
      'Skipped “Broken exception”: its repeat exceptions could not be read.',
      'Skipped “Broken end”: its end time or duration could not be read.',
      'Skipped “No start at all”: it has no start time.',
    ]);
  });

  it('keeps what came before the break in a file that was cut off', () => {
    const calendar = fixture('truncated.ics');
    expect(between(calendar, ...MARCH).map((occurrence) => occurrence.title)).toEqual(['First', 'Second']);
    expect(calendar.warnings).toEqual(['The calendar ends abruptly; the events before the break were read.']);
  });

  it('keeps the intact events around garbage', () => {
    const calendar = fixture('garbage.ics');
    expect(between(calendar, ...MARCH).map((occurrence) => occurrence.title)).toEqual([
      'Before the mess',
      'After the mess',
    ]);
    expect(calendar.warnings).toEqual([
      'Skipped “Messy”: it could not be read.',
      'Skipped 1 part of the calendar that could not be read.',
    ]);
  });

  it('sums up a feed broken in many places in a few lines', () => {
    const events = Array.from(
      { length: 40 },
      (_, index) =>
        `BEGIN:VEVENT\r\nUID:e${index}\r\nSUMMARY:Event ${index}\r\nDTSTART:not-a-date-${index}\r\nEND:VEVENT`,
    );
    const calendar = parseCalendar(`BEGIN:VCALENDAR\r\n${events.join('\r\n')}\r\nEND:VCALENDAR\r\n`);
    expect(calendar.warnings).toHaveLength(20);
    expect(calendar.warnings.at(-1)).toBe('…and 21 more problems.');
  });
});

describe('a calendar with no events', () => {
  it('is a calendar, with nothing in it', () => {
    const calendar = parseCalendar('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n');
    expect(calendar.warnings).toEqual([]);
    expect(between(calendar, ...MARCH)).toEqual([]);
  });
});

describe('the query', () => {
  it('refuses an unknown zone or an invalid date', () => {
    const calendar = fixture('bom.ics');
    expect(() => between(calendar, ...MARCH, { timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
    expect(() => between(calendar, 'not a date', MARCH[1])).toThrow(RangeError);
  });
});

describe('properties Echt never reads', () => {
  const EVENT = [
    'BEGIN:VCALENDAR',
    'X-WR-CALNAME:Team',
    'BEGIN:VEVENT',
    'UID:a',
    'DTSTART:20250304T090000Z',
    'DTEND:20250304T100000Z',
    'SUMMARY:Design review',
    'SEQUENCE:2',
    'DESCRIPTION:Join with Google Meet: https://meet.example.org/abc\\n\\nLearn more about',
    '  Meet at: https://support.example.org/answer/1',
    'x-alt-desc;FMTTYPE=text/html:<html><body>Join</body>',
    '\t</html>',
    'X-GOOGLE-CONFERENCE:https://meet.example.org/abc',
    'LOCATION:Amstel (6)',
    'ORGANIZER;CN=Lotte:mailto:lotte@example.org',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

  it('are left out with their folded lines, and everything read stays as it was', () => {
    expect(withoutUnreadLines(EVENT)).toBe(
      [
        'BEGIN:VCALENDAR',
        'X-WR-CALNAME:Team',
        'BEGIN:VEVENT',
        'UID:a',
        'DTSTART:20250304T090000Z',
        'DTEND:20250304T100000Z',
        'SUMMARY:Design review',
        'SEQUENCE:2',
        'ORGANIZER;CN=Lotte:mailto:lotte@example.org',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('do not change what a feed says', () => {
    const calendar = parseCalendar(EVENT);
    expect(calendar.name).toBe('Team');
    expect(between(calendar, ...MARCH).map(seen)).toEqual([
      { title: 'Design review', start: '2025-03-04T09:00:00.000Z', end: '2025-03-04T10:00:00.000Z' },
    ]);
  });

  it('keep zone names a VTIMEZONE gives in X-LIC-LOCATION', () => {
    const zone = 'BEGIN:VTIMEZONE\r\nTZID:Custom\r\nX-LIC-LOCATION:Europe/Amsterdam\r\nEND:VTIMEZONE\r\n';
    expect(withoutUnreadLines(zone)).toBe(zone);
  });
});
