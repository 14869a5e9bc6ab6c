// The data section with its stores passed in: what the user sees for each file and choice.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type Backup, BackupRefused, type BackupRules, parseBackup, serializeBackup } from '../../../src/backup';
import { buildBackup } from '../../../src/backup/format';
import { type Locale, translator } from '../../../src/i18n';
import { EXPORT_FORMAT, EXPORT_VERSION, type ImportMode, type ImportReport } from '../../../src/people';
import { DataSettings, type DataSettingsProps } from '../../../src/ui/options/data/DataSettings';

const rules: BackupRules = {
  settings: [
    { key: 'local:settings.language', repair: (value) => (value === 'en' || value === 'nl' ? value : 'auto') },
    { key: 'private:feeds.sources', repair: (value) => value },
  ],
  isCalendar: () => true,
  feeds: {
    sources: 'private:feeds.sources',
    statuses: 'private:feeds.status',
    isFeedUrl: (url) => url.startsWith('https://'),
  },
};

const FEED = 'https://calendar.google.com/calendar/ical/me%40example.org/private-0a1b2c3d/basic.ics';

const backup: Backup = buildBackup({
  people: {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    people: [{ id: 'p1', name: 'Sam', emails: [], notes: '', askAbout: [], addedAt: 1 }],
    checkIns: [{ id: 'c1', personId: 'p1', at: 2, how: 'coffee' }],
  },
  settings: { 'local:settings.language': 'nl' },
  versions: { 'local:settings.language': 1 },
  calendarFiles: {},
  now: new Date(2026, 4, 4, 12),
});

const REPORT: ImportReport = { peopleAdded: 1, peopleUpdated: 0, checkInsAdded: 1 };

function show(overrides: Partial<DataSettingsProps> = {}, locale: Locale = 'en') {
  const props: DataSettingsProps = {
    t: translator(locale),
    locale,
    onExport: vi.fn(async () => backup),
    checkFile: (text) => parseBackup(text, rules),
    onRestore: vi.fn(async (_backup: Backup, _mode: ImportMode) => REPORT),
    onDeleteAll: vi.fn(async () => {}),
    save: vi.fn(),
    ...overrides,
  };
  render(<DataSettings {...props} />);
  return props;
}

function choose(text: string, name = 'echt-backup-2026-05-04.json', label = 'Backup file') {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name)] });
  fireEvent.change(input);
}

describe('export', () => {
  it('saves one dated JSON file that reads back as the backup', async () => {
    const props = show();
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
    await waitFor(() => expect(props.save).toHaveBeenCalledOnce());
    const [fileName, text] = vi.mocked(props.save).mock.calls[0] ?? [];
    expect(fileName).toMatch(/^echt-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(text ?? '')).toEqual(backup);
    expect(screen.getByText(new RegExp(`^Saved ${fileName}\\.`))).toBeTruthy();
  });

  it("says the file holds the calendars' secret addresses, and leaves them out when asked", async () => {
    const props = show();
    const include = screen.getByLabelText("Include the calendars' addresses") as HTMLInputElement;
    expect(include.checked).toBe(true);
    expect(screen.getByText(/^The file also holds your calendars' addresses\. Each one is secret/)).toBeTruthy();
    fireEvent.click(include);
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
    await waitFor(() => expect(props.onExport).toHaveBeenCalledWith(false));
  });

  it('says so when the export fails', async () => {
    show({ onExport: () => Promise.reject(new Error('quota')) });
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The export did not work. Please try again.');
  });
});

describe('import', () => {
  it.each([
    ['a file that is not JSON', '{"format": "echt.backup",', /^This file is not JSON/],
    ['a JSON file from elsewhere', '{"name": "my-app", "version": "1.0.0"}', /^This is not an Echt backup\./],
    [
      'a backup from a newer Echt',
      JSON.stringify({ ...backup, version: 99 }),
      /^This backup was made by a newer version of Echt\./,
    ],
    [
      'a backup with broken people',
      JSON.stringify({
        ...backup,
        people: { ...backup.people, checkIns: [{ id: 'c', personId: 'nobody', at: 1, how: 'coffee' }] },
      }),
      /^The people in this backup are not valid \(first problem at checkIns\[0\]\.personId\)\./,
    ],
    [
      'a backup with a setting no Echt would store',
      JSON.stringify({ ...backup, settings: { 'local:settings.language': 'fr' } }),
      /^A setting in this backup is not valid \(settings\.language\)\./,
    ],
  ])('refuses %s, says why, and changes nothing', async (_what, text, message) => {
    const props = show();
    choose(text);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).toMatch(/Nothing was changed\.$/);
    expect(props.onRestore).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Replace everything here' })).toBeNull();
  });

  it('says what a valid file holds and merges it when asked', async () => {
    const props = show();
    choose(serializeBackup(backup));
    const summary = await screen.findByRole('group', { name: /^echt-backup-2026-05-04\.json, made on 4 May 2026\./ });
    expect(summary.textContent).toMatch('People: 1. Check-ins: 1.');
    fireEvent.click(within(summary).getByRole('button', { name: "Add to what's here" }));
    await waitFor(() => expect(props.onRestore).toHaveBeenCalledWith(backup, 'merge'));
    expect(
      await screen.findByText(
        'Imported. People added: 1, updated: 0. Check-ins added: 1. Your settings stayed as they were.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('group')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Backup file')));
  });

  it('replaces everything when asked, in Dutch', async () => {
    const props = show({}, 'nl');
    choose(serializeBackup(backup), 'backup.json', 'Back-upbestand');
    fireEvent.click(await screen.findByRole('button', { name: 'Alles hier vervangen' }));
    await waitFor(() => expect(props.onRestore).toHaveBeenCalledWith(backup, 'replace'));
    expect(
      await screen.findByText('Geïmporteerd. Alles hier komt nu uit het bestand. Mensen: 1. Contactmomenten: 1.'),
    ).toBeTruthy();
  });

  it('lists the calendars a file brings back, their addresses masked', async () => {
    show();
    const calendars = [
      { id: 'a', name: 'Work', color: '#3b7ddd', enabled: true, url: FEED },
      { id: 'b', name: 'Holidays', color: '#2f9e44', enabled: true },
    ];
    choose(serializeBackup({ ...backup, settings: { ...backup.settings, 'private:feeds.sources': calendars } }));
    const list = await screen.findByRole('list', { name: 'Calendars in this file, back when you replace everything:' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Work (calendar.google.com/calenda…)', 'Holidays (Imported file)']);
    expect(document.body.textContent).not.toContain('private-0a1b2c3d');
  });

  it('refuses a file with a feed address Echt would not add, naming the calendar', async () => {
    const props = show();
    const router = [{ id: 'a', name: 'Router', color: '#3b7ddd', enabled: true, url: 'http://192.168.1.1/c.ics' }];
    choose(serializeBackup({ ...backup, settings: { ...backup.settings, 'private:feeds.sources': router } }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The address of the calendar “Router” in this backup is not one Echt would add: it must start with https:// or webcal://. Nothing was changed.',
    );
    expect(props.onRestore).not.toHaveBeenCalled();
  });

  it('cancels without importing', async () => {
    const props = show();
    choose(serializeBackup(backup));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: "Add to what's here" })).toBeNull();
    expect(props.onRestore).not.toHaveBeenCalled();
  });

  it('explains a restore the stores refused', async () => {
    show({
      onRestore: () => Promise.reject(new BackupRefused({ code: 'invalid-setting', key: 'local:feeds.sources' })),
    });
    choose(serializeBackup(backup));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace everything here' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'A setting in this backup is not valid (feeds.sources). Nothing was changed.',
    );
  });

  it('says when the import could not finish', async () => {
    show({ onRestore: () => Promise.reject(new Error('UnknownError: the database connection is closing')) });
    choose(serializeBackup(backup));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace everything here' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The import could not finish. Please try again.');
  });

  it('says plainly when storage is full, and that nothing was changed', async () => {
    show({ onRestore: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) });
    choose(serializeBackup(backup));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace everything here' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      "The browser's storage for Echt is full, so this was not saved. Nothing was changed. Free some disk space, then try again.",
    );
  });
});

describe('delete everything', () => {
  it('asks first, keeps everything on "Keep my data", and deletes on confirmation', async () => {
    const props = show();
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    const question = screen.getByRole('group', { name: /^Delete everything Echt keeps on this device\?/ });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Keep my data'));

    fireEvent.click(within(question).getByRole('button', { name: 'Keep my data' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Delete everything…'));
    expect(props.onDeleteAll).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(await screen.findByText('Everything is deleted. Echt starts fresh, as on the first day.')).toBeTruthy();
    expect(props.onDeleteAll).toHaveBeenCalledOnce();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Delete everything…'));
  });

  it('says when not everything could be deleted', async () => {
    show({ onDeleteAll: () => Promise.reject(new Error('blocked')) });
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not everything could be deleted. Please try again.');
  });
});
