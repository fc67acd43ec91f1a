// Unit names as chips: pick from the catalogue (a filtered list under the field) or type a new
// name and press Enter. Backspace in an empty field removes the last chip.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';

interface UnitChipsInputProps {
  label: string;
  values: readonly string[];
  catalogue: readonly string[];
  onChange: (values: string[]) => void;
}

const MAX_SUGGESTIONS = 8;
/** Typed separators that end a name: 、，, ；; and Enter. */
const SEPARATORS = /[、，,；;]/;

export function UnitChipsInput({ label, values, catalogue, onChange }: UnitChipsInputProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState(0);
  /** The user moved through the suggestions with the arrow keys: Enter takes the highlighted one. */
  const [navigated, setNavigated] = useState(false);

  const suggestions = useMemo(() => {
    const q = text.trim();
    return catalogue.filter((name) => !values.includes(name) && (!q || name.includes(q))).slice(0, MAX_SUGGESTIONS);
  }, [catalogue, values, text]);

  const add = (raw: string) => {
    const names = raw
      .split(SEPARATORS)
      .map((n) => n.trim())
      .filter((n) => n && !values.includes(n));
    setText('');
    setHighlight(0);
    setNavigated(false);
    if (names.length) onChange([...values, ...new Set(names)]);
  };
  const remove = (name: string) => onChange(values.filter((v) => v !== name));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    const shown = open && suggestions.length > 0;
    if (e.key === 'ArrowDown' && shown) {
      e.preventDefault();
      setHighlight((h) => (navigated ? (h + 1) % suggestions.length : 0));
      setNavigated(true);
    } else if (e.key === 'ArrowUp' && shown) {
      e.preventDefault();
      setHighlight((h) => (h - 1 + suggestions.length) % suggestions.length);
      setNavigated(true);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const typed = text.trim();
      const pick = shown && navigated ? suggestions[highlight] : undefined;
      add(pick ?? typed);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    } else if (e.key === 'Backspace' && !text && values.length) {
      remove(values[values.length - 1]!);
    }
  };

  const listId = `${id}-list`;
  const shown = open && suggestions.length > 0;
  return (
    <div className="chips-field">
      <label className="field-label" htmlFor={`${id}-input`}>
        {label}
      </label>
      <div className="chips-box">
        {values.map((name) => (
          <span key={name} className="chip chip-removable">
            {name}
            <button type="button" className="chip-remove" aria-label={`移除${label}“${name}”`} onClick={() => remove(name)}>
              ×
            </button>
          </span>
        ))}
        <input
          id={`${id}-input`}
          className="chips-input"
          type="text"
          autoComplete="off"
          role="combobox"
          aria-expanded={shown}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown && navigated ? `${id}-opt-${highlight}` : undefined}
          placeholder={values.length ? '' : '选择或输入后按回车'}
          value={text}
          onChange={(e) => {
            const v = e.target.value;
            if (SEPARATORS.test(v)) add(v);
            else {
              setText(v);
              setHighlight(0);
              setNavigated(false);
              setOpen(true);
            }
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            if (text.trim()) add(text);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      {shown ? (
        <ul className="chips-suggestions" role="listbox" id={listId} aria-label={`${label}候选`}>
          {suggestions.map((name, i) => (
            <li
              key={name}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={navigated && i === highlight}
              className={navigated && i === highlight ? 'chips-option chips-option-active' : 'chips-option'}
              // mousedown: choose before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                add(name);
              }}
              onMouseEnter={() => setHighlight(i)}
            >
              {name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
