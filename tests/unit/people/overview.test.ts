import { beforeEach, describe, expect, it } from 'vitest';
import { addAskAbout, addPerson, loadOverview, logCheckIn } from '../../../src/people';
import { at, emptyPeopleStore } from './helpers';

beforeEach(emptyPeopleStore);

// Tuesday 10 March 2026; the week began on Monday 9 March.
const NOW = at(2026, 3, 10, 14);

describe('loadOverview', () => {
  it('is empty, not broken, before anyone is added', async () => {
    expect(await loadOverview(NOW)).toEqual({
      people: [],
      reconnect: [],
      askAboutDue: [],
      checkInsThisWeek: 0,
      skipped: 0,
    });
  });

  it('gives people, who to reconnect with, what to ask about, and this week’s check-ins', async () => {
    const sam = await addPerson({ name: 'Sam' }, at(2026, 1, 5));
    const noor = await addPerson({ name: 'Noor' }, at(2026, 1, 5));
    await addPerson({ name: 'Mats' }, at(2026, 3, 1));
    await addAskAbout(noor.id, { text: 'Knee surgery', date: '2026-03-12' }, at(2026, 2, 1));
    await logCheckIn({ personId: sam.id, at: at(2026, 3, 8, 17), how: 'chat' }); // Sunday: last week
    await logCheckIn({ personId: sam.id, at: at(2026, 3, 9, 10), how: 'coffee' });
    await logCheckIn({ personId: noor.id, at: at(2026, 1, 20), how: 'call' });

    const popup = await loadOverview(NOW);
    expect(popup.people.map((person) => person.name)).toEqual(['Mats', 'Noor', 'Sam']);
    expect(popup.reconnect.map(({ person }) => person.name)).toEqual(['Noor']);
    expect(popup.askAboutDue.map(({ person, item, daysAway }) => [person.name, item.text, daysAway])).toEqual([
      ['Noor', 'Knee surgery', 2],
    ]);
    expect(popup.checkInsThisWeek).toBe(1);
  });

  it('takes the user’s reconnect interval and first day of the week', async () => {
    const sam = await addPerson({ name: 'Sam' }, at(2026, 1, 5));
    await logCheckIn({ personId: sam.id, at: at(2026, 3, 8, 17), how: 'chat' });
    const popup = await loadOverview(at(2026, 3, 16, 9), { reconnectWeeks: 1, weekStartsOn: 0 });
    expect(popup.reconnect.map(({ person }) => person.name)).toEqual(['Sam']);
    expect(popup.checkInsThisWeek).toBe(0);
    expect((await loadOverview(NOW, { weekStartsOn: 0 })).checkInsThisWeek).toBe(1);
  });
});
