// Checking a form with an API method's own schema before anything is sent: one Chinese message per
// field, taken away again as soon as that field is edited.
import { useCallback, useState } from 'react';
import type { z } from 'zod';

export type FieldErrors = Partial<Record<string, string>>;

export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = typeof issue.path[0] === 'string' ? issue.path[0] : '_';
    out[key] ??= issue.message;
  }
  return out;
}

/** A year as typed: an empty box is NaN, so the schema refuses it (and `check` says to fill it in). */
export function yearFromText(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export interface FormErrors {
  errors: FieldErrors;
  /** Takes the messages of these fields away (they were just edited). */
  clear: (...fields: string[]) => void;
  /** The setter of a field's value that also takes its message away. */
  edit: <T>(field: string, set: (value: T) => void) => (value: T) => void;
  /**
   * The input as the schema reads it, or null after showing the refusals. `yearText` is the year box
   * as typed: left empty, it is asked for rather than called a wrong number.
   */
  check: <T>(schema: z.ZodType<T>, input: unknown, yearText?: string) => T | null;
  reset: () => void;
}

export function useFormErrors(): FormErrors {
  const [errors, setErrors] = useState<FieldErrors>({});
  const clear = useCallback(
    (...fields: string[]) =>
      setErrors((e) => {
        if (!fields.some((f) => e[f])) return e;
        const next = { ...e };
        for (const f of fields) delete next[f];
        return next;
      }),
    [],
  );
  const edit =
    <T,>(field: string, set: (value: T) => void) =>
    (value: T) => {
      set(value);
      clear(field);
    };
  const check = <T,>(schema: z.ZodType<T>, input: unknown, yearText?: string): T | null => {
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      setErrors({});
      return parsed.data;
    }
    const found = fieldErrors(parsed.error);
    if (yearText !== undefined && yearText.trim() === '') found.year = '请填写年度。';
    setErrors(found);
    return null;
  };
  const reset = useCallback(() => setErrors({}), []);
  return { errors, clear, edit, check, reset };
}
