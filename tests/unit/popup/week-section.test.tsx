import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type Locale, translator } from '../../../src/i18n';
import type { ReconnectSuggestion } from '../../../src/people';
import { WeekSection } from '../../../src/ui/popup/WeekSection';
import { NOW, noCheckIns, person } from './fixtures';

function suggestion(id: string, name: string): ReconnectSuggestion {
  return { person: person(id, name), since: NOW - 60 * 86_400_000, dueAt: NOW - 30 * 86_400_000 };
}

const FOUR = [suggestion('p1', 'Femke'), suggestion('p2', 'Joris'), suggestion('p3', 'Maya'), suggestion('p4', 'Noor')];

function show(count: number | null, locale: Locale = 'en', reconnect: ReconnectSuggestion[] = [], onCheckIn = vi.fn()) {
  render(
    <WeekSection
      t={translator(locale)}
      locale={locale}
      checkInsThisWeek={count}
      reconnect={reconnect}
      {...noCheckIns()}
      onCheckIn={onCheckIn}
    />,
  );
  return onCheckIn;
}

describe('WeekSection', () => {
  it('counts the week lightly, without a score', () => {
    show(0);
    expect(screen.getByText('A fresh week. One small message is plenty.')).toBeTruthy();
    document.body.innerHTML = '';
    show(1);
    expect(screen.getByText('You checked in with someone once this week.')).toBeTruthy();
    document.body.innerHTML = '';
    show(4);
    expect(screen.getByText('You checked in 4 times this week.')).toBeTruthy();
  });

  it('counts in Dutch', () => {
    show(0, 'nl');
    expect(screen.getByRole('heading', { name: 'Deze week' })).toBeTruthy();
    expect(screen.getByText('Een nieuwe week. Eén klein berichtje is genoeg.')).toBeTruthy();
    document.body.innerHTML = '';
    show(3, 'nl');
    expect(screen.getByText('Je had deze week 3 keer even contact met iemand.')).toBeTruthy();
  });

  it('suggests a few people to catch up with, never a long list', () => {
    show(2, 'en', FOUR);
    const list = screen.getByRole('list', { name: 'Maybe catch up with' });
    expect(list.querySelectorAll('li')).toHaveLength(3);
    expect(screen.queryByText('Noor')).toBeNull();
  });

  it('logs a check-in with someone from the list in one click', () => {
    const onCheckIn = show(2, 'nl', FOUR);
    expect(screen.getByRole('list', { name: 'Misschien even bijpraten met' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ik heb contact gehad met Joris' }));
    expect(onCheckIn).toHaveBeenCalledWith({ key: 'person:p2', name: 'Joris', personId: 'p2', how: 'other' });
  });

  it('leaves the count out while it is read', () => {
    show(null);
    expect(screen.getByRole('heading', { name: 'This week' })).toBeTruthy();
    expect(document.querySelector('.week-count')).toBeNull();
  });
});
