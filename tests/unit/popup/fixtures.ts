// Small, readable data for the popup's component tests. Local times, so any zone reads the same.
import type { UpcomingMeeting } from '../../../src/messaging';
import type { Person } from '../../../src/people';
import type { CheckInActions } from '../../../src/ui/popup/checkins';

export const NOW = new Date(2026, 10, 23, 9, 35).getTime();

export function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, name, emails: [], notes: '', askAbout: [], addedAt: NOW - 90 * 86_400_000, ...extra };
}

export const SAM = person('p-sam', 'Sam Peeters', {
  emails: ['sam@example.org'],
  askAbout: [
    { id: 'a1', text: 'moving house', done: false, createdAt: NOW },
    { id: 'a2', text: 'the marathon', done: true, createdAt: NOW },
    { id: 'a3', text: 'surgery', date: '2026-11-26', done: false, createdAt: NOW },
  ],
});

export function meeting(extra: Partial<UpcomingMeeting> = {}): UpcomingMeeting {
  return {
    id: 'm1',
    title: '1:1 Sam',
    start: new Date(2026, 10, 23, 10, 0).getTime(),
    end: new Date(2026, 10, 23, 10, 30).getTime(),
    people: [{ name: 'Sam Peeters', email: 'Sam@Example.org' }],
    skip: null,
    color: '#3b7ddd',
    seriesId: 'm1',
    nudge: 'on',
    ...extra,
  };
}

export function noCheckIns(): CheckInActions {
  return { marks: new Map(), onCheckIn: () => {}, onUndo: () => {} };
}
