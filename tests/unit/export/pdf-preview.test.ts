// The preview's PDF: printed once per version of the document, shared by requests that come while
// it prints, and printed again in the background after a save while someone is looking at it.
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../electron/api/dispatcher';
import type { Printer } from '../../../electron/services/export/pdf/printer';
import { openServices, type Services } from '../../../electron/services/index';
import { doc } from '../helpers/doc';
import { tmpDbPath } from '../helpers/tmp';

/** A printer that writes a PDF of one page per <p> and counts its prints. */
function fakePrinter(): Printer & { prints: string[] } {
  const prints: string[] = [];
  return {
    prints,
    async print(html) {
      prints.push(html);
      await new Promise((r) => setTimeout(r, 50));
      const pages = (html.match(/<p /g) ?? []).length;
      return Buffer.from(`%PDF-1.7\n${'<< /Type /Page >>\n'.repeat(pages)}%%EOF`);
    },
    close: async () => {},
  };
}

let s: Services | undefined;
afterEach(() => {
  vi.useRealTimers();
  s?.close();
});

function open(printer: Printer): Services {
  s = openServices({ dbPath: tmpDbPath(), mode: 'cli', printer, fontsDir: path.resolve(__dirname, '../../../resources/fonts') });
  return s;
}

describe('the print preview', () => {
  it('prints a version of the plan once, however often the preview asks, and shares a print under way', async () => {
    const printer = fakePrinter();
    const services = open(printer);
    const plan = services.plans.create({ year: 2025, title: '某县教育局2025年工作要点' });
    services.outline.save(plan.id, doc([{ level: 1, text: '党建引领' }, { level: 3, text: '巩固成果。' }]));
    const [a, b] = await Promise.all([services.pdf.preview(plan.id), services.pdf.preview(plan.id)]);
    expect(a).toBe(b);
    expect(await services.pdf.preview(plan.id)).toBe(a);
    expect(printer.prints).toHaveLength(1);
    expect(a.pages).toBeGreaterThan(0);
    // Another layout setting is another version.
    await services.pdf.preview(plan.id, { ...services.exporter.settings(plan.id), leadBold: true });
    expect(printer.prints).toHaveLength(2);
  });

  it('prints the new version in the background after a save while the preview is being looked at', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const printer = fakePrinter();
    const services = open(printer);
    const api = createDispatcher(services);
    const plan = services.plans.create({ year: 2025, title: '某县教育局2025年工作要点' });
    const first = doc([{ level: 1, text: '党建引领' }]);
    await api.dispatch('plans.saveDocument', { id: plan.id, document: first });
    expect(printer.prints).toHaveLength(0); // nobody looks at the preview: no print

    const shown = api.dispatch('export.preview', { id: plan.id });
    await vi.advanceTimersByTimeAsync(100);
    const one = await shown;
    expect(one.ok).toBe(true);
    expect(printer.prints).toHaveLength(1);

    // Three quick saves, then a pause: one print of the last version.
    for (const n of [1, 2, 3]) {
      await api.dispatch('plans.saveDocument', { id: plan.id, document: doc([{ level: 1, text: '党建引领' }, ...Array.from({ length: n }, () => ({ level: 3 as const, text: '新条目。' }))]) });
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(printer.prints).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(printer.prints).toHaveLength(2);
    expect((printer.prints[1]!.match(/新条目/g) ?? []).length).toBe(3);

    // The preview now answers at once with those pages.
    const again = await api.dispatch('export.preview', { id: plan.id });
    expect(printer.prints).toHaveLength(2);
    expect(again.ok && one.ok && (again.result as { key: string }).key !== (one.result as { key: string }).key).toBe(true);
  });
});
