import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type Locale, translator } from '../../src/i18n';
import { PopupView, type PopupViewProps } from '../../src/ui/popup/PopupView';
import type { PopupTab } from '../../src/ui/popup/tab-names';
import { NOW, noCheckIns } from './popup/fixtures';

const ready = {
  state: 'ready',
  status: { version: '0.1.0', installedAt: new Date(2026, 10, 21, 12).getTime() },
} as const;

function show(props: Partial<PopupViewProps> & { locale?: Locale; initialTab?: PopupTab } = {}) {
  const locale = props.locale ?? 'en';
  const onOpenSettings = vi.fn();
  render(
    <PopupView
      t={translator(locale)}
      locale={locale}
      now={NOW}
      initialTab="today"
      today={{ state: 'no-calendar' }}
      checkInsThisWeek={0}
      reconnect={[]}
      people={[]}
      {...noCheckIns()}
      pausedUntil={null}
      status={ready}
      announcement=""
      onCopy={async () => true}
      onPause={() => {}}
      onResume={() => {}}
      onOpenSettings={onOpenSettings}
      {...props}
    />,
  );
  return { onOpenSettings };
}

describe('PopupView', () => {
  it('opens on Today, with this week, the pause switch and the install day', () => {
    show();
    expect(screen.getByRole('heading', { level: 1, name: 'Echt' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Today' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Before your meetings' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'This week' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pause for today' })).toBeTruthy();
    expect(screen.getByText('With you since 21 November 2026')).toBeTruthy();
  });

  it('speaks Dutch, dates included', () => {
    show({ locale: 'nl' });
    expect(screen.getByRole('tab', { name: 'Zinnen' })).toBeTruthy();
    expect(screen.getByText('Bij je sinds 21 november 2026')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Instellingen' })).toBeTruthy();
  });

  it('opens on the phrase deck when asked to (popup.html#phrases)', () => {
    show({ initialTab: 'phrases' });
    expect(screen.getByRole('tab', { name: 'Phrases' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Phrases to copy' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'This week' })).toBeNull();
  });

  it('moves between tabs with the arrow keys, Home and End', () => {
    show();
    const today = screen.getByRole('tab', { name: 'Today' });
    fireEvent.keyDown(today, { key: 'ArrowRight' });
    expect(document.activeElement?.textContent).toBe('Phrases');
    expect(screen.getByRole('heading', { name: 'Phrases to copy' })).toBeTruthy();
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Ask for help' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(today.getAttribute('aria-selected')).toBe('true');
    expect(today.getAttribute('tabindex')).toBe('0');
  });

  it('keeps what was typed in a tab when switching away and back', () => {
    show({ initialTab: 'ask' });
    fireEvent.input(screen.getByLabelText('Who could you ask? (optional)'), { target: { value: 'Priya' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Today' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Ask for help' }));
    expect((screen.getByLabelText('Who could you ask? (optional)') as HTMLInputElement).value).toBe('Priya');
  });

  it('announces what happened in one live region', () => {
    show({ announcement: 'Copied' });
    expect(screen.getByRole('status').textContent).toBe('Copied');
  });

  it('says so when the background did not answer', () => {
    show({ status: { state: 'unavailable' } });
    expect(screen.getByText(/still waking up/)).toBeTruthy();
  });

  it('has a place for switching Echt on the current site, when the container provides one', () => {
    const onToggle = vi.fn();
    const slack = { host: 'app.slack.com', builtIn: true, enabled: true, permission: null, granted: true };
    show({ site: { status: slack, onToggle } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));
    expect(onToggle).toHaveBeenCalledWith(false);
  });

  it('opens the settings on request', () => {
    const { onOpenSettings } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(onOpenSettings).toHaveBeenCalledExactlyOnceWith();
  });
});
