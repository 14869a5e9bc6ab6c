// A full people memory for the benchmarks: the same shape of data on every run.
import { CHECK_IN_HOWS, type CheckIn, type PersonData } from '../src/people';
import { EXPORT_FORMAT, EXPORT_VERSION, type PeopleExport } from '../src/people/export-format';
import { random } from './feeds';

export const DAY = 86_400_000;

function isoDay(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export const seedEmail = (index: number) => `colleague.${index}@example.nl`;

/** `people` colleagues (some with dated "ask about" items) and `checkIns` spread over two years, oldest first. */
export function seedMemory(now: number, people: number, checkIns: number): PeopleExport {
  const next = random(6);
  const persons: PersonData[] = Array.from({ length: people }, (_, index) => ({
    id: `person-${String(index).padStart(4, '0')}`,
    name: `Colleague ${index} Jansen-Müller`,
    emails: [seedEmail(index)],
    notes: 'Two kids, a dog called Bo. Training for a half marathon. Prefers chat over calls. '.repeat(2),
    askAbout: Array.from({ length: index % 4 }, (_, item) => ({
      id: `ask-${index}-${item}`,
      text: 'How the move went',
      ...(item % 2 === 0 ? { date: isoDay(now + Math.floor((next() - 0.5) * 60) * DAY) } : {}),
      done: item === 2,
      createdAt: now - 90 * DAY,
    })),
    addedAt: now - 800 * DAY,
    ...(index % 10 === 0 ? { reconnectWeeks: 2 } : {}),
  }));
  const log: CheckIn[] = Array.from({ length: checkIns }, (_, index) => ({
    id: `check-in-${index}`,
    personId: `person-${String(Math.floor(next() * people)).padStart(4, '0')}`,
    at: now - Math.floor(next() * 730 * DAY),
    how: CHECK_IN_HOWS[index % CHECK_IN_HOWS.length] ?? 'other',
    ...(index % 3 === 0 ? { note: 'Asked how they are really doing' } : {}),
  }));
  log.sort((a, b) => a.at - b.at);
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, people: persons, checkIns: log };
}
