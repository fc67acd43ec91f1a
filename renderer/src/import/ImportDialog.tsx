// 导入: choose a file or paste text, check the preview (structure, notice, indicator tables, every
// dropped line restorable), adjust title / year / kind / organ, and import: the plan is created and opened.
import { useState } from 'react';
import { apiContract } from '../../../shared/api/contract';
import { suggestPlanTitle, type PlanKind } from '../../../shared/domain/plan';
import { Dialog } from '../components/Dialog';
import { useFormErrors, yearFromText } from '../components/fieldErrors';
import { ImportPreviewView } from './ImportPreviewView';
import type { PlanFieldValues } from './PlanFields';
import { SourcePicker, type SourceMode } from './SourcePicker';
import { useImportPreview } from './useImportPreview';
import './import.css';

interface ImportDialogProps {
  onClose: () => void;
  /** The plan was saved: open it. */
  onImported: (planId: string) => void;
}

/** The user's own values; null = follow what the preview recognised. */
interface Edits {
  title: string | null;
  year: string | null;
  kind: PlanKind | null;
  organ: string | null;
}
const NO_EDITS: Edits = { title: null, year: null, kind: null, organ: null };

export function ImportDialog({ onClose, onImported }: ImportDialogProps) {
  const imp = useImportPreview();
  const [simplified, setSimplified] = useState(false);
  const [mode, setMode] = useState<SourceMode>('file');
  const [text, setText] = useState('');
  const [edits, setEdits] = useState<Edits>(NO_EDITS);
  const { errors, clear, check, reset } = useFormErrors();
  const saving = imp.phase.kind === 'saving';
  const updating = imp.phase.kind === 'analysing' && !imp.phase.first;
  const p = imp.shown?.preview;

  let values: PlanFieldValues | null = null;
  let titleHint = '';
  if (p) {
    const year = edits.year ?? String(p.year);
    const kind = edits.kind ?? p.kind;
    const organ = edits.organ ?? p.organ;
    const y = Number(year);
    const suggested = p.title || suggestPlanTitle(Number.isInteger(y) ? y : p.year, organ, kind);
    values = { title: edits.title ?? suggested, year, kind, organ };
    titleHint =
      edits.title === null
        ? p.title
          ? '从原文中识别，可直接修改。'
          : '原文中没有找到标题，已按年度、发文机关和类型拟定，可直接修改。'
        : edits.title !== suggested
          ? `已修改。${p.title ? '原文识别的标题' : '建议标题'}：${suggested}`
          : '';
  }

  const onFields = (patch: Partial<PlanFieldValues>) => {
    setEdits((e) => ({ ...e, ...patch }));
    clear(...Object.keys(patch));
  };

  const changeSource = () => {
    imp.reset();
    setEdits(NO_EDITS);
    reset();
  };

  const submit = async () => {
    if (!imp.shown || !values || saving) return;
    const fields = { title: values.title, year: yearFromText(values.year), kind: values.kind, organ: values.organ };
    const r = imp.shown.request;
    const input = check(apiContract['import.commit'].input, { source: r.source, simplified: r.simplified, restore: r.restore, ...fields }, values.year);
    if (!input) return;
    const planId = await imp.commit({ title: input.title, year: input.year, kind: input.kind, organ: input.organ });
    if (planId) onImported(planId);
  };

  const close = () => {
    imp.cancel();
    onClose();
  };

  return (
    <Dialog title="导入工作要点" onClose={close} busy={saving} size={imp.shown ? 'wide' : 'normal'}>
      {!imp.shown || !p || !values ? (
        <>
          <div className="dialog-body">
            <SourcePicker
              mode={mode}
              onMode={setMode}
              text={text}
              onText={setText}
              phase={imp.phase}
              error={imp.error}
              simplified={simplified}
              onSimplified={setSimplified}
              onFile={(file) => void imp.chooseFile(file, simplified)}
              onPaste={(text) => void imp.pasteText(text, simplified)}
              onCancel={imp.cancel}
            />
          </div>
          <div className="dialog-footer">
            <button type="button" className="button" onClick={close}>
              取消
            </button>
          </div>
        </>
      ) : (
        <>
          <ImportPreviewView
            request={imp.shown.request}
            preview={p}
            restored={imp.restoredLines}
            values={values}
            titleHint={titleHint}
            errors={errors}
            updating={updating}
            saving={saving}
            onFields={onFields}
            onRestore={imp.restore}
            onUndo={imp.unrestore}
            onSimplified={imp.setSimplified}
            onChangeSource={changeSource}
          />
          <div className="dialog-footer import-footer">
            <div className="import-footer-status" role="status">
              {updating ? (
                <>
                  <span className="import-spinner" aria-hidden="true" />
                  正在更新预览…
                  <button type="button" className="link-button" onClick={imp.cancel}>
                    取消更新
                  </button>
                </>
              ) : saving ? (
                <>
                  <span className="import-spinner" aria-hidden="true" />
                  正在导入并保存，请稍候…
                </>
              ) : imp.error ? (
                <span className="import-footer-error" role="alert">
                  {imp.error}
                </span>
              ) : (
                <span className="muted">导入前不会保存任何内容。</span>
              )}
            </div>
            <button type="button" className="button" onClick={close} disabled={saving}>
              取消
            </button>
            <button type="button" className="button button-primary" onClick={() => void submit()} disabled={saving || updating}>
              {saving ? '正在导入…' : '导入'}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
