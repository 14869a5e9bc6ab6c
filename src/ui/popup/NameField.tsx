// A name to put in a sentence: any name, with the people Echt knows offered as the user types.
interface NameFieldProps {
  id: string;
  label: string;
  value: string;
  /** Known people's names, offered as the user types; any other name is fine too. */
  names: readonly string[];
  onInput: (value: string) => void;
}

const LONGEST = 80;

export function NameField({ id, label, value, names, onInput }: NameFieldProps) {
  const listId = `${id}-names`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        autocomplete="off"
        maxLength={LONGEST}
        list={names.length > 0 ? listId : undefined}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {names.length > 0 && (
        <datalist id={listId}>
          {[...new Set(names)].map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      )}
    </div>
  );
}
