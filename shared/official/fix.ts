// The one-click fix of 格式检查: half-width punctuation and straight quotes -> full-width, across a
// plan's document and notice fields. Pure: returns new values; the service saves them in one go.
import type { Notice } from '../api/contract';
import type { DocumentLike, SerializedNodeLike } from '../outline/document';
import { fixChars, fixPunctuation } from './punctuation';

function textNodes(node: SerializedNodeLike, into: SerializedNodeLike[] = []): SerializedNodeLike[] {
  if (node.type === 'text' && typeof node.text === 'string') into.push(node);
  for (const child of node.children ?? []) textNodes(child, into);
  return into;
}

/**
 * Fixes each top-level block as one text (a quote pair may span formatting runs) and writes the
 * result back into its text nodes in place of the characters they held. Returns a changed copy.
 */
export function fixDocumentPunctuation(doc: DocumentLike): { document: DocumentLike; changedBlocks: number } {
  const copy = structuredClone(doc) as DocumentLike;
  let changedBlocks = 0;
  for (const block of copy.root.children ?? []) {
    const nodes = textNodes(block);
    if (!nodes.length) continue;
    const texts = nodes.map((n) => n.text as string);
    const out = fixChars(texts.join(''));
    let pos = 0;
    let changed = false;
    nodes.forEach((n, i) => {
      const len = [...texts[i]!].length;
      const next = out.slice(pos, pos + len).join('');
      pos += len;
      if (next !== texts[i]) {
        n.text = next;
        changed = true;
      }
    });
    if (changed) changedBlocks++;
  }
  return { document: copy, changedBlocks };
}

const NOTICE_TEXT_FIELDS = ['title', 'recipients', 'note', 'cc', 'printer'] as const;

export function fixNoticePunctuation(notice: Notice): { notice: Notice; changedFields: string[] } {
  const next: Notice = { ...notice, signers: notice.signers.map(fixPunctuation) };
  const changedFields: string[] = [];
  for (const key of NOTICE_TEXT_FIELDS) {
    next[key] = fixPunctuation(notice[key]);
    if (next[key] !== notice[key]) changedFields.push(`notice.${key}`);
  }
  if (next.signers.some((s, i) => s !== notice.signers[i])) changedFields.push('notice.signers');
  return { notice: next, changedFields };
}
