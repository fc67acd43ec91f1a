// Escaping for the HTML writer: every piece of text a user typed passes through here.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML element or attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** A CSS string literal ("…"), e.g. a font family name or a url(). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ').replace(/</g, '\\3c ')}"`;
}

/** A length in pt or mm for CSS, without float noise: 28.950000001 -> 28.95. */
export function num(n: number): string {
  return String(Number(n.toFixed(3)));
}
