import { beforeEach, describe, expect, it } from 'vitest';
import {
  addAskAbout,
  addPerson,
  addPersonFromAttendee,
  listPeople,
  PeopleError,
  removeAskAbout,
  removePerson,
  updateAskAbout,
  updatePerson,
} from '../../../src/people';
import { findPersonByEmail, getPerson } from '../../../src/people/people';
import { at, emptyPeopleStore } from './helpers';

const NOW = at(2026, 3, 10);

beforeEach(emptyPeopleStore);

describe('people', () => {
  it('adds, reads, edits and removes a person', async () => {
    const sam = await addPerson({ name: '  Sam de Vries ', emails: ['Sam@Example.nl'], notes: 'Likes tea.' }, NOW);
    expect(sam).toMatchObject({ name: 'Sam de Vries', emails: ['sam@example.nl'], notes: 'Likes tea.', addedAt: NOW });
    expect(await getPerson(sam.id)).toEqual(sam);

    const edited = await updatePerson(sam.id, { notes: 'Likes tea. New puppy!', reconnectWeeks: 3 });
    expect(edited).toMatchObject({ name: 'Sam de Vries', notes: 'Likes tea. New puppy!', reconnectWeeks: 3 });
    expect(await updatePerson(sam.id, { reconnectWeeks: null })).not.toHaveProperty('reconnectWeeks');

    await removePerson(sam.id);
    expect(await getPerson(sam.id)).toBeUndefined();
    expect(await listPeople()).toEqual([]);
  });

  it('lists people by name, ignoring case and accents', async () => {
    for (const name of ['émile', 'Zoë', 'anna', 'Bram']) await addPerson({ name }, NOW);
    expect((await listPeople()).map((person) => person.name)).toEqual(['anna', 'Bram', 'émile', 'Zoë']);
  });

  it('refuses what cannot be saved, with a code the form can show', async () => {
    await expect(addPerson({ name: '   ' }, NOW)).rejects.toMatchObject({ code: 'empty' });
    await expect(addPerson({ name: 'Sam', emails: ['not an address'] }, NOW)).rejects.toMatchObject({
      code: 'invalid-email',
    });
    await expect(addPerson({ name: 'Sam', reconnectWeeks: 0 }, NOW)).rejects.toMatchObject({ code: 'invalid-weeks' });
    await expect(updatePerson('nobody', { name: 'X' })).rejects.toBeInstanceOf(PeopleError);
    expect(await listPeople()).toEqual([]);
  });

  it('keeps each e-mail address with one person', async () => {
    const sam = await addPerson({ name: 'Sam', emails: ['sam@example.nl'] }, NOW);
    await expect(addPerson({ name: 'Other Sam', emails: ['SAM@example.nl'] }, NOW)).rejects.toMatchObject({
      code: 'email-taken',
    });
    const noor = await addPerson({ name: 'Noor' }, NOW);
    await expect(updatePerson(noor.id, { emails: ['mailto:sam@example.nl'] })).rejects.toMatchObject({
      code: 'email-taken',
    });
    // A person may keep their own address when other fields change.
    await expect(updatePerson(sam.id, { emails: ['sam@example.nl', 'sam@home.nl'] })).resolves.toMatchObject({
      emails: ['sam@example.nl', 'sam@home.nl'],
    });
  });
});

describe('finding a calendar attendee', () => {
  it('matches e-mail addresses case-insensitively and without mailto:', async () => {
    const sofie = await addPerson({ name: 'Sofié Claes', emails: ['sofie.claes@example.be'] }, NOW);
    expect(await findPersonByEmail('MAILTO:Sofie.Claes@Example.BE')).toEqual(sofie);
    expect(await findPersonByEmail(' sofie.claes@example.be ')).toEqual(sofie);
    expect(await findPersonByEmail('someone@example.be')).toBeUndefined();
    expect(await findPersonByEmail('')).toBeUndefined();
  });

  it('adds an attendee in one call, and not twice', async () => {
    const first = await addPersonFromAttendee({ name: 'Sam de Vries', email: 'mailto:Sam@Example.nl' }, NOW);
    expect(first.created).toBe(true);
    expect(first.person).toMatchObject({ name: 'Sam de Vries', emails: ['sam@example.nl'] });

    const again = await addPersonFromAttendee({ name: 'S. de Vries', email: 'SAM@example.nl' }, NOW + 1000);
    expect(again).toEqual({ person: first.person, created: false });
    expect(await listPeople()).toHaveLength(1);
  });

  it('does not add the same attendee twice on a double click', async () => {
    const attendee = { name: 'Sam', email: 'sam@example.nl' };
    const results = await Promise.all([addPersonFromAttendee(attendee, NOW), addPersonFromAttendee(attendee, NOW)]);
    expect(results.map((result) => result.created).sort()).toEqual([false, true]);
    expect(await listPeople()).toHaveLength(1);
  });

  it('knows an attendee without an address by their name, so check-ins do not make duplicates', async () => {
    const first = await addPersonFromAttendee({ name: 'Priya Raman' }, NOW);
    expect(first.created).toBe(true);
    const again = await addPersonFromAttendee({ name: '  priya  RAMAN ' }, NOW + 1000);
    expect(again).toEqual({ person: first.person, created: false });
    // Another name is another person; an address never matches by name alone.
    expect((await addPersonFromAttendee({ name: 'Priya' }, NOW)).created).toBe(true);
    expect((await addPersonFromAttendee({ name: 'Priya Raman', email: 'priya@example.nl' }, NOW)).created).toBe(true);
    expect(await listPeople()).toHaveLength(3);
  });

  it('names an attendee from their address when the calendar gives no name', async () => {
    const { person } = await addPersonFromAttendee({ name: '', email: 'noor.el-amrani@example.nl' }, NOW);
    expect(person.name).toBe('Noor El Amrani');
  });
});

describe('"ask about" items', () => {
  it('can be added, edited, marked done and removed', async () => {
    const sam = await addPerson({ name: 'Sam' }, NOW);
    const move = await addAskAbout(sam.id, { text: 'Moving house', date: '2026-03-20' }, NOW);
    const exams = await addAskAbout(sam.id, { text: "Daughter's exams" }, NOW + 1);
    expect(move).toMatchObject({ text: 'Moving house', date: '2026-03-20', done: false, createdAt: NOW });
    expect(exams).not.toHaveProperty('date');

    expect(await updateAskAbout(sam.id, move.id, { text: 'Moving to Gent', date: null })).toEqual({
      id: move.id,
      text: 'Moving to Gent',
      done: false,
      createdAt: NOW,
    });
    await updateAskAbout(sam.id, exams.id, { done: true });
    expect((await getPerson(sam.id))?.askAbout).toEqual([
      { id: move.id, text: 'Moving to Gent', done: false, createdAt: NOW },
      { id: exams.id, text: "Daughter's exams", done: true, createdAt: NOW + 1 },
    ]);

    await removeAskAbout(sam.id, move.id);
    expect((await getPerson(sam.id))?.askAbout.map((item) => item.id)).toEqual([exams.id]);
  });

  it('refuses a date that is not a real day and changes nothing', async () => {
    const sam = await addPerson({ name: 'Sam' }, NOW);
    await expect(addAskAbout(sam.id, { text: 'Exams', date: '2026-02-30' }, NOW)).rejects.toMatchObject({
      code: 'invalid-date',
    });
    await expect(updateAskAbout(sam.id, 'missing', { done: true })).rejects.toMatchObject({ code: 'not-found' });
    expect((await getPerson(sam.id))?.askAbout).toEqual([]);
  });

  it('takes every real day, leap days included, and no day a calendar lacks', async () => {
    const sam = await addPerson({ name: 'Sam' }, NOW);
    for (const date of ['2024-02-29', '2026-12-31', '2026-01-01', '2026-04-30']) {
      await addAskAbout(sam.id, { text: `On ${date}`, date }, NOW);
    }
    for (const date of ['2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-5', '26-01-05']) {
      await expect(addAskAbout(sam.id, { text: `On ${date}`, date }, NOW)).rejects.toMatchObject({
        code: 'invalid-date',
      });
    }
    expect((await getPerson(sam.id))?.askAbout.map((item) => item.date)).toEqual([
      '2024-02-29',
      '2026-12-31',
      '2026-01-01',
      '2026-04-30',
    ]);
  });
});
