// The source's own numbers: whether items (1.) run on through the document or restart under each
// heading, and where the numbers skip or repeat (2. then 4.). The plan is numbered by its structure
// after import; these findings go into the preview's warnings.
import type { NumberingMode } from '../domain/plan';
import type { BlockLevel } from '../outline/numbering';
import { formatMarker } from '../outline/numbering';

export interface NumberedBlock {
  level: BlockLevel;
  ordinal: number;
  marker: string;
  line: number;
}

/** continuous when items go on counting after a new heading, restart when they begin again at 1. */
export function detectNumberingMode(blocks: readonly NumberedBlock[], fallback: NumberingMode): NumberingMode {
  let continuing = 0;
  let restarting = 0;
  let lastItem = 0;
  let headingSince = false;
  for (const b of blocks) {
    if (b.level === 1 || b.level === 2) headingSince = lastItem > 0;
    if (b.level !== 3 || !b.ordinal) continue;
    if (headingSince) {
      if (b.ordinal === 1) restarting++;
      else if (b.ordinal > lastItem) continuing++;
      headingSince = false;
    }
    lastItem = b.ordinal;
  }
  if (continuing === restarting) return fallback;
  return continuing > restarting ? 'continuous' : 'restart';
}

/** Warnings for numbers that skip or repeat, read with the numbering mode of the source. */
export function numberingWarnings(blocks: readonly NumberedBlock[], mode: NumberingMode): string[] {
  const warnings: string[] = [];
  const expected = [0, 0, 0, 0, 0];
  const lastMarker = ['', '', '', '', ''];
  for (const b of blocks) {
    if (b.level === 0 || !b.ordinal) continue;
    const level = b.level;
    const want = expected[level]! + 1;
    if (b.ordinal !== want) {
      const before = lastMarker[level] ? `前一个是“${lastMarker[level]}”` : '这一级从头开始';
      const what = b.ordinal > want ? `缺少“${formatMarker(level, want)}”` : '编号重复或倒退';
      warnings.push(`第${b.line}行：编号“${b.marker}”${what}（${before}）。导入后按结构重新编号。`);
    }
    expected[level] = b.ordinal;
    lastMarker[level] = b.marker;
    for (let deeper = level + 1; deeper <= 4; deeper++) {
      if (deeper === 3 && mode === 'continuous') continue;
      expected[deeper] = 0;
      lastMarker[deeper] = '';
    }
  }
  return warnings;
}
