import { beforeEach, describe, expect, it } from 'vitest';
import { addAskAbout, exportData, listCheckIns, listPeople, loadOverview, validateImport } from '../../../src/people';
import { getPerson } from '../../../src/people/people';
import { SCHEMA_VERSION } from '../../../src/people/schema';
import { at, emptyPeopleStore, plant } from './helpers';

beforeEach(emptyPeopleStore);

const whole = { emails: [], notes: '', askAbout: [], addedAt: at(2026, 1, 1) };

async function plantDamaged(): Promise<void> {
  await plant([
    ['schemaVersion', SCHEMA_VERSION],
    [['person', 'text'], 'not a person'],
    [['person', 'no-name'], { id: 'no-name', name: '', emails: ['noor.bakker@example.nl'], addedAt: 5 }],
    [['person', 'nameless'], { ...whole, id: 'nameless' }],
    [
      ['person', 'odd'],
      {
        ...whole,
        id: 'odd',
        name: 'Sam',
        emails: ['SAM@example.nl', 42, 'nope'],
        notes: null,
        askAbout: [{ id: 'a', text: 'Exams', date: 'soon', done: 'yes', createdAt: 1 }, { text: 'no id' }],
        reconnectWeeks: -3,
        lastCheckIn: { at: 'yesterday' },
      },
    ],
    [['checkin', 10, 'c-1'], { id: 'c-1', personId: 'odd', at: 10, how: 'telepathy', note: 7 }],
    [
      ['checkin', 11, 'c-2'],
      ['not', 'a', 'check-in'],
    ],
  ]);
}

describe('damaged stored data', () => {
  it('is repaired field by field where it can be', async () => {
    await plantDamaged();
    expect(await getPerson('odd')).toEqual({
      ...whole,
      id: 'odd',
      name: 'Sam',
      emails: ['sam@example.nl'],
      askAbout: [{ id: 'a', text: 'Exams', done: false, createdAt: 1 }],
    });
    expect((await getPerson('no-name'))?.name).toBe('Noor Bakker');
    expect(await listCheckIns()).toEqual([{ id: 'c-1', personId: 'odd', at: 10, how: 'other' }]);
  });

  it('is skipped with a count when it cannot be, and nothing crashes', async () => {
    await plantDamaged();
    expect((await listPeople()).map((person) => person.id)).toEqual(['no-name', 'odd']);
    const popup = await loadOverview(at(2026, 3, 10));
    expect(popup.skipped).toBe(2);
    expect(popup.people).toHaveLength(2);
  });

  it('can still be changed, exported and imported again', async () => {
    await plantDamaged();
    await addAskAbout('odd', { text: 'New puppy' }, at(2026, 3, 10));
    expect((await getPerson('odd'))?.askAbout.map((item) => item.text)).toEqual(['Exams', 'New puppy']);
    const check = validateImport(JSON.parse(JSON.stringify(await exportData())));
    expect(check.ok).toBe(true);
  });
});
