import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../../src/i18n';
import type { FeedSource } from '../../../src/settings/feeds';
import { CalendarSettings, type CalendarSettingsProps } from '../../../src/ui/options/CalendarSettings';

const WORK: FeedSource = {
  id: 'work',
  name: 'Calendar',
  color: '#3b7ddd',
  enabled: true,
  url: 'https://outlook.example/calendar.ics',
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
    ...overrides,
  };
  const view = render(<CalendarSettings {...props} />);
  return { props, view };
}

describe('CalendarSettings', () => {
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
});
