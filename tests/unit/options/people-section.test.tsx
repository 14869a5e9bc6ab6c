// The people section as the options page mounts it, on the real people store (fake IndexedDB).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { Options } from '../../../entrypoints/options/context';
import { PeopleSection } from '../../../entrypoints/options/sections/PeopleSection';
import { type Locale, translator } from '../../../src/i18n';
import { addPerson, listCheckIns, listPeople, logCheckIn } from '../../../src/people';
import { peopleReplaced } from '../../../src/ui/options/data/changes';
import { emptyPeopleStore } from '../people/helpers';

beforeEach(emptyPeopleStore);

function show(locale: Locale = 'en') {
  render(
    <Options.Provider value={{ locale, t: translator(locale) }}>
      <PeopleSection />
    </Options.Provider>,
  );
}

function type(label: string | RegExp, value: string, container: HTMLElement = document.body) {
  fireEvent.input(within(container).getByLabelText(label), { target: { value } });
}

/** The list item of a person, found by the button that opens it. */
async function personItem(name: string): Promise<HTMLElement> {
  const toggle = await screen.findByRole('button', { name });
  const item = toggle.closest('li');
  if (!item) throw new Error(`${name} is not in the list`);
  return item;
}

async function open(name: string): Promise<HTMLElement> {
  const item = await personItem(name);
  const toggle = within(item).getByRole('button', { name });
  if (toggle.getAttribute('aria-expanded') === 'false') fireEvent.click(toggle);
  await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
  return item;
}

describe('the people section', () => {
  it('greets an empty list warmly, under its own heading', async () => {
    show();
    expect(await screen.findByText(/No one here yet/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'People' })).toBeTruthy();
    expect(screen.queryByLabelText('Find someone by name')).toBeNull();
  });

  it('adds a person with addresses and notes, then opens them', async () => {
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Add a person' }));
    const form = screen.getByRole('group', { name: 'New person' });
    type('Name', '  Sofié  Claes ', form);
    type('E-mail addresses', 'Sofie@Example.be\nsofie@home.be', form);
    type('Notes', 'Two kids. Runs on Sundays.', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));

    const item = await personItem('Sofié Claes');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Sofié Claes'));
    expect(within(item).getByRole('button', { name: 'Sofié Claes' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Sofié Claes added.')).toBeTruthy();
    const [stored] = await listPeople();
    expect(stored).toMatchObject({
      emails: ['sofie@example.be', 'sofie@home.be'],
      notes: 'Two kids. Runs on Sundays.',
    });
  });

  it('says in Dutch what is wrong with the form, and saves nothing', async () => {
    await addPerson({ name: 'Sam', emails: ['sam@example.nl'] }, Date.now());
    show('nl');
    fireEvent.click(await screen.findByRole('button', { name: 'Iemand toevoegen' }));
    const form = screen.getByRole('group', { name: 'Nieuwe persoon' });

    fireEvent.click(within(form).getByRole('button', { name: 'Toevoegen' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Geef een naam op — een voornaam is genoeg.');

    type('Naam', 'Noor', form);
    type('E-mailadressen', 'noor@', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Toevoegen' }));
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toMatch(/klopt niet helemaal/));

    type('E-mailadressen', 'SAM@example.nl', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Toevoegen' }));
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toMatch(/hoort al bij iemand anders/));
    expect((await listPeople()).map((person) => person.name)).toEqual(['Sam']);
  });

  it('finds people by name whatever the accents or case', async () => {
    for (const name of ['Sofié Claes', 'Sam de Vries', 'Noor']) await addPerson({ name }, Date.now());
    show();
    await screen.findByLabelText('Find someone by name');
    type('Find someone by name', 'SOFIE');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Sam de Vries' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Sofié Claes' })).toBeTruthy();
    expect(screen.getByText('Found: 1')).toBeTruthy();

    type('Find someone by name', 'zzz');
    expect(await screen.findByText('No one matches “zzz”.')).toBeTruthy();
  });

  it('edits name and notes', async () => {
    await addPerson({ name: 'Sam', notes: 'Old note' }, Date.now());
    show();
    const item = await open('Sam');
    type('Name', 'Sam de Vries', item);
    type('Notes', 'Moved to Utrecht', item);
    fireEvent.click(within(item).getAllByRole('button', { name: 'Save' })[0] as HTMLElement);
    expect(await screen.findByRole('button', { name: 'Sam de Vries' })).toBeTruthy();
    expect((await listPeople())[0]).toMatchObject({ name: 'Sam de Vries', notes: 'Moved to Utrecht' });
  });

  it('keeps "ask about" items: add with a date, tick off, edit, remove', async () => {
    await addPerson({ name: 'Sam' }, Date.now());
    show();
    const item = await open('Sam');
    const addForm = within(item).getByRole('form', { name: 'Add something to ask Sam about' });
    type('Something to ask about', 'Knee surgery', addForm);
    type('Date (optional)', '2026-03-12', addForm);
    fireEvent.click(within(addForm).getByRole('button', { name: 'Add' }));

    const list = await within(item).findByRole('list', { name: 'Ask about' });
    expect(within(list).getByText('12 March 2026')).toBeTruthy();
    expect(await screen.findByText('Added: Knee surgery')).toBeTruthy();

    const done = within(list).getByRole('checkbox', { name: 'Knee surgery' }) as HTMLInputElement;
    fireEvent.click(done);
    expect(await screen.findByText('Done: Knee surgery')).toBeTruthy();
    expect(done.checked).toBe(true);
    expect((await listPeople())[0]?.askAbout[0]?.done).toBe(true);

    fireEvent.click(within(list).getByRole('button', { name: 'Edit “Knee surgery”' }));
    type('Something to ask about', 'Knee surgery recovery', list);
    type('Date (optional)', '', list);
    fireEvent.click(within(list).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await listPeople())[0]?.askAbout[0]).toMatchObject({ text: 'Knee surgery recovery', done: true }),
    );
    expect((await listPeople())[0]?.askAbout[0]?.date).toBeUndefined();

    fireEvent.click(await within(item).findByRole('button', { name: 'Remove “Knee surgery recovery”' }));
    expect(await within(item).findByText(/Nothing yet\. Small things/)).toBeTruthy();
  });

  it('refuses an "ask about" item without text, in words', async () => {
    await addPerson({ name: 'Sam' }, Date.now());
    show();
    const item = await open('Sam');
    const addForm = within(item).getByRole('form', { name: 'Add something to ask Sam about' });
    fireEvent.click(within(addForm).getByRole('button', { name: 'Add' }));
    expect((await within(addForm).findByRole('alert')).textContent).toBe('Write what you want to ask about.');
  });

  it('sets a reconnect interval of its own, or none', async () => {
    await addPerson({ name: 'Sam' }, Date.now());
    show();
    const item = await open('Sam');
    const choice = within(item).getByLabelText('Suggest getting in touch after') as HTMLSelectElement;
    expect(choice.value).toBe('default');
    expect(choice.options[0]?.textContent).toBe('4 weeks (as for everyone)');
    fireEvent.change(choice, { target: { value: '2' } });
    await waitFor(async () => expect((await listPeople())[0]?.reconnectWeeks).toBe(2));
    fireEvent.change(choice, { target: { value: 'off' } });
    await waitFor(async () => expect((await listPeople())[0]?.reconnectWeeks).toBe('off'));
    fireEvent.change(choice, { target: { value: 'default' } });
    await waitFor(async () => expect((await listPeople())[0]?.reconnectWeeks).toBeUndefined());
  });

  it('logs a check-in by hand with a note, shows it, and takes it back', async () => {
    const sam = await addPerson({ name: 'Sam' }, Date.now());
    await logCheckIn({ personId: sam.id, at: Date.now() - 3 * 86_400_000, how: 'chat' });
    show();
    const item = await open('Sam');
    const history = await within(item).findByRole('list', { name: 'Recent check-ins' });
    expect(within(history).getByText('3 days ago')).toBeTruthy();

    const form = within(item).getByRole('form', { name: 'Log a check-in with Sam' });
    fireEvent.change(within(form).getByLabelText('How'), { target: { value: 'coffee' } });
    type('Note (optional, one line)', 'Talked about the move', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Log check-in' }));

    expect(await within(history).findByText(/Talked about the move/)).toBeTruthy();
    expect(within(history).getByText('Coffee')).toBeTruthy();
    expect(within(item).getByText('Last check-in less than a minute ago')).toBeTruthy();

    const [newest] = await listCheckIns({ personId: sam.id });
    fireEvent.click(within(history).getAllByRole('button', { name: /^Remove check-in \(Coffee, / })[0] as HTMLElement);
    await waitFor(async () =>
      expect((await listCheckIns({ personId: sam.id })).map((entry) => entry.id)).not.toContain(newest?.id),
    );
    expect(await within(item).findByText('Last check-in 3 days ago')).toBeTruthy();
  });

  it('deletes a person only after asking, and keeps them when asked to', async () => {
    await addPerson({ name: 'Sam' }, Date.now());
    show();
    const item = await open('Sam');
    fireEvent.click(within(item).getByRole('button', { name: 'Delete Sam…' }));
    const question = within(item).getByRole('group', { name: /^Delete Sam, with your notes/ });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Keep'));

    fireEvent.click(within(question).getByRole('button', { name: 'Keep' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Delete Sam…'));
    expect(await listPeople()).toHaveLength(1);

    fireEvent.click(within(item).getByRole('button', { name: 'Delete Sam…' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Delete Sam' }));
    expect(await screen.findByText('Sam deleted.')).toBeTruthy();
    expect(await listPeople()).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Sam' })).toBeNull();
  });

  it('reads the list again when the data section replaced it', async () => {
    show();
    await screen.findByText(/No one here yet/);
    await addPerson({ name: 'Noor' }, Date.now());
    peopleReplaced.notify();
    expect(await screen.findByRole('button', { name: 'Noor' })).toBeTruthy();
  });
});
