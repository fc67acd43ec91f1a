// A finding of the format check (格式检查): a Chinese sentence and the place it is about, so the
// dialog can jump there. One schema for the API and the CLI's --json.
import { z } from 'zod';

export const FindingLocationSchema = z.discriminatedUnion('kind', [
  /** A plan field: title, notice.docNumber, notice.date, noticeBody … */
  z.object({ kind: z.literal('field'), field: z.string() }),
  /** An outline block (section or item) by its uid. */
  z.object({ kind: z.literal('item'), uid: z.string() }),
  /** A body paragraph by its index among the document's top-level blocks. */
  z.object({ kind: z.literal('block'), index: z.number().int().min(0) }),
]);
export type FindingLocation = z.infer<typeof FindingLocationSchema>;

export const FINDING_CODES = [
  'docNumber',
  'date',
  'punctuation',
  'titleLines',
  'emptyHeading',
  'missingUnits',
  'numbering',
  'missingField',
] as const;

export const FindingSchema = z.object({
  code: z.enum(FINDING_CODES),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  location: FindingLocationSchema,
  /** The one-click fix that resolves it, if any. */
  fix: z.enum(['punctuation']).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
export type FindingCode = Finding['code'];
