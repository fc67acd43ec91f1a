// pdf.js, bundled with the app (no CDN): opens the PDF the service printed so the preview shows
// exactly its pages. The worker is a file next to the app's other assets.
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;
// Started as soon as the preview's code loads, so its 1.2 MB script is parsed while the PDF prints.
if (typeof Worker !== 'undefined' && !GlobalWorkerOptions.workerPort) {
  try {
    GlobalWorkerOptions.workerPort = new Worker(workerUrl, { type: 'module' });
  } catch {
    // pdf.js starts its own worker from workerSrc
  }
}

export type { PDFDocumentProxy };

/** CSS pixels per PDF point: at zoom 1 a page shows at its printed size. */
export const CSS_PX_PER_PT = 96 / 72;

export function base64ToBytes(base64: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(base64);
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // No wasm decoders (PlanDesk's PDFs hold text and rules only), embedded fonts only: the preview
  // draws with the fonts the PDF carries.
  return getDocument({ data: bytes, useWasm: false, useSystemFonts: false, enableXfa: false }).promise;
}

/** Frees a document's worker-side data. */
export function closePdf(doc: PDFDocumentProxy | null): void {
  if (doc) void doc.loadingTask.destroy();
}

export interface PageSize {
  widthPt: number;
  heightPt: number;
}

/** Every page's size (portrait or landscape), asked of the worker all at once. */
export function pageSizes(doc: PDFDocumentProxy): Promise<PageSize[]> {
  return Promise.all(
    Array.from({ length: doc.numPages }, async (_, i) => {
      const vp = (await doc.getPage(i + 1)).getViewport({ scale: 1 });
      return { widthPt: vp.width, heightPt: vp.height };
    }),
  );
}
