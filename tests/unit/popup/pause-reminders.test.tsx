import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type Locale, translator } from '../../../src/i18n';
import { PauseReminders } from '../../../src/ui/popup/PauseReminders';
import { NOW } from './fixtures';

const MIDNIGHT = new Date(2026, 10, 24, 0, 0).getTime();

function show(pausedUntil: number | null, locale: Locale = 'en') {
  const onPause = vi.fn();
  const onResume = vi.fn();
  render(
    <PauseReminders
      t={translator(locale)}
      locale={locale}
      now={NOW}
      pausedUntil={pausedUntil}
      onPause={onPause}
      onResume={onResume}
    />,
  );
  return { onPause, onResume };
}

describe('PauseReminders', () => {
  it('pauses for today or for a week', () => {
    const { onPause } = show(null);
    fireEvent.click(screen.getByRole('button', { name: 'Pause for today' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pause for a week' }));
    expect(onPause.mock.calls).toEqual([['today'], ['week']]);
  });

  it('says until when, and resumes', () => {
    const { onResume } = show(MIDNIGHT);
    expect(screen.getByText('Paused until 24 November 2026, 00:00.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(onResume).toHaveBeenCalledOnce();
  });

  it('treats a pause that has ended as no pause', () => {
    show(NOW - 1000);
    expect(screen.getByRole('button', { name: 'Pause for today' })).toBeTruthy();
  });

  it('speaks Dutch', () => {
    show(MIDNIGHT, 'nl');
    expect(screen.getByText('Gepauzeerd tot 24 november 2026, 00:00.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Weer aanzetten' })).toBeTruthy();
  });
});
