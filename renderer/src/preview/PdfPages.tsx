// The PDF's pages as canvases, drawn when they come near the screen and redrawn on zoom.
import { useEffect, useRef, useState } from 'react';
import { CSS_PX_PER_PT, pageSizes, type PDFDocumentProxy, type PageSize } from './pdf';

function PdfPage({ doc, index, size, zoom }: { doc: PDFDocumentProxy; index: number; size: PageSize; zoom: number }) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [near, setNear] = useState(false);
  const scale = zoom * CSS_PX_PER_PT;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const io = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), { rootMargin: '1200px 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, []);

  useEffect(() => {
    if (!near || !canvas.current) return;
    let cancelled = false;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    void (async () => {
      const page = await doc.getPage(index);
      if (cancelled || !canvas.current) return;
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: scale * ratio });
      const c = canvas.current;
      c.width = Math.floor(viewport.width);
      c.height = Math.floor(viewport.height);
      task = page.render({ canvas: c, viewport });
      await task.promise.catch(() => {}); // cancelled by a newer zoom
    })();
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [near, doc, index, scale]);

  return (
    <div
      ref={box}
      className="preview-page"
      role="img"
      aria-label={`第 ${index} 页，共 ${doc.numPages} 页`}
      data-page={index}
      style={{ width: `${size.widthPt * scale}px`, height: `${size.heightPt * scale}px` }}
    >
      <canvas ref={canvas} />
    </div>
  );
}

export function PdfPages({ doc, zoom }: { doc: PDFDocumentProxy; zoom: number }) {
  const [sizes, setSizes] = useState<PageSize[] | null>(null);
  useEffect(() => {
    let live = true;
    void pageSizes(doc).then((s) => live && setSizes(s));
    return () => {
      live = false;
    };
  }, [doc]);
  if (!sizes) return null;
  return (
    <div className="preview-pages">
      {sizes.map((size, i) => (
        <PdfPage key={i} doc={doc} index={i + 1} size={size} zoom={zoom} />
      ))}
    </div>
  );
}
