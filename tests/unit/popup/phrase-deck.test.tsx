import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type Locale, translator } from '../../../src/i18n';
import { PhraseDeck } from '../../../src/ui/popup/PhraseDeck';
import { SAM } from './fixtures';

function show(locale: Locale = 'en', onCopy = vi.fn(async (_text: string) => true)) {
  render(<PhraseDeck t={translator(locale)} locale={locale} people={[SAM]} onCopy={onCopy} />);
  return onCopy;
}

function phrases(): string[] {
  return within(document.querySelector('.phrase-list') as HTMLElement)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('p')?.textContent ?? '');
}

describe('PhraseDeck', () => {
  it('starts with checking in, and changes with the situation', () => {
    show();
    expect(phrases()[0]).toBe('How are you really doing?');
    fireEvent.change(screen.getByLabelText('Situation'), { target: { value: 'no-reply-needed' } });
    expect(phrases()[0]).toBe('Thinking of you. No need to reply.');
  });

  it("fills in a known person's first name, or the name as typed", () => {
    show();
    const name = screen.getByLabelText('For whom (optional)');
    fireEvent.input(name, { target: { value: 'Sam Peeters' } });
    expect(phrases()[0]).toBe('How are you really doing, Sam?');
    fireEvent.input(name, { target: { value: 'Priya' } });
    expect(phrases()[0]).toBe('How are you really doing, Priya?');
  });

  it('copies a phrase in one click and says it did', async () => {
    const onCopy = show();
    fireEvent.change(screen.getByLabelText('Situation'), { target: { value: 'concrete-help' } });
    const buttons = screen.getAllByRole('button', { name: 'Copy' });
    fireEvent.click(buttons[0] as HTMLElement);
    expect(onCopy).toHaveBeenCalledWith('Could I take [task] off your plate this week?');
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
    expect(screen.getByText('Fill in the parts in [brackets] before you send it.')).toBeTruthy();
  });

  it('keeps saying "Copy" when the clipboard refused', async () => {
    const onCopy = show(
      'en',
      vi.fn(async () => false),
    );
    await act(async () => {
      fireEvent.click(screen.getAllByRole('button', { name: 'Copy' })[0] as HTMLElement);
    });
    expect(onCopy).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Copied' })).toBeNull();
  });

  it('speaks Dutch', () => {
    show('nl');
    expect(screen.getByRole('heading', { name: 'Zinnen om te kopiëren' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Voor wie (mag leeg blijven)'), { target: { value: 'Sam' } });
    expect(phrases().join(' ')).toContain('Sam');
    expect(screen.getAllByRole('button', { name: 'Kopiëren' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('option', { name: 'Zelf om hulp vragen' })).toBeTruthy();
  });
});
