// pdf.js, bundled with the app (no CDN): opens the PDF the service printed so the preview shows
// exactly its pages. The worker is a file next to the app's other assets.
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy };

/** CSS pixels per PDF point: at zoom 1 a page shows at its printed size. */
export const CSS_PX_PER_PT = 96 / 72;

export function base64ToBytes(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
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
