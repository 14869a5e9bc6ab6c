import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../../src/i18n';
import type { FeedSource } from '../../../src/settings/feeds';
import { CalendarSettings, type CalendarSettingsProps } from '../../../src/ui/options/CalendarSettings';
import { foldedInsideE } from '../calendar/helpers';

const WORK: FeedSource = {
  id: 'work',
  name: 'Calendar',
  color: '#3b7ddd',
  enabled: true,
  url: 'https://outlook.example/owa/calendar/9f8e7d6c@example.org/5ecr3tT0k3n/calendar.ics',
};

function renderCalendars(overrides: Partial<CalendarSettingsProps> = {}) {
  const props: CalendarSettingsProps = {
    t: translator('en'),
    locale: 'en',
    now: new Date('2026-11-21T09:00:00Z'),
    sources: [WORK],
    statuses: { work: { state: 'synced', at: new Date('2026-11-21T08:57:00Z').getTime() } },
    onAdd: vi.fn(async () => 'added' as const),
    onImport: vi.fn(async () => true),
    onToggle: vi.fn(),
    onChange: vi.fn(),
    onRemove: vi.fn(),
    onSyncNow: vi.fn(async () => undefined),
    onCopyAddress: vi.fn(async () => true),
    ...overrides,
  };
  const view = render(<CalendarSettings {...props} />);
  return { props, view };
}

describe('CalendarSettings', () => {
  it("shows a feed's secret address masked, revealed and copied only when asked", async () => {
    const { props, view } = renderCalendars();
    const text = () => view.container.querySelector('.sources')?.textContent ?? '';
    expect(text()).toContain('outlook.example/owa/cal…');
    expect(text()).not.toContain('5ecr3tT0k3n');
    expect(text()).not.toContain('example.org');

    const show = screen.getByRole('button', { name: 'Show the address of Calendar' });
    expect(show.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(show);
    expect(show.getAttribute('aria-pressed')).toBe('true');
    expect(text()).toContain(WORK.url);
    fireEvent.click(show);
    expect(text()).not.toContain('5ecr3tT0k3n');

    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(props.onCopyAddress).toHaveBeenCalledWith(WORK.url);
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
    expect(text()).not.toContain('5ecr3tT0k3n');
  });

  it('renames a calendar in place, trimmed, and leaves it alone on Escape or a blank name', () => {
    const { props } = renderCalendars();
    fireEvent.click(screen.getByRole('button', { name: 'Rename Calendar' }));
    const field = screen.getByLabelText('New name for Calendar');
    expect(document.activeElement).toBe(field);
    fireEvent.input(field, { target: { value: '  Work  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(props.onChange).toHaveBeenCalledWith('work', { name: 'Work' });
    expect(screen.queryByLabelText('New name for Calendar')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename Calendar' }));

    fireEvent.click(screen.getByRole('button', { name: 'Rename Calendar' }));
    fireEvent.input(screen.getByLabelText('New name for Calendar'), { target: { value: 'Other' } });
    fireEvent.keyDown(screen.getByLabelText('New name for Calendar'), { key: 'Escape' });
    expect(screen.getByLabelText('Use Calendar for reminders')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Rename Calendar' }));
    fireEvent.input(screen.getByLabelText('New name for Calendar'), { target: { value: '   ' } });
    fireEvent.submit(screen.getByLabelText('New name for Calendar').closest('form') as HTMLFormElement);
    expect(props.onChange).toHaveBeenCalledTimes(1);
  });

  it('recolours a calendar with its colour picker', () => {
    const { props } = renderCalendars();
    const picker = screen.getByLabelText('Colour of Calendar') as HTMLInputElement;
    expect(picker.value).toBe('#3b7ddd');
    fireEvent.change(picker, { target: { value: '#2f9e44' } });
    expect(props.onChange).toHaveBeenCalledWith('work', { color: '#2f9e44' });
  });

  it('asks once more before removing a calendar, and Cancel keeps it', () => {
    const { props } = renderCalendars();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Calendar' }));
    expect(props.onRemove).not.toHaveBeenCalled();
    expect(screen.getByText('Remove Calendar from Echt?')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText('Remove Calendar from Echt?')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove Calendar' }));

    fireEvent.click(screen.getByRole('button', { name: 'Remove Calendar' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(props.onRemove).toHaveBeenCalledWith('work');
  });

  it('speaks Dutch', () => {
    renderCalendars({ t: translator('nl'), locale: 'nl' });
    expect(screen.getByLabelText('Kleur van Calendar')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Naam van Calendar wijzigen' })).toBeTruthy();
  });

  it('says a copy is days old, and that an address stopped working, instead of a time of day', () => {
    const now = new Date('2026-11-21T09:00:00Z');
    const lastGoodAt = new Date('2026-11-16T09:00:00Z').getTime();
    renderCalendars({
      now,
      statuses: { work: { state: 'failed', at: now.getTime(), problem: 'not-found', httpStatus: 404, lastGoodAt } },
    });
    expect(screen.getByText(/^This address no longer works \(404\).* — last updated 5 days ago$/)).toBeTruthy();
  });

  it('says when Echt reads only part of a calendar', () => {
    renderCalendars({
      statuses: { work: { state: 'synced', at: new Date('2026-11-21T08:57:00Z').getTime(), warning: 'too-slow' } },
    });
    expect(
      screen.getByText(/^Synced 3 minutes ago\. Echt reads only part of this calendar: .*too long\.$/),
    ).toBeTruthy();
  });

  it('says so plainly when storage is full, and that nothing changed', async () => {
    renderCalendars({
      onAdd: vi.fn(async () => {
        throw new Error('QUOTA_BYTES quota exceeded');
      }),
    });
    fireEvent.input(screen.getByLabelText('Calendar address (https:// or webcal://)'), {
      target: { value: 'https://calendar.example/team.ics' },
    });
    fireEvent.submit(screen.getByRole('button', { name: 'Add calendar' }).closest('form') as HTMLFormElement);
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      "The browser's storage for Echt is full, so this was not saved. Nothing was changed. Free some disk space, then try again.",
    );
  });

  it('reads an imported file as bytes, so a line folded inside "ë" keeps "Zoë"', async () => {
    const { props } = renderCalendars();
    const bytes = foldedInsideE('BEGIN:VCALENDAR\r\nX-WR-CALNAME:Zo', '\r\nEND:VCALENDAR\r\n');
    const input = document.querySelector<HTMLInputElement>('input[type=file]');
    if (!input) throw new Error('No file field');
    Object.defineProperty(input, 'files', { value: [new File([bytes], 'zoe.ics')] });
    fireEvent.change(input);
    await vi.waitFor(() => expect(props.onImport).toHaveBeenCalled());
    expect(vi.mocked(props.onImport).mock.calls[0]?.[1]).toContain('X-WR-CALNAME:Zoë\r\n');
  });
});
