import { beforeEach, describe, expect, it } from 'vitest';
import {
  addPerson,
  listCheckIns,
  listPeople,
  logCheckIn,
  type Person,
  reconnectSuggestions,
  removeCheckIn,
  removePerson,
} from '../../../src/people';
import { getPerson } from '../../../src/people/people';
import { at, emptyPeopleStore, storedEntries } from './helpers';

const ADDED = at(2026, 1, 5);

let sam: Person;
let noor: Person;

beforeEach(async () => {
  await emptyPeopleStore();
  sam = await addPerson({ name: 'Sam' }, ADDED);
  noor = await addPerson({ name: 'Noor' }, ADDED);
});

async function reconnectNames(now: number): Promise<string[]> {
  return reconnectSuggestions(await listPeople(), now, 4).map((suggestion) => suggestion.person.name);
}

describe('the check-in log', () => {
  it('records who, when, how and a one-line note', async () => {
    const entry = await logCheckIn({ personId: sam.id, at: at(2026, 2, 1), how: 'coffee', note: 'New job\nnews ' });
    expect(entry).toMatchObject({ personId: sam.id, at: at(2026, 2, 1), how: 'coffee', note: 'New job news' });
    expect(await listCheckIns()).toEqual([entry]);
    expect((await getPerson(sam.id))?.lastCheckIn).toEqual({
      id: entry.id,
      at: entry.at,
      how: 'coffee',
      note: 'New job news',
    });
  });

  it('refuses a long note, an unknown kind or an unknown person, and logs nothing', async () => {
    const when = at(2026, 2, 1);
    await expect(logCheckIn({ personId: sam.id, at: when, how: 'chat', note: 'x'.repeat(141) })).rejects.toMatchObject({
      code: 'too-long',
    });
    // @ts-expect-error: a kind the form cannot offer
    await expect(logCheckIn({ personId: sam.id, at: when, how: 'letter' })).rejects.toMatchObject({
      code: 'invalid-how',
    });
    await expect(logCheckIn({ personId: 'gone', at: when, how: 'chat' })).rejects.toMatchObject({ code: 'not-found' });
    expect(await listCheckIns()).toEqual([]);
  });

  it('lists newest first, per person and per time window', async () => {
    const a = await logCheckIn({ personId: sam.id, at: at(2026, 2, 1), how: 'chat' });
    const b = await logCheckIn({ personId: noor.id, at: at(2026, 2, 3), how: 'call' });
    const c = await logCheckIn({ personId: sam.id, at: at(2026, 2, 5), how: 'meeting' });
    expect(await listCheckIns()).toEqual([c, b, a]);
    expect(await listCheckIns({ personId: sam.id })).toEqual([c, a]);
    expect(await listCheckIns({ from: at(2026, 2, 2), to: at(2026, 2, 5) })).toEqual([b]);
    expect(await listCheckIns({ limit: 1 })).toEqual([c]);
  });
});

describe('reconnect suggestions after a check-in', () => {
  it('reset when a check-in is logged, and come back after the interval', async () => {
    const fiveWeeksLater = at(2026, 2, 9);
    expect(await reconnectNames(fiveWeeksLater)).toEqual(['Noor', 'Sam']);

    await logCheckIn({ personId: sam.id, at: at(2026, 2, 8), how: 'chat' });
    expect(await reconnectNames(fiveWeeksLater)).toEqual(['Noor']);
    expect(await reconnectNames(at(2026, 3, 9))).toEqual(['Noor', 'Sam']);
  });

  it('count the newest check-in, even when an older one is logged afterwards', async () => {
    await logCheckIn({ personId: sam.id, at: at(2026, 2, 8), how: 'coffee' });
    await logCheckIn({ personId: sam.id, at: at(2026, 1, 10), how: 'chat' }); // back-dated
    expect((await getPerson(sam.id))?.lastCheckIn?.at).toBe(at(2026, 2, 8));
    expect(await reconnectNames(at(2026, 2, 20))).toEqual(['Noor']);
  });

  it('fall back to the check-in before when the newest is taken back', async () => {
    const older = await logCheckIn({ personId: sam.id, at: at(2026, 1, 20), how: 'chat' });
    const newest = await logCheckIn({ personId: sam.id, at: at(2026, 2, 8), how: 'coffee' });
    await removeCheckIn(newest);
    expect((await getPerson(sam.id))?.lastCheckIn?.id).toBe(older.id);
    await removeCheckIn(older);
    expect(await getPerson(sam.id)).not.toHaveProperty('lastCheckIn');
    expect(await reconnectNames(at(2026, 2, 9))).toEqual(['Noor', 'Sam']);
  });

  it('leave nothing of a person behind when they are removed', async () => {
    await logCheckIn({ personId: sam.id, at: at(2026, 2, 1), how: 'chat' });
    const kept = await logCheckIn({ personId: noor.id, at: at(2026, 2, 2), how: 'chat' });
    await removePerson(sam.id);
    expect(await listCheckIns()).toEqual([kept]);
    expect(await listCheckIns({ from: at(2026, 1, 1), to: at(2026, 3, 1) })).toEqual([kept]);
    expect(JSON.stringify(await storedEntries())).not.toContain(sam.id);
  });
});
