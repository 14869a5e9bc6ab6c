import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../src/i18n';
import { LanguageSettings } from '../../src/ui/options/LanguageSettings';

describe('LanguageSettings', () => {
  it('offers the three language choices, each language named in itself', () => {
    render(<LanguageSettings t={translator('nl')} language="auto" onLanguageChange={async () => {}} />);
    const select = screen.getByLabelText('Taal') as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'Zelfde als mijn browser',
      'English',
      'Nederlands',
    ]);
    expect(select.value).toBe('auto');
  });

  it('stores the choice and confirms it', async () => {
    const change = vi.fn(async () => {});
    render(<LanguageSettings t={translator('en')} language="auto" onLanguageChange={change} />);
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'nl' } });
    expect(change).toHaveBeenCalledWith('nl');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
  });

  it('says when a choice could not be stored', async () => {
    render(
      <LanguageSettings
        t={translator('en')}
        language="en"
        onLanguageChange={() => Promise.reject(new Error('quota'))}
      />,
    );
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'nl' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Could not save'));
  });
});
