// Fonts as the HTML writer needs them: @font-face rules and, per role, the families to try in
// order. The Node side decides which (installed official fonts, shipped stand-ins); this stays pure.
import type { FontRole } from '../fonts';
import { cssString } from './escape';

export interface HtmlFontFace {
  family: string;
  /** A URL (file:, data:) or, with `local`, a font's full name on this PC. */
  src: string;
  local?: boolean;
  weight?: number;
  unicodeRange?: string;
  /** Layout metrics in % of the em (ascent-override …), so a stand-in takes the room the official font would. */
  metrics?: { ascent: number; descent: number; lineGap: number };
}

export interface HtmlFonts {
  faces: HtmlFontFace[];
  /** Families per role, first choice first; the browser falls through per character. */
  stacks: Record<FontRole, string[]>;
}

export const FONT_ROLES: readonly FontRole[] = ['title', 'fang', 'kai', 'hei', 'song'];

/** A CSS font-family value; a generic family ends it so that no character is left without a font. */
export function familyList(stack: readonly string[], generic: 'serif' | 'sans-serif' = 'serif'): string {
  return [...stack.map(cssString), generic].join(', ');
}

export function fontFaceCss(faces: readonly HtmlFontFace[]): string {
  return faces
    .map((f) => {
      const src = f.local ? `local(${cssString(f.src)})` : `url(${cssString(f.src)})`;
      const range = f.unicodeRange ? `unicode-range:${f.unicodeRange};` : '';
      const m = f.metrics ? `ascent-override:${f.metrics.ascent}%;descent-override:${f.metrics.descent}%;line-gap-override:${f.metrics.lineGap}%;` : '';
      return `@font-face{font-family:${cssString(f.family)};src:${src};font-weight:${f.weight ?? 400};font-style:normal;font-display:block;${m}${range}}`;
    })
    .join('\n');
}

/** Fonts by name only (no faces): what a PC without the shipped stand-ins would use. */
export function namedFonts(names: Record<FontRole, string>): HtmlFonts {
  const stacks = {} as Record<FontRole, string[]>;
  for (const role of FONT_ROLES) stacks[role] = [names[role]];
  return { faces: [], stacks };
}
