// The state of one import: the source the user chose, the preview shown for it, the request in flight
// (reading the file, analysing, saving) and how to stop it. A change (restore a line, 繁体转简体) asks
// for a new preview; until it arrives the old one stays on screen, and cancelling keeps it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DroppedLineOut, ImportPreviewOut, ImportSource, MethodInput } from '../../../shared/api/contract';
import { call, errorMessage, isCancelled } from '../api/client';
import { ReadFileError, readFileAsBase64 } from './readFile';

export interface ImportRequest {
  source: ImportSource;
  /** What the user chose, as the dialog names it: the file's name, or 粘贴的文本. */
  name: string;
  /** The file's size in bytes; 0 for pasted text. */
  size: number;
  simplified: boolean;
  /** Ids of dropped lines put back, ascending. */
  restore: number[];
}

export type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; share: number }
  | { kind: 'analysing'; first: boolean }
  | { kind: 'saving' };

export interface Shown {
  request: ImportRequest;
  preview: ImportPreviewOut;
}

export type CommitFields = Pick<MethodInput<'import.commit'>, 'title' | 'year' | 'kind' | 'organ'>;

export function useImportPreview() {
  const [shown, setShown] = useState<Shown | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  /** Every dropped line seen, by id: a restored line is listed with the reason it was dropped. */
  const known = useRef(new Map<number, DroppedLineOut>());

  const stop = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  /** A new request replaces any running one; `finish` ends it unless a newer one took over. */
  const begin = useCallback(
    (phase: Phase) => {
      stop();
      const c = new AbortController();
      controller.current = c;
      setError(null);
      setPhase(phase);
      const finish = () => {
        if (controller.current !== c) return;
        controller.current = null;
        setPhase({ kind: 'idle' });
      };
      return { signal: c.signal, finish };
    },
    [stop],
  );

  const analyse = useCallback(
    async (request: ImportRequest, first: boolean) => {
      const { signal, finish } = begin({ kind: 'analysing', first });
      try {
        const preview = await call(
          'import.preview',
          { source: request.source, simplified: request.simplified, restore: request.restore },
          { signal },
        );
        for (const d of preview.dropped) known.current.set(d.id, d);
        setShown({ request, preview });
      } catch (e) {
        if (!isCancelled(e)) setError(errorMessage(e));
      } finally {
        finish();
      }
    },
    [begin],
  );

  const chooseFile = useCallback(
    async (file: File, simplified: boolean) => {
      const { signal, finish } = begin({ kind: 'reading', share: 0 });
      let base64: string;
      try {
        base64 = await readFileAsBase64(file, (share) => setPhase({ kind: 'reading', share }), signal);
      } catch (e) {
        finish();
        if (e instanceof ReadFileError) setError(e.message);
        return;
      }
      if (signal.aborted) return;
      known.current.clear();
      await analyse({ source: { kind: 'file', fileName: file.name, base64 }, name: file.name, size: file.size, simplified, restore: [] }, true);
    },
    [analyse, begin],
  );

  const pasteText = useCallback(
    (text: string, simplified: boolean) => {
      known.current.clear();
      return analyse({ source: { kind: 'text', text }, name: '粘贴的文本', size: 0, simplified, restore: [] }, true);
    },
    [analyse],
  );

  const change = useCallback(
    (edit: (r: ImportRequest) => ImportRequest) => {
      if (shown) void analyse(edit(shown.request), false);
    },
    [analyse, shown],
  );

  const restore = (id: number) => change((r) => ({ ...r, restore: [...new Set([...r.restore, id])].sort((a, b) => a - b) }));
  const unrestore = (id: number) => change((r) => ({ ...r, restore: r.restore.filter((x) => x !== id) }));
  const setSimplified = (simplified: boolean) => change((r) => ({ ...r, simplified }));

  /** Back to choosing a source; the preview is dropped (nothing was saved). */
  const reset = () => {
    stop();
    setShown(null);
    setError(null);
    setPhase({ kind: 'idle' });
  };

  const cancel = () => {
    stop();
    setPhase({ kind: 'idle' });
  };

  /** Saves the shown preview as a plan; resolves with its id, or null when it failed (error is set). */
  const commit = async (fields: CommitFields): Promise<string | null> => {
    if (!shown) return null;
    stop();
    setError(null);
    setPhase({ kind: 'saving' });
    const r = shown.request;
    try {
      const made = await call('import.commit', { source: r.source, simplified: r.simplified, restore: r.restore, ...fields });
      return made.planId;
    } catch (e) {
      setError(errorMessage(e));
      setPhase({ kind: 'idle' });
      return null;
    }
  };

  const restoredLines = (shown?.request.restore ?? []).map(
    (id) => known.current.get(id) ?? { id, line: id, text: '', reason: '' },
  );

  return { shown, phase, error, restoredLines, chooseFile, pasteText, restore, unrestore, setSimplified, reset, cancel, commit, clearError: () => setError(null) };
}
