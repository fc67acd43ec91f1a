// 完成时限: free text (2024年底前, 长期坚持) or a date picked from the calendar, kept as text.
import { useEffect, useId, useRef, useState } from 'react';

interface DeadlineFieldProps {
  value: string;
  year: number;
  onCommit: (value: string) => void;
}

/** 2024-06-30 -> 2024年6月30日前 */
function fromDateInput(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日前` : '';
}

export function DeadlineField({ value, year, onCommit }: DeadlineFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const picker = useRef<HTMLInputElement>(null);
  // Undo, another item, a restored version: show what the document says.
  useEffect(() => setText(value), [value]);

  const commit = (next: string) => {
    const clean = next.trim();
    setText(clean);
    if (clean !== value) onCommit(clean);
  };
  const presets = [`${year}年6月底前`, `${year}年底前`, '长期坚持'];

  return (
    <div className="field deadline-field">
      <label className="field-label" htmlFor={id}>
        完成时限
      </label>
      <div className="deadline-row">
        <input
          id={id}
          className="input"
          type="text"
          autoComplete="off"
          placeholder={`如 ${year}年底前`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => commit(text)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              commit(text);
            }
          }}
        />
        <button
          type="button"
          className="button button-small deadline-calendar"
          onClick={() => {
            try {
              picker.current?.showPicker();
            } catch {
              picker.current?.focus();
            }
          }}
        >
          日历
        </button>
        <input
          ref={picker}
          className="deadline-picker"
          type="date"
          tabIndex={-1}
          aria-label="从日历选择日期"
          min={`${year - 1}-01-01`}
          max={`${year + 5}-12-31`}
          onChange={(e) => {
            const picked = fromDateInput(e.target.value);
            if (picked) commit(picked);
          }}
        />
      </div>
      <div className="deadline-presets">
        {presets.map((p) => (
          <button key={p} type="button" className="preset" onClick={() => commit(p)}>
            {p}
          </button>
        ))}
      </div>
    </div>
  );
}
