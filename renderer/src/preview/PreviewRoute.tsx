// The preview page loads on first use: pdf.js stays out of the bundle every other page waits for.
import { Suspense, lazy } from 'react';

const PreviewPage = lazy(() => import('./PreviewPage').then((m) => ({ default: m.PreviewPage })));

export function PreviewRoute({ id }: { id: string }) {
  return (
    <Suspense fallback={<p className="loading" role="status">正在打开预览…</p>}>
      <PreviewPage id={id} />
    </Suspense>
  );
}
