// Restore and erase against in-memory stores: the order of writes and what a failure leaves.
import { describe, expect, it } from 'vitest';
import {
  type Backup,
  BackupRefused,
  type BackupStores,
  collectBackup,
  eraseEverything,
  restoreBackup,
} from '../../../src/backup';
import type { CalendarFile } from '../../../src/backup/format';
import { EXPORT_FORMAT, EXPORT_VERSION, type ImportMode, type PeopleExport } from '../../../src/people';

const NOW = new Date('2026-05-04T10:00:00Z');

function peopleFile(...names: string[]): PeopleExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    people: names.map((name) => ({ id: name, name, emails: [], notes: '', askAbout: [], addedAt: 1 })),
    checkIns: [],
  };
}

interface Memory {
  settings: Record<string, unknown>;
  people: PeopleExport;
  copies: Record<string, CalendarFile>;
  /** Every write, in order, to see what was touched. */
  log: string[];
  failPeople?: boolean;
}

/** Stores in memory; `language` refuses anything but auto/en/nl, as the real one does. */
function memoryStores(memory: Memory): BackupStores {
  const slot = (key: string, fallback: unknown, valid: (value: unknown) => boolean) => ({
    key,
    fallback,
    repair: (value: unknown) => (valid(value) ? value : fallback),
    get: async () => memory.settings[key] ?? fallback,
    set: async (value: unknown) => {
      if (!valid(value)) throw new TypeError(`Invalid value for ${key}`);
      memory.log.push(`set ${key}`);
      memory.settings[key] = value;
    },
  });
  const sourceIds = () => ((memory.settings.sources as { id: string }[] | undefined) ?? []).map(({ id }) => id);
  return {
    settings: [
      slot('language', 'auto', (value) => ['auto', 'en', 'nl'].includes(value as string)),
      slot('sources', [], Array.isArray),
      slot('rules', { lead: 5 }, (value) => typeof value === 'object' && value !== null),
    ],
    people: {
      export: async () => memory.people,
      import: async (data: PeopleExport, mode: ImportMode) => {
        if (memory.failPeople) throw new Error('disk full');
        memory.log.push(`people ${mode}`);
        memory.people = mode === 'replace' ? data : { ...data, people: [...memory.people.people, ...data.people] };
        return { peopleAdded: data.people.length, peopleUpdated: 0, checkInsAdded: 0 };
      },
      deleteAll: async () => {
        memory.log.push('people deleted');
        memory.people = peopleFile();
      },
    },
    calendars: {
      ids: async () => sourceIds(),
      files: async () => memory.copies,
      writeCopy: async (id, file) => {
        memory.log.push(`copy ${id}`);
        memory.copies[id] = file;
      },
      deleteCopy: async (id) => {
        memory.log.push(`delete copy ${id}`);
        delete memory.copies[id];
      },
      deleteAll: async () => {
        memory.log.push('delete every copy');
        memory.copies = {};
      },
    },
  };
}

function here(): Memory {
  return {
    settings: { language: 'en', sources: [{ id: 'old-feed' }, { id: 'old-file' }], rules: { lead: 10 } },
    people: peopleFile('Sam'),
    copies: { 'old-feed': { text: 'feed', fetchedAt: 1 }, 'old-file': { text: 'file', fetchedAt: 1 } },
    log: [],
  };
}

function backup(settings: Record<string, unknown>, calendarFiles: Record<string, CalendarFile> = {}): Backup {
  return {
    format: 'echt.backup',
    version: 2,
    exportedAt: NOW.toISOString(),
    settings,
    versions: {},
    calendarFiles,
    people: peopleFile('Noor'),
  };
}

describe('collectBackup', () => {
  it('gathers every setting by key with the version of its value, the people and the calendar files', async () => {
    const memory = here();
    const file = await collectBackup(memoryStores(memory), NOW);
    expect(file).toEqual({
      format: 'echt.backup',
      version: 2,
      exportedAt: '2026-05-04T10:00:00.000Z',
      settings: memory.settings,
      versions: { language: 1, rules: 1, sources: 1 },
      calendarFiles: memory.copies,
      people: memory.people,
    });
  });
});

describe('restoreBackup', () => {
  it('merge adds the people and leaves settings and calendars alone', async () => {
    const memory = here();
    await restoreBackup(backup({ language: 'nl' }), 'merge', memoryStores(memory));
    expect(memory.people.people.map((person) => person.name)).toEqual(['Sam', 'Noor']);
    expect(memory.log).toEqual(['people merge']);
    expect(memory.settings.language).toBe('en');
  });

  it('replace makes settings, people and calendars exactly the file, defaults where it says nothing', async () => {
    const memory = here();
    const file = backup(
      { language: 'nl', sources: [{ id: 'old-feed' }, { id: 'new-file' }] },
      { 'new-file': { text: 'new', fetchedAt: 2 } },
    );
    await restoreBackup(file, 'replace', memoryStores(memory));
    expect(memory.settings).toEqual({
      language: 'nl',
      sources: [{ id: 'old-feed' }, { id: 'new-file' }],
      rules: { lead: 5 },
    });
    expect(memory.people.people.map((person) => person.name)).toEqual(['Noor']);
    // The feed keeps its copy until it is fetched again; the calendar that is gone loses its copy.
    expect(memory.copies).toEqual({
      'old-feed': { text: 'feed', fetchedAt: 1 },
      'new-file': { text: 'new', fetchedAt: 2 },
    });
  });

  it('puts every setting back, and touches no people, when one setting refuses its value', async () => {
    const memory = here();
    const before = structuredClone({ settings: memory.settings, people: memory.people, copies: memory.copies });
    const file = backup({ language: 'nl', sources: [], rules: 'loud' });
    const refused = restoreBackup(file, 'replace', memoryStores(memory));
    await expect(refused).rejects.toBeInstanceOf(BackupRefused);
    await expect(refused).rejects.toMatchObject({ problem: { code: 'invalid-setting', key: 'rules' } });
    expect({ settings: memory.settings, people: memory.people, copies: memory.copies }).toEqual(before);
    expect(memory.log).not.toContain('people replace');
  });

  it('puts the settings back when the people cannot be written', async () => {
    const memory = { ...here(), failPeople: true };
    const before = structuredClone(memory.settings);
    await expect(restoreBackup(backup({ language: 'nl' }), 'replace', memoryStores(memory))).rejects.toThrow(
      'disk full',
    );
    expect(memory.settings).toEqual(before);
  });

  it('does not rewrite a setting that already has the value', async () => {
    const memory = here();
    await restoreBackup(backup({ ...memory.settings }), 'replace', memoryStores(memory));
    expect(memory.log.filter((entry) => entry.startsWith('set'))).toEqual([]);
  });
});

describe('eraseEverything', () => {
  it('deletes people and calendar copies and puts every setting back to its default', async () => {
    const memory = here();
    await eraseEverything(memoryStores(memory));
    expect(memory.settings).toEqual({ language: 'auto', sources: [], rules: { lead: 5 } });
    expect(memory.copies).toEqual({});
    expect(memory.people.people).toEqual([]);
  });
});
