import { describe, expect, it } from 'vitest';
import { todayMeetings } from '../../../src/ui/popup/today';
import { meeting, NOW, SAM } from './fixtures';

describe('todayMeetings', () => {
  it('keeps meetings worth a check-in, soonest first, and leaves out the skipped', () => {
    const later = meeting({ id: 'later', start: NOW + 5 * 3_600_000 });
    const skipped = meeting({ id: 'all-day', skip: 'all-day' });
    const alone = meeting({ id: 'alone', people: [] });
    const result = todayMeetings([later, skipped, meeting(), alone], []);
    expect(result.map((entry) => entry.id)).toEqual(['m1', 'later']);
  });

  it('matches attendees to people by address, whatever its case, with only their open items', () => {
    const [first] = todayMeetings([meeting()], [SAM]);
    const [sam] = first?.attendees ?? [];
    expect(sam?.person?.id).toBe('p-sam');
    expect(sam?.email).toBe('sam@example.org');
    expect(sam?.askAbout.map((item) => item.text)).toEqual(['moving house', 'surgery']);
  });

  it('matches an attendee the calendar gives no address by name, and never one with another address', () => {
    const byName = todayMeetings([meeting({ people: [{ name: 'sam peeters' }] })], [SAM])[0]?.attendees[0];
    expect(byName?.person?.id).toBe('p-sam');
    const other = todayMeetings([meeting({ people: [{ name: 'Sam Peeters', email: 'sam@elsewhere.org' }] })], [SAM]);
    expect(other[0]?.attendees[0]?.person).toBeUndefined();
  });

  it('matches by name on a list it already matched addresses on, and follows a list read again', () => {
    // The popup works Today out on every render with the same list: its matcher is kept per list.
    const people = [SAM];
    expect(todayMeetings([meeting()], people)[0]?.attendees[0]?.person?.id).toBe('p-sam');
    const byName = todayMeetings([meeting({ people: [{ name: 'SAM  Peeters' }] })], people)[0]?.attendees[0];
    expect(byName?.person?.id).toBe('p-sam');
    const renamed = [{ ...SAM, name: 'Samira Peeters' }];
    expect(todayMeetings([meeting({ people: [{ name: 'Sam Peeters' }] })], renamed)[0]?.attendees[0]?.person).toBe(
      undefined,
    );
    expect(todayMeetings([meeting()], renamed)[0]?.attendees[0]?.name).toBe('Samira Peeters');
  });

  it('gives an attendee the same key before and after they are added to people', () => {
    const before = todayMeetings([meeting()], [])[0]?.attendees[0];
    const after = todayMeetings([meeting()], [SAM])[0]?.attendees[0];
    expect(before?.person).toBeUndefined();
    expect(before?.key).toBe(after?.key);
  });
});
