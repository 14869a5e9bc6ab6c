// One labelled form field: its label, its control and an optional hint read with it. Every
// text box, number, time, date, text area and drop-down of the options page and the popup
// is written this way, so labels and hints are tied to their control the same way
// everywhere, and the caller is handed the value, never the event.
import type { ComponentChildren, JSX, Ref } from 'preact';

/** One option of a drop-down. */
interface Choice<V extends string> {
  value: V;
  label: string;
  /** The option's own language, when it is not the page's ("Nederlands" on an English page). */
  lang?: string;
}

interface FieldBase {
  id: string;
  label: ComponentChildren;
  labelClass?: string;
  /** Shown after the control and read with it (aria-describedby), as `${id}-help`. */
  hint?: ComponentChildren;
  /**
   * The element around label, control and hint: 'field' (the label above its control) by
   * default; false for none, where the form's own grid or row lays them out.
   */
  wrapper?: string | false;
  disabled?: boolean;
  /** More inside the field, after the hint: a problem message, a list of suggestions. */
  children?: ComponentChildren;
}

interface InputField extends FieldBase {
  type?: 'text' | 'url' | 'search' | 'number' | 'time' | 'date';
  value: string | number;
  onValue: (value: string) => void;
  /** Hand the value over when the user is done with it (change), not on every keystroke (input). */
  commit?: boolean;
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  autocomplete?: string;
  /** The id of a <datalist> of suggestions. */
  list?: string;
  /** Said to be required without the browser's own check (forms that check it themselves). */
  ariaRequired?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

interface TextAreaField extends FieldBase {
  rows: number;
  value: string;
  onValue: (value: string) => void;
  maxLength?: number;
  autocomplete?: string;
}

interface SelectField<V extends string> extends FieldBase {
  choices: readonly Choice<V>[];
  value: V;
  onValue: (value: V) => void;
}

type FieldProps<V extends string> = InputField | TextAreaField | SelectField<V>;

function Control<V extends string>(props: FieldProps<V> & { describedBy: string | undefined }) {
  const common = { id: props.id, disabled: props.disabled, 'aria-describedby': props.describedBy };
  if ('choices' in props) {
    const { choices, onValue } = props;
    return (
      <select
        {...common}
        value={props.value}
        onChange={(event) => {
          const chosen = choices.find((choice) => choice.value === event.currentTarget.value);
          if (chosen) onValue(chosen.value);
        }}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value} lang={choice.lang}>
            {choice.label}
          </option>
        ))}
      </select>
    );
  }
  const text = {
    ...common,
    maxLength: props.maxLength,
    autocomplete: props.autocomplete,
    value: props.value,
  };
  const hand = (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
    props.onValue(event.currentTarget.value);
  if ('rows' in props) return <textarea {...text} rows={props.rows} onInput={hand} />;
  return (
    <input
      {...text}
      ref={props.inputRef}
      type={props.type ?? 'text'}
      required={props.required}
      min={props.min}
      max={props.max}
      list={props.list}
      aria-required={props.ariaRequired}
      {...{ [props.commit ? 'onChange' : 'onInput']: hand }}
    />
  );
}

/** A drop-down: the value handed over is one of the choices' values. */
export function Field<V extends string>(props: SelectField<V>): JSX.Element;
/** A text box of any type (`type`), or a text area (`rows`). */
export function Field(props: InputField | TextAreaField): JSX.Element;
export function Field<V extends string>(props: FieldProps<V>): JSX.Element {
  const { id, label, labelClass, hint, wrapper = 'field', children } = props;
  const hintId = hint === undefined ? undefined : `${id}-help`;
  const parts = (
    <>
      <label for={id} class={labelClass}>
        {label}
      </label>
      <Control {...props} describedBy={hintId} />
      {hint !== undefined && (
        <p id={hintId} class="help">
          {hint}
        </p>
      )}
      {children}
    </>
  );
  return wrapper === false ? parts : <div class={wrapper}>{parts}</div>;
}
