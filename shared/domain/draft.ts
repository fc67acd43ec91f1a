// The local copy of a document not yet saved (kept in the browser's storage while a save is
// pending or failing), and when reopening a plan should offer it back (恢复未保存的内容).

export interface LocalDraft {
  /** When the copy was taken (ISO). */
  savedAt: string;
  /** The editor document. */
  document: unknown;
}

const DRAFT_KEY_PREFIX = 'plandesk.draft.';

export function draftKey(planId: string): string {
  return DRAFT_KEY_PREFIX + planId;
}

/** The stored form, built around the already serialized document so it is not stringified twice. */
export function encodeDraft(savedAt: string, documentJson: string): string {
  return `{"v":1,"savedAt":${JSON.stringify(savedAt)},"document":${documentJson}}`;
}

/** Reads a stored copy; anything unreadable counts as no copy. */
export function decodeDraft(raw: string | null): LocalDraft | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as { v?: unknown; savedAt?: unknown; document?: unknown };
    if (value.v !== 1 || typeof value.savedAt !== 'string' || Number.isNaN(Date.parse(value.savedAt))) return null;
    if (typeof value.document !== 'object' || value.document === null) return null;
    return { savedAt: value.savedAt, document: value.document };
  } catch {
    return null;
  }
}

/** Deep equality of two JSON values, ignoring key order (the service may reorder keys). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    return a.length === bs.length && a.every((x, i) => sameJson(x, bs[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(ao).filter((k) => ao[k] !== undefined);
  if (keys.length !== Object.keys(bo).filter((k) => bo[k] !== undefined).length) return false;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(bo, k) && sameJson(ao[k], bo[k]));
}

/**
 * A local copy is worth offering when it says something other than the saved document. A copy is
 * removed as soon as the save of the same content succeeds, so one that is left is newer than the
 * save. Comparing times would not do: a copy taken while an earlier save was still on its way is
 * newer than that save, yet older than the time the service stamped on it.
 */
export function shouldOfferDraft(draft: LocalDraft | null, saved: { document: unknown }): boolean {
  if (!draft) return false;
  return !sameJson(draft.document, saved.document);
}
