// The welcome page's test-notification and calendar steps on their own: what the user reads
// when the browser blocks Echt's notifications or showing one fails, and an .ics file
// imported instead of a calendar address.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../../src/i18n';
import type { TestNotificationResult } from '../../../src/platform';
import { CalendarStep, type CalendarStepProps } from '../../../src/ui/welcome/CalendarStep';
import { NudgeStep } from '../../../src/ui/welcome/NudgeStep';
import { foldedInsideE } from '../calendar/helpers';

async function testNotification(result: TestNotificationResult, locale: 'en' | 'nl' = 'en'): Promise<string> {
  const t = translator(locale);
  render(<NudgeStep t={t} onTest={() => Promise.resolve(result)} />);
  fireEvent.click(screen.getByRole('button', { name: t('welcomeNudgeButton') }));
  await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe(''));
  return screen.getByRole('status').textContent ?? '';
}

describe('the welcome page test notification', () => {
  it('says the browser blocks notifications and where to allow them', async () => {
    const said = await testNotification('blocked');
    expect(said).toMatch(/^Your browser blocks Echt's notifications\./);
    expect(said).toContain('Windows: Settings, System, Notifications');
    // Whatever happens, the toolbar icon still shows what is due.
    expect(screen.getByText("Either way, Echt's icon in the toolbar shows when a check-in is due.")).toBeTruthy();
  });

  it('says so when showing one failed, in Dutch too', async () => {
    expect(await testNotification('failed', 'nl')).toBe(translator('nl')('welcomeNudgeFailed'));
    expect(translator('nl')('welcomeNudgeFailed')).not.toBe(translator('en')('welcomeNudgeFailed'));
  });
});

describe('the welcome page calendar step', () => {
  function show(onImport: CalendarStepProps['onImport']) {
    const t = translator('en');
    render(
      <CalendarStep
        t={t}
        locale="en"
        now={new Date('2026-12-05T09:00:00Z')}
        calendars={[]}
        routines={[]}
        onAdd={() => Promise.reject(new Error('not used'))}
        onImport={onImport}
        onRoutinesChange={() => {}}
      />,
    );
    const input = screen.getByLabelText(t('calendarsImport'));
    return (file: File) => fireEvent.change(input, { target: { files: [file] } });
  }

  it('imports an .ics file under its name and says how many meetings it found', async () => {
    const onImport = vi.fn(() => Promise.resolve({ outcome: 'found' as const, meetings: 14 }));
    const choose = show(onImport);
    choose(new File(['BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'], 'Team.ics', { type: 'text/calendar' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Found 14 meetings in the next week.'));
    expect(onImport).toHaveBeenCalledWith('Team', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });

  it('reads the file as bytes, as the options page does, so a line folded inside "ë" keeps "Zoë"', async () => {
    const onImport = vi.fn<CalendarStepProps['onImport']>(() => Promise.resolve({ outcome: 'found', meetings: 0 }));
    const choose = show(onImport);
    choose(new File([foldedInsideE('BEGIN:VCALENDAR\r\nX-WR-CALNAME:Zo', '\r\nEND:VCALENDAR\r\n')], 'zoe.ics'));
    await waitFor(() => expect(onImport).toHaveBeenCalled());
    expect(onImport.mock.calls[0]?.[1]).toContain('X-WR-CALNAME:Zoë\r\n');
  });

  it('says clearly when the file is not a calendar', async () => {
    const choose = show(() => Promise.resolve({ outcome: 'not-a-calendar' }));
    choose(new File(['hello'], 'notes.txt'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('This file is not a calendar, so nothing was imported.'),
    );
  });
});
