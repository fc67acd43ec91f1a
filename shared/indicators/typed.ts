// Values as people type them into a cell (the 指标总表, an Excel sheet): one reading for every surface.

/** 90, 90%, ９０．５, 1,300 -> the number; '' or xx (a placeholder) -> null; anything else -> undefined. */
export function parseTypedNumber(raw: string): number | null | undefined {
  const t = raw
    .trim()
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s%％]/g, '');
  if (t === '' || /^[xX×—-]+$/.test(t)) return null;
  return /^-?\d+(?:\.\d+)?$/.test(t) ? Number(t) : undefined;
}

/** Whether a text is a real calendar day written YYYY-MM-DD (not 2025-02-30). */
export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** 2025-12-31, 2025/12/31, 2025.12.31, 2025年12月31日 -> 2025-12-31; '' -> ''; anything else -> undefined. */
export function parseTypedDay(raw: string): string | undefined {
  const t = raw.trim();
  if (!t) return '';
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  const iso = m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : '';
  return iso && isIsoDay(iso) ? iso : undefined;
}
