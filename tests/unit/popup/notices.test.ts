import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n';
import { calendarNotices } from '../../../src/ui/popup/notices';

const NOW = new Date('2026-11-21T09:00:00Z');
const DAY = 86_400_000;
const t = translator('en');

describe('calendarNotices', () => {
  const sources = [
    { id: 'team', name: 'Team', enabled: true },
    { id: 'gone', name: 'Club', enabled: true },
    { id: 'fresh', name: 'Home', enabled: true },
    { id: 'off', name: 'Old', enabled: false },
  ];

  it('names a calendar not refreshed for days, and one whose address no longer works', () => {
    const notices = calendarNotices(
      sources,
      {
        team: { state: 'failed', at: NOW.getTime(), problem: 'offline', lastGoodAt: NOW.getTime() - 5 * DAY },
        gone: { state: 'failed', at: NOW.getTime(), problem: 'forbidden', httpStatus: 403 },
        fresh: { state: 'synced', at: NOW.getTime() - 3_600_000 },
        off: { state: 'synced', at: NOW.getTime() - 30 * DAY },
      },
      NOW,
      t,
      'en',
    );
    expect(notices).toEqual([
      'Team: last updated 5 days ago. The meetings shown may have changed.',
      "Club: this calendar's address no longer works. Add it again in the settings.",
    ]);
  });

  it('speaks Dutch', () => {
    const nl = translator('nl');
    const statuses = { team: { state: 'synced' as const, at: NOW.getTime() - 4 * DAY } };
    expect(calendarNotices(sources.slice(0, 1), statuses, NOW, nl, 'nl')).toEqual([
      'Team: laatst bijgewerkt 4 dagen geleden. De overleggen hier kunnen veranderd zijn.',
    ]);
  });
});
