import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type Locale, translator } from '../../../src/i18n';
import { AskForHelp } from '../../../src/ui/popup/AskForHelp';
import { SAM } from './fixtures';

function show(locale: Locale = 'en') {
  const onCopy = vi.fn(async (_text: string) => true);
  render(<AskForHelp t={translator(locale)} people={[SAM]} onCopy={onCopy} />);
  return onCopy;
}

const sentence = () => document.getElementById('ask-sentence')?.textContent;

describe('AskForHelp', () => {
  it('turns what would help and from whom into one small request to copy', async () => {
    const onCopy = show();
    expect(sentence()).toBe("Could you take [task] over? I'm at my limit this week.");
    fireEvent.click(screen.getByLabelText('Someone to cover a meeting'));
    fireEvent.input(screen.getByLabelText('Who could you ask? (optional)'), { target: { value: 'Sam Peeters' } });
    expect(sentence()).toBe("Could you cover [meeting] for me on [day], Sam? I can't fit it in this week.");
    expect(document.querySelectorAll('#ask-sentence .slot')).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(onCopy).toHaveBeenCalledWith("Could you cover [meeting] for me on [day], Sam? I can't fit it in this week.");
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
  });

  it('offers its choices as one labelled group', () => {
    show();
    const group = screen.getByRole('group', { name: 'What would help you?' });
    expect(group.querySelectorAll('input[type="radio"]')).toHaveLength(6);
  });

  it('speaks informal Dutch', () => {
    show('nl');
    expect(screen.getByRole('heading', { name: 'Hulp vragen' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Iemand om mee te sparren'));
    fireEvent.input(screen.getByLabelText('Wie zou je het kunnen vragen? (mag leeg blijven)'), {
      target: { value: 'Priya' },
    });
    expect(sentence()).toBe('Mag ik tien minuten met je sparren over [onderwerp], Priya? Ik loop een beetje vast.');
  });
});
