import { describe, expect, it } from 'vitest';
import { type BackupRules, backupFileName, parseBackup, serializeBackup, validateBackup } from '../../../src/backup';
import { BACKUP_FORMAT, BACKUP_VERSION, buildBackup } from '../../../src/backup/format';
import { EXPORT_FORMAT, EXPORT_VERSION, type PeopleExport } from '../../../src/people';

const CALENDAR = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';

const people: PeopleExport = {
  format: EXPORT_FORMAT,
  version: EXPORT_VERSION,
  people: [
    {
      id: 'p1',
      name: 'Sofié Claes',
      emails: ['sofie@example.be'],
      notes: 'Runs on Sundays.',
      askAbout: [{ id: 'a1', text: 'Knee surgery', date: '2026-03-12', done: false, createdAt: 1_700_000_000_000 }],
      addedAt: 1_700_000_000_000,
      reconnectWeeks: 2,
    },
  ],
  checkIns: [{ id: 'c1', personId: 'p1', at: 1_700_000_100_000, how: 'coffee', note: 'The move' }],
};

const rules: BackupRules = {
  settings: [
    {
      key: 'local:settings.language',
      repair: (value) => (['auto', 'en', 'nl'].includes(value as string) ? value : 'auto'),
    },
    { key: 'local:settings.selfEmails', repair: (value) => (Array.isArray(value) ? value : []) },
    {
      key: 'local:settings.rules',
      repair: (value) => {
        const { lead, days } = value as { lead?: unknown; days?: unknown };
        return { lead: typeof lead === 'number' ? lead : 5, days: Array.isArray(days) ? days : [1, 2, 3, 4, 5] };
      },
    },
  ],
  isCalendar: (text) => text.startsWith('BEGIN:VCALENDAR'),
};

function file(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const backup = buildBackup({
    people,
    settings: { 'local:settings.language': 'nl', 'local:settings.selfEmails': ['me@example.org'] },
    calendarFiles: { cal1: { text: CALENDAR, fetchedAt: 1_700_000_000_000 } },
    now: new Date('2026-05-04T10:00:00Z'),
  });
  return { ...JSON.parse(serializeBackup(backup)), ...overrides };
}

function problemOf(raw: unknown) {
  const check = validateBackup(raw, rules);
  return check.ok ? undefined : check.problem;
}

describe('the backup file', () => {
  it('carries a format marker, a version and everything it was given', () => {
    const raw = file();
    expect(raw).toMatchObject({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: '2026-05-04T10:00:00.000Z',
      settings: { 'local:settings.language': 'nl' },
      calendarFiles: { cal1: { text: CALENDAR } },
      people: { format: EXPORT_FORMAT, people: [{ name: 'Sofié Claes' }] },
    });
  });

  it('reads back what it wrote, unchanged', () => {
    const text = serializeBackup(
      buildBackup({ people, settings: {}, calendarFiles: {}, now: new Date('2026-05-04T10:00:00Z') }),
    );
    const check = parseBackup(text, rules);
    expect(check.ok && check.backup).toEqual(JSON.parse(text));
  });

  it('is named after the day it was made', () => {
    expect(backupFileName(new Date(2026, 4, 4, 23, 30))).toBe('echt-backup-2026-05-04.json');
  });
});

describe('checking a file before anything is written', () => {
  it('refuses text that is not JSON', () => {
    const check = parseBackup('{"format": "echt.backup", ', rules);
    expect(check).toEqual({ ok: false, problem: { code: 'not-json' } });
  });

  it('refuses JSON that is not an Echt backup', () => {
    expect(problemOf({ name: 'my-package', version: '1.0.0' })).toEqual({ code: 'foreign' });
    expect(problemOf([1, 2, 3])).toEqual({ code: 'foreign' });
    expect(problemOf(null)).toEqual({ code: 'foreign' });
    // A people-only export is a different file.
    expect(problemOf(people)).toEqual({ code: 'foreign' });
  });

  it('refuses a file from a newer Echt, naming its version', () => {
    expect(problemOf(file({ version: BACKUP_VERSION + 1 }))).toEqual({
      code: 'newer-version',
      version: BACKUP_VERSION + 1,
    });
  });

  it('refuses a damaged skeleton', () => {
    expect(problemOf(file({ version: '1' }))).toEqual({ code: 'damaged', where: 'version' });
    expect(problemOf(file({ settings: [] }))).toEqual({ code: 'damaged', where: 'settings' });
    expect(problemOf(file({ calendarFiles: undefined }))).toEqual({ code: 'damaged', where: 'calendarFiles' });
    expect(problemOf(file({ people: 'none' }))).toEqual({ code: 'damaged', where: 'people' });
  });

  it('refuses invalid people data, with where it is wrong', () => {
    const broken = { ...people, people: [{ ...people.people[0], emails: ['not an address'] }] };
    const problem = problemOf(file({ people: broken }));
    expect(problem?.code).toBe('invalid-people');
    expect(problem?.code === 'invalid-people' && problem.errors[0]?.path).toBe('people[0].emails[0]');
  });

  it('refuses a setting its own check refuses', () => {
    expect(problemOf(file({ settings: { 'local:settings.language': 'fr' } }))).toEqual({
      code: 'invalid-setting',
      key: 'local:settings.language',
    });
  });

  it("refuses a value the setting's repair would change, even one field of it", () => {
    expect(problemOf(file({ settings: { 'local:settings.rules': { lead: 'soon', days: [1] } } }))).toEqual({
      code: 'invalid-setting',
      key: 'local:settings.rules',
    });
    expect(problemOf(file({ settings: { 'local:settings.selfEmails': null } }))).toEqual({
      code: 'invalid-setting',
      key: 'local:settings.selfEmails',
    });
  });

  it("accepts a valid value written with its keys in another order, keeping the setting's own order", () => {
    const check = validateBackup(file({ settings: { 'local:settings.rules': { days: [1], lead: 10 } } }), rules);
    expect(check.ok && JSON.stringify(check.backup.settings)).toBe('{"local:settings.rules":{"lead":10,"days":[1]}}');
  });

  it('leaves out settings this version does not know, and keeps the rest', () => {
    const check = validateBackup(file({ settings: { 'local:settings.language': 'en', 'local:future': 1 } }), rules);
    expect(check.ok && check.backup.settings).toEqual({ 'local:settings.language': 'en' });
  });

  it('refuses a calendar copy that is not a calendar', () => {
    expect(problemOf(file({ calendarFiles: { cal1: { text: '<html>', fetchedAt: 1 } } }))).toEqual({
      code: 'invalid-calendar',
      id: 'cal1',
    });
    expect(problemOf(file({ calendarFiles: { cal1: { text: CALENDAR } } }))).toEqual({
      code: 'invalid-calendar',
      id: 'cal1',
    });
  });

  it('keeps an odd calendar id as plain data', () => {
    const check = parseBackup(
      JSON.stringify(
        file({ calendarFiles: JSON.parse(`{"__proto__": {"text": "${'BEGIN:VCALENDAR'}", "fetchedAt": 1}}`) }),
      ),
      rules,
    );
    expect(check.ok && Object.keys(check.backup.calendarFiles)).toEqual(['__proto__']);
  });
});
