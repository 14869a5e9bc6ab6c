import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type Locale, translator } from '../../../src/i18n';
import type { UndeliveredReminder } from '../../../src/reminders';
import type { CheckInActions } from '../../../src/ui/popup/checkins';
import { TodaySection, type TodayState } from '../../../src/ui/popup/TodaySection';
import { type DueCheckIn, namedDueCheckIns, todayMeetings } from '../../../src/ui/popup/today';
import { meeting, NOW, noCheckIns, SAM } from './fixtures';

interface Extra {
  due?: readonly DueCheckIn[];
  notices?: readonly string[];
}

function show(today: TodayState, locale: Locale = 'en', actions: CheckInActions = noCheckIns(), extra: Extra = {}) {
  const onOpenSettings = vi.fn();
  const onCopy = vi.fn(async () => true);
  render(
    <TodaySection
      t={translator(locale)}
      locale={locale}
      now={NOW}
      today={today}
      onCopy={onCopy}
      onOpenSettings={onOpenSettings}
      {...actions}
      {...extra}
    />,
  );
  return { onOpenSettings, onCopy };
}

const withLotte = meeting({
  id: 'm2',
  title: 'Planning',
  people: [
    { name: 'Sam Peeters', email: 'sam@example.org' },
    { name: 'Lotte Jansen', email: 'lotte@example.org' },
  ],
});

describe('TodaySection', () => {
  it('invites to connect a calendar, gently, when there is none', () => {
    const { onOpenSettings } = show({ state: 'no-calendar' });
    expect(screen.getByRole('heading', { name: 'Before your meetings' })).toBeTruthy();
    expect(screen.getByText(/Routine reminders work without one/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Connect a calendar' }));
    expect(onOpenSettings).toHaveBeenCalledExactlyOnceWith('calendars');
  });

  it('says so warmly when nothing is coming up, in English and Dutch', () => {
    show({ state: 'ready', meetings: [] });
    expect(screen.getByText(/No meetings with colleagues in the next 12 hours/)).toBeTruthy();
    document.body.innerHTML = '';
    show({ state: 'ready', meetings: [] }, 'nl');
    expect(screen.getByRole('heading', { name: 'Vóór je overleggen' })).toBeTruthy();
    expect(screen.getByText(/Geen overleggen met collega's in de komende 12 uur/)).toBeTruthy();
    document.body.innerHTML = '';
    show({ state: 'no-calendar' }, 'nl');
    expect(screen.getByRole('button', { name: 'Agenda koppelen' })).toBeTruthy();
  });

  it('shows a meeting with its people, what to ask them about and a line with the name in it', () => {
    show({ state: 'ready', meetings: todayMeetings([meeting()], [SAM]) });
    const card = screen.getByRole('heading', { name: '1:1 Sam' }).closest('li') as HTMLElement;
    expect(within(card).getByText('10:00 · in 25 minutes')).toBeTruthy();
    expect(within(card).getByText('Sam Peeters')).toBeTruthy();
    expect(card.textContent).toContain('Ask about: moving house · surgery (26 November 2026)');
    expect(card.textContent).not.toContain('marathon');
    expect(card.textContent).toContain('How are you really doing, Sam?');
  });

  it('speaks Dutch, relative times included', () => {
    show({ state: 'ready', meetings: todayMeetings([meeting()], [SAM]) }, 'nl');
    expect(screen.getByText('10:00 · over 25 minuten')).toBeTruthy();
    expect(document.body.textContent).toContain('Vraag naar: moving house · surgery (26 november 2026)');
    expect(screen.getByRole('button', { name: 'Ik heb contact gehad met Sam Peeters' })).toBeTruthy();
  });

  it('logs a check-in per person in one click, known or not yet known', () => {
    const onCheckIn = vi.fn();
    show({ state: 'ready', meetings: todayMeetings([withLotte], [SAM]) }, 'en', {
      marks: new Map(),
      onCheckIn,
      onUndo: () => {},
    });
    fireEvent.click(screen.getByRole('button', { name: 'I checked in with Sam Peeters' }));
    fireEvent.click(screen.getByRole('button', { name: 'I checked in with Lotte Jansen' }));
    expect(onCheckIn.mock.calls.map(([target]) => target)).toEqual([
      {
        key: 'meeting:m2:sam@example.org',
        name: 'Sam Peeters',
        personId: 'p-sam',
        email: 'sam@example.org',
        how: 'meeting',
      },
      { key: 'meeting:m2:lotte@example.org', name: 'Lotte Jansen', email: 'lotte@example.org', how: 'meeting' },
    ]);
  });

  it('shows a logged check-in as pressed, and a second press takes it back', () => {
    const onUndo = vi.fn();
    const onCheckIn = vi.fn();
    show({ state: 'ready', meetings: todayMeetings([withLotte], [SAM]) }, 'en', {
      marks: new Map([['meeting:m2:lotte@example.org', 'done']]),
      onCheckIn,
      onUndo,
    });
    const lotte = screen.getByRole('button', { name: 'I checked in with Lotte Jansen' });
    expect(lotte.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(lotte);
    expect(onUndo).toHaveBeenCalledWith(expect.objectContaining({ key: 'meeting:m2:lotte@example.org' }));
    expect(onCheckIn).not.toHaveBeenCalled();
  });

  it('copies the opening line in one click', async () => {
    const { onCopy } = show({ state: 'ready', meetings: todayMeetings([meeting()], [SAM]) });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(onCopy).toHaveBeenCalledWith('How are you really doing, Sam?');
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
  });

  it('shows first the check-ins whose reminder Echt could not show: the meeting, then a routine', () => {
    const later = meeting({ id: 'm3', title: 'Retro', start: new Date(2026, 10, 23, 11, 0).getTime() });
    // As stored: ids and times, no titles; Today names them from the routines and the calendar.
    const stored: UndeliveredReminder[] = [
      {
        kind: 'routine',
        routineId: 'standup',
        start: new Date(2026, 10, 23, 9, 25).getTime(),
        until: new Date(2026, 10, 23, 10, 25).getTime(),
        attempts: 0,
        retryAt: null,
      },
      { kind: 'meeting', meetingId: 'm3', start: later.start, until: later.end, attempts: 1, retryAt: null },
    ];
    const standup = { id: 'standup', label: 'Daily stand-up', days: [1, 2, 3, 4, 5], time: '09:25' } as const;
    const due = namedDueCheckIns(stored, [{ ...standup, days: [...standup.days] }], [later]);
    show({ state: 'ready', meetings: todayMeetings([meeting(), later], [SAM], new Set(['m3'])) }, 'en', noCheckIns(), {
      due,
    });
    const cards = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(cards).toEqual(['Retro', '1:1 Sam']);
    const retro = screen.getByRole('heading', { name: 'Retro' }).closest('li') as HTMLElement;
    expect(within(retro).getByText('Check-in due')).toBeTruthy();
    expect(screen.getByText('Daily stand-up at 09:25')).toBeTruthy();
    expect(screen.getByText(/could not show this reminder as a notification/)).toBeTruthy();
  });

  it('says what keeps Echt from working fully before anything else', () => {
    show({ state: 'ready', meetings: [] }, 'en', noCheckIns(), { notices: ['Team: last updated 5 days ago.'] });
    expect(screen.getByRole('note').textContent).toBe('Team: last updated 5 days ago.');
  });
});
