// Autosave for the plan page: the SaveQueue wired to the API, to a local copy per plan, and to
// the moments a page can be left (route change, window hidden or closed).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { OutlineItem } from '../../../shared/api/contract';
import { call, errorMessage } from '../api/client';
import { removeLocalCopy, writeLocalCopy } from './localCopy';
import { SaveQueue, type SaveStatus } from './saveQueue';

/** The functions keep their identity for the page's plan; `status` follows the saves. */
export interface Autosave {
  status: SaveStatus;
  /** The editor's newest document. */
  update: (doc: unknown) => void;
  /** Saves now; resolves true once everything is saved. */
  flush: () => Promise<boolean>;
  /** The document was replaced from outside (a version restored); `doc` is what is saved now. */
  reset: (doc: unknown) => void;
}

interface AutosaveOptions {
  planId: string;
  /** The document as the plan was loaded (null: never saved). */
  savedDocument: unknown;
  /** The outline the service derived from the document it saved. */
  onSaved?: (outline: OutlineItem[]) => void;
  /** Runs right before each save with the document about to be saved (plain JSON); must not throw. */
  beforeSave?: (doc: unknown) => Promise<void>;
}

/** Quiet time after the last keystroke before saving; the save itself takes a few milliseconds. */
const AUTOSAVE_DELAY_MS = 800;

type DocumentInput = Parameters<typeof call<'plans.saveDocument'>>[1]['document'];

/** Plain JSON of the editor states already exported: a state is immutable, so once is enough. */
const exported = new WeakMap<object, unknown>();

/**
 * The editor hands out its immutable state and serialises it (toJSON) only when a save needs it;
 * IPC carries plain JSON, never the object itself. A save asks twice (for the local copy and the
 * comparison, then to send it); the 125 KB of a 300-item plan are exported once.
 */
export function plainDocument(doc: unknown): unknown {
  if (doc === null || typeof doc !== 'object' || typeof (doc as { toJSON?: unknown }).toJSON !== 'function') return doc;
  let plain = exported.get(doc);
  if (plain === undefined) {
    plain = (doc as { toJSON: () => unknown }).toJSON();
    exported.set(doc, plain);
  }
  return plain;
}

export function useAutosave({ planId, savedDocument, onSaved, beforeSave }: AutosaveOptions): Autosave {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const beforeSaveRef = useRef(beforeSave);
  beforeSaveRef.current = beforeSave;

  const queue = useMemo(
    () =>
      new SaveQueue<unknown>(
        {
          save: async (doc) => {
            const plain = plainDocument(doc);
            await beforeSaveRef.current?.(plain);
            const outline = await call('plans.saveDocument', { id: planId, document: plain as DocumentInput });
            onSavedRef.current?.(outline);
          },
          serialize: (doc) => JSON.stringify(plainDocument(doc)),
          onStatus: setStatus,
          keepCopy: (json) => writeLocalCopy(planId, json),
          dropCopy: () => removeLocalCopy(planId),
          describeError: errorMessage,
          // Typing stops, and within a second the text is stored.
          delayMs: AUTOSAVE_DELAY_MS,
        },
        savedDocument === null || savedDocument === undefined ? null : JSON.stringify(savedDocument),
      ),
    // One queue per plan page; the saved document only seeds it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [planId],
  );

  // Desktop only: closing the window with unsaved text first saves it, then closes. (A browser tab
  // would show its leave-page dialog instead; there the local copy covers a close.)
  useEffect(() => {
    if (!window.plandesk) return;
    let closing = false;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (closing || !queue.hasUnsaved()) return;
      closing = true;
      e.preventDefault();
      queue.stash();
      void queue.flush().finally(() => window.close());
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [queue]);

  useEffect(() => {
    queue.activate();
    const leave = () => {
      queue.stash();
      void queue.flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the page (another route): save what is left; the copy covers a failure.
      leave();
      queue.dispose();
    };
  }, [queue]);

  const actions = useMemo(
    () => ({
      update: (doc: unknown) => queue.update(doc),
      flush: () => queue.flush(),
      reset: (doc: unknown) => queue.reset(doc === null || doc === undefined ? null : JSON.stringify(doc)),
    }),
    [queue],
  );
  return { status, ...actions };
}
