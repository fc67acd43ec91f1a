// The preview's PDF: asked of the service (which prints it with the same Printer as 导出 PDF),
// opened with pdf.js, and asked again when the plan changes (polled, debounced). The service
// answers a repeated request without printing when nothing printed has changed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FontCheck } from '../../../shared/official/font-check';
import { call, errorMessage } from '../api/client';
import { base64ToBytes, closePdf, openPdf, type PDFDocumentProxy } from './pdf';

/** How often the preview looks whether the plan was saved elsewhere (the editor, another window). */
const POLL_MS = 3000;
/** Saves come in bursts while someone types: wait for a pause before printing again. */
const DEBOUNCE_MS = 800;

export interface PreviewState {
  doc: PDFDocumentProxy | null;
  pages: number;
  fonts: FontCheck | null;
  /** Printing the first time, or again after a change. */
  busy: boolean;
  error: string | null;
  /** When the pages shown were made. */
  madeAt: Date | null;
}

export function usePreview(planId: string): PreviewState & { refresh: () => void } {
  const [state, setState] = useState<PreviewState>({ doc: null, pages: 0, fonts: null, busy: true, error: null, madeAt: null });
  const key = useRef<string | null>(null);
  const seq = useRef(0);
  const updatedAt = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const load = useCallback(async () => {
    const ticket = ++seq.current;
    setState((s) => ({ ...s, busy: true, error: null }));
    try {
      const out = await call('export.preview', { id: planId });
      if (ticket !== seq.current) return;
      if (out.key === key.current) {
        setState((s) => ({ ...s, busy: false, fonts: out.fonts }));
        return;
      }
      const doc = await openPdf(base64ToBytes(out.base64));
      if (ticket !== seq.current) return closePdf(doc);
      key.current = out.key;
      setState({ doc, pages: doc.numPages, fonts: out.fonts, busy: false, error: null, madeAt: new Date() });
    } catch (e) {
      if (ticket === seq.current) setState((s) => ({ ...s, busy: false, error: errorMessage(e) }));
    }
  }, [planId]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void load(), DEBOUNCE_MS);
  }, [load]);

  useEffect(() => {
    void load();
    // Watch the plan's last save; a change prints the preview again.
    const poll = async () => {
      if (document.visibilityState !== 'visible') return;
      try {
        const plan = await call('plans.get', { id: planId });
        if (updatedAt.current !== null && plan.updatedAt !== updatedAt.current) schedule();
        updatedAt.current = plan.updatedAt;
      } catch {
        // the next poll tries again; a real failure shows when the preview is asked for
      }
    };
    void poll();
    const interval = setInterval(() => void poll(), POLL_MS);
    const onFocus = () => void poll();
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(interval);
      window.removeEventListener('focus', onFocus);
      if (timer.current) clearTimeout(timer.current);
      seq.current++;
    };
  }, [planId, load, schedule]);

  // A replaced document is freed once the new one is on screen.
  useEffect(() => () => closePdf(state.doc), [state.doc]);

  return { ...state, refresh: () => void load() };
}
