// The lead sentence (引导句) of a block: its text up to and including the first 。
// Shown emphasised in the editor, listed in the outline, printed in the task table.

const LEAD_END = /[。！？!?]/;

/** Returns [lead, rest]; a text without 。 is all lead. */
export function splitLead(text: string): [string, string] {
  const m = LEAD_END.exec(text);
  if (!m) return [text, ''];
  const end = m.index + 1;
  return [text.slice(0, end), text.slice(end)];
}

export function leadSentence(text: string): string {
  return splitLead(text.trim())[0];
}
