// The one labelled field of the options page: its label and hint name the control, and the
// value comes back as the control's own kind of value.
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Field } from '../../../src/ui/Field';

describe('Field', () => {
  it('is found by its label and read with its hint', () => {
    render(<Field id="name" label="Name" hint="As colleagues call you" value="" onValue={() => undefined} />);
    expect(screen.getByRole('textbox', { name: 'Name', description: 'As colleagues call you' })).toBeTruthy();
  });

  it('hands over each keystroke, or the value once the user is done with it', () => {
    const typed = vi.fn();
    const committed = vi.fn();
    render(
      <>
        <Field id="typed" label="Typed" value="" onValue={typed} />
        <Field id="committed" label="Committed" type="number" commit value={5} onValue={committed} />
      </>,
    );
    fireEvent.input(screen.getByLabelText('Typed'), { target: { value: 'Sam' } });
    fireEvent.input(screen.getByLabelText('Committed'), { target: { value: '7' } });
    expect(typed).toHaveBeenCalledWith('Sam');
    expect(committed).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Committed'), { target: { value: '7' } });
    expect(committed).toHaveBeenCalledWith('7');
  });

  it('offers choices and hands back the one chosen', () => {
    const chosen = vi.fn();
    render(
      <Field
        id="size"
        label="Size"
        choices={[
          { value: 'small', label: 'Small' },
          { value: 'large', label: 'Large' },
        ]}
        value="small"
        onValue={chosen}
      />,
    );
    fireEvent.change(screen.getByLabelText('Size'), { target: { value: 'large' } });
    expect(chosen).toHaveBeenCalledWith('large');
  });

  it('is a text area when it has rows, and can leave the layout to the form around it', () => {
    const { container } = render(
      <form>
        <Field id="notes" label="Notes" wrapper={false} rows={3} value="" onValue={() => undefined} />
      </form>,
    );
    expect(screen.getByLabelText('Notes').tagName).toBe('TEXTAREA');
    expect(container.querySelector('form > label + textarea')).not.toBeNull();
  });
});
