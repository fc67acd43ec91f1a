import { describe, expect, it } from 'vitest';
import { breakTitle, titleWords } from '../../../shared/official/title-lines';
import { textCells } from '../../../shared/official/layout';

const shapeOk = (lines: string[]) => {
  const l = lines.map(textCells);
  if (l.length === 2) return l[0] !== l[1];
  if (l.length === 3) return (l[0]! < l[1]! && l[1]! < l[2]!) || (l[0]! > l[1]! && l[1]! > l[2]!) || (l[1]! > l[0]! && l[1]! > l[2]!);
  return true;
};

describe('title line breaking', () => {
  it('a title of up to 20 characters of 2号 stays on one line', () => {
    expect(breakTitle('关于印发2024年工作要点的通知').lines).toEqual(['关于印发2024年工作要点的通知']);
  });

  it('the 泰安 notice title breaks after 教育工委 and never inside 泰安市 or 工作要点', () => {
    const t = breakTitle('关于印发《中共泰安市委教育工委 泰安市教育局2024年工作要点》的通知');
    expect(t.lines).toEqual(['关于印发《中共泰安市委教育工委', '泰安市教育局2024年工作要点》的通知']);
    expect(t.shape).toBe('trapezoid');
  });

  it('the 杏花岭区 notice title becomes a trapezoid with the book-title mark kept with its words', () => {
    const t = breakTitle('关于印发《太原市杏花岭区“十四五”教育事业发展规划》的通知');
    expect(t.lines.join('')).toBe('关于印发《太原市杏花岭区“十四五”教育事业发展规划》的通知');
    expect(t.lines).toHaveLength(2);
    expect(shapeOk(t.lines)).toBe(true);
    expect(t.lines[1]!.startsWith('》')).toBe(false);
    expect(t.lines.some((l) => l.endsWith('《'))).toBe(false);
  });

  it('a long title gets three lines in a trapezoid or diamond, never an hourglass or rectangle, each within 20 cells', () => {
    const title = '关于进一步加强和改进新时代全市中小学校党的建设工作推动教育事业高质量发展的实施意见';
    const t = breakTitle(title);
    expect(t.lines).toHaveLength(3);
    expect(t.lines.join('')).toBe(title);
    expect(shapeOk(t.lines)).toBe(true);
    for (const l of t.lines) expect(textCells(l)).toBeLessThanOrEqual(20);
    // No break inside a word that ICU or the glue list knows.
    const words = titleWords(title);
    let pos = 0;
    const bounds = new Set([0]);
    for (const w of words) bounds.add((pos += w.length));
    let at = 0;
    for (const l of t.lines) expect(bounds.has((at += l.length))).toBe(true);
  });

  it('reports how many lines a title needs, for the three-line check', () => {
    expect(breakTitle('某'.repeat(70)).lineCount).toBeGreaterThan(3);
  });
});
