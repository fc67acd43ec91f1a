// The local copy of a plan's unsaved document, in the browser's localStorage (one key per plan).
// Storage may be full or switched off; then the copy is simply not kept (the page says so).
import { decodeDraft, draftKey, encodeDraft, type LocalDraft } from '../../../shared/domain/draft';

export function readLocalCopy(planId: string): LocalDraft | null {
  try {
    return decodeDraft(window.localStorage.getItem(draftKey(planId)));
  } catch {
    return null;
  }
}

/** Throws when the storage refuses (full, unavailable). */
export function writeLocalCopy(planId: string, documentJson: string, now: Date = new Date()): void {
  window.localStorage.setItem(draftKey(planId), encodeDraft(now.toISOString(), documentJson));
}

export function removeLocalCopy(planId: string): void {
  try {
    window.localStorage.removeItem(draftKey(planId));
  } catch {
    // Nothing to clean up when storage is unavailable.
  }
}
