// A table cell edited in place: click or Enter opens it, Enter saves, Esc cancels. A refused value
// stays in the box with the reason under it, so nothing typed is lost.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { errorMessage } from '../api/client';
import { InputError } from './tableModel';

interface EditableCellProps {
  /** What the value is, for screen readers and the tooltip: 目标值 */
  label: string;
  display: ReactNode;
  /** The text the editor starts with. */
  initial: string;
  kind?: 'text' | 'select' | 'date';
  options?: readonly { value: string; label: string }[];
  /** Saves the typed text; throws with a Chinese sentence when it is refused. */
  onSave: (text: string) => Promise<void>;
  className?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
}

export function EditableCell({ label, display, initial, kind = 'text', options = [], onSave, className, inputMode }: EditableCellProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement & HTMLSelectElement>(null);
  const returnFocus = useRef(false);
  const errorId = useId();

  useEffect(() => {
    if (editing) {
      input.current?.focus();
      if (kind === 'text') input.current?.select();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      button.current?.focus();
    }
  }, [editing, kind]);

  const open = () => {
    setText(initial);
    setError(null);
    setEditing(true);
  };

  const close = () => {
    returnFocus.current = true;
    setEditing(false);
    setError(null);
  };

  const save = async (value: string) => {
    if (busy) return;
    if (value === initial) return close();
    setBusy(true);
    try {
      await onSave(value);
      close();
    } catch (e) {
      setError(e instanceof InputError ? e.message : errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // An IME composing a word uses Enter to commit it: that Enter is not ours.
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      void save(text);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };

  if (!editing) {
    return (
      <td className={`cell-editable ${className ?? ''}`}>
        <button type="button" ref={button} className="cell-button" title={`点击修改${label}`} aria-label={`${label}：${typeof display === 'string' ? display : initial || '未填写'}，点击修改`} onClick={open}>
          {display}
        </button>
      </td>
    );
  }
  return (
    <td className={`cell-editable cell-editing ${className ?? ''}`}>
      {kind === 'select' ? (
        <select
          ref={input}
          className="cell-input"
          aria-label={label}
          value={text}
          disabled={busy}
          onChange={(e) => {
            setText(e.target.value);
            void save(e.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => !busy && !error && close()}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          ref={input}
          className="cell-input"
          type={kind === 'date' ? 'date' : 'text'}
          inputMode={inputMode}
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          value={text}
          disabled={busy}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
      )}
      {error ? (
        <p className="cell-bubble cell-error" id={errorId} role="alert">
          {error}
        </p>
      ) : (
        <p className="cell-bubble cell-hint">Enter 保存 · Esc 取消</p>
      )}
    </td>
  );
}
