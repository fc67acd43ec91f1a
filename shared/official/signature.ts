// Where the 署名 and 成文日期 stand (GB/T 9704-2012 7.3.5), in body character cells from the left
// edge of the type area, so every writer places them the same way.
import { GRID, textCells } from './layout';
import type { PlacedLine } from './model';

/**
 * Without a seal: the signature 2 characters in from the right, the date on the next line starting
 * 2 characters right of the signature's start; a date longer than that stands 2 in from the right and
 * the signature moves left to keep the 2-character step. Joint issue: the organs one under the other,
 * aligned at their start. With a seal: the date 4 characters in from the right, the signature centred
 * over it. `lineCells`: the line's width in body characters (28 on a portrait page).
 */
export function placeSignature(signers: readonly string[], date: string, sealed: boolean, lineCells: number = GRID.charsPerLine): { signers: PlacedLine[]; date: PlacedLine } {
  const W = lineCells;
  const names = signers.map((s) => s.trim()).filter(Boolean);
  const sigW = Math.max(0, ...names.map(textCells));
  const dateW = textCells(date);
  if (sealed) {
    const dateStart = Math.max(0, W - 4 - dateW);
    return {
      signers: names.map((text) => ({ text, indentCells: Math.max(0, dateStart + (dateW - textCells(text)) / 2) })),
      date: { text: date, indentCells: dateStart },
    };
  }
  let sigStart = W - 2 - sigW;
  let dateStart = sigStart + 2;
  if (!names.length || dateStart + dateW > W - 2) {
    dateStart = W - 2 - dateW;
    if (names.length) sigStart = dateStart - 2;
  }
  return {
    signers: names.map((text) => ({ text, indentCells: Math.max(0, sigStart) })),
    date: { text: date, indentCells: Math.max(0, dateStart) },
  };
}
