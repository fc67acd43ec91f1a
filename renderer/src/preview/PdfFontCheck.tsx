// 字体检查 in the export dialog (PDF): asked again when the chosen font names change.
import { useEffect, useState } from 'react';
import type { FontCheck } from '../../../shared/official/font-check';
import type { ExportSettings } from '../../../shared/official/settings';
import { call, errorMessage } from '../api/client';
import { FontCheckList } from './FontCheckList';

export function PdfFontCheck({ planId, settings }: { planId: string; settings: ExportSettings }) {
  const [check, setCheck] = useState<FontCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fonts = settings.fonts;
  useEffect(() => {
    let live = true;
    call('export.fonts', { id: planId, settings: { ...settings, fonts } }).then(
      (c) => live && (setCheck(c), setError(null)),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
    // Only the font names change the answer; the other settings change which text is printed, rarely which fonts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [planId, fonts]);
  if (error) return <p className="form-error-summary" role="alert">{error}</p>;
  if (!check) return <p className="loading" role="status">正在检查本机字体…</p>;
  return <FontCheckList check={check} />;
}
