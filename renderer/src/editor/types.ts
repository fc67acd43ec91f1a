// What the editor tells the page about its document: one entry per section and item, in order,
// with its number computed by the shared label function (never stored).
import type { ResponsibleUnits } from '../../../shared/outline/document';

export interface EditorBlock {
  uid: string;
  level: 1 | 2 | 3 | 4;
  /** 一、 （一） 1. （1） */
  label: string;
  /** The text up to the first 。 (shared/outline/lead.ts). */
  lead: string;
  units: ResponsibleUnits;
  deadline: string;
}

/**
 * How a new block list differs from the one before: 'text' when only lead sentences, units or
 * deadlines changed (the same entries, in the same order, with the same levels and numbers);
 * 'structure' when entries came, went, moved or were renumbered. Typing is 'text'.
 */
export type BlocksChange = 'structure' | 'text';
