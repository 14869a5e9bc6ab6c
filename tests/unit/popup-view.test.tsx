import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../src/i18n';
import { PopupView } from '../../src/ui/PopupView';

const ready = { state: 'ready', status: { version: '0.1.0', installedAt: Date.UTC(2026, 10, 21, 12) } } as const;

describe('PopupView', () => {
  it('shows name, purpose and install day in English', () => {
    render(<PopupView t={translator('en')} locale="en" status={ready} onOpenSettings={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Echt' })).toBeTruthy();
    expect(screen.getByText('Helps you do the small things that make a colleague feel seen.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('With you since 21 November 2026');
  });

  it('speaks Dutch, dates included', () => {
    render(<PopupView t={translator('nl')} locale="nl" status={ready} onOpenSettings={() => {}} />);
    expect(screen.getByText('Helpt je met de kleine dingen waardoor een collega zich gezien voelt.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Bij je sinds 21 november 2026');
    expect(screen.getByRole('button', { name: 'Instellingen' })).toBeTruthy();
  });

  it('says so when the background did not answer', () => {
    render(<PopupView t={translator('en')} locale="en" status={{ state: 'unavailable' }} onOpenSettings={() => {}} />);
    expect(screen.getByRole('status').textContent).toContain('still waking up');
  });

  it('opens the settings on request', () => {
    const open = vi.fn();
    render(<PopupView t={translator('en')} locale="en" status={ready} onOpenSettings={open} />);
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(open).toHaveBeenCalledOnce();
  });
});
