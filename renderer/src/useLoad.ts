// Loads data for a page through the API and keeps the result, the error and a reload().
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { errorMessage } from './api/client';

export type Load<T> =
  | { status: 'loading'; data: T | undefined; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: T | undefined; error: string; errorCode: string | null };

export interface LoadHandle<T> {
  state: Load<T>;
  reload: () => void;
}

export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): LoadHandle<T> {
  const [state, setState] = useState<Load<T>>({ status: 'loading', data: undefined, error: null });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    setState((s) => ({ status: 'loading', data: s.data, error: null }));
    load().then(
      (data) => {
        if (ticket === latest.current) setState({ status: 'ready', data, error: null });
      },
      (e: unknown) => {
        if (ticket !== latest.current) return;
        const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : null;
        setState((s) => ({ status: 'error', data: s.data, error: errorMessage(e), errorCode: code }));
      },
    );
    // `load` is rebuilt each render; `deps` says when it means something new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
