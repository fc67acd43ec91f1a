// 导出 Word: the layout and its fields (remembered per plan), 格式检查 with jumps and the one-click
// punctuation fix, and the download. Everything typed is kept when a call fails.
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { apiContract, type ExportSetup, type Notice } from '../../../shared/api/contract';
import type { Finding } from '../../../shared/official/findings';
import { FONT_NAMES } from '../../../shared/official/fonts';
import { LAYOUT_LABELS, defaultNoticeBody, type ExportSettings } from '../../../shared/official/settings';
import { call, errorMessage } from '../api/client';
import { downloadBase64, MIME } from '../api/files';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { PdfFontCheck } from '../preview/PdfFontCheck';
import { FindingsPanel } from './FindingsPanel';
import { NoticeFields, fieldId } from './NoticeFields';
import './export.css';

interface ExportDialogProps {
  planId: string;
  planTitle: string;
  onClose: () => void;
  /** Word (.docx) or PDF: the same settings, the PDF also shows the 字体检查. */
  format?: 'docx' | 'pdf';
  /**
   * 一键修正标点 changed the saved plan (its text or title): a page showing the plan reads it again,
   * or its next autosave would put the old punctuation back.
   */
  onPlanChanged?: () => void;
}

type Errors = Partial<Record<string, string>>;

/** One message per field, keyed like the findings' locations: notice.date, noticeBody … */
function inputErrors(setup: ExportSetup, id: string): Errors | null {
  const parsed = apiContract['export.settings.set'].input.safeParse({ id, ...setup });
  if (parsed.success) return null;
  const out: Errors = {};
  for (const issue of parsed.error.issues) {
    const [head, key] = issue.path;
    const name = head === 'notice' && typeof key === 'string' ? `notice.${key}` : head === 'settings' && typeof key === 'string' ? key : '_';
    out[name] ??= issue.message;
  }
  return out;
}

const fontSummary = (set: keyof typeof FONT_NAMES) => Object.values(FONT_NAMES[set]).filter((v, i, a) => a.indexOf(v) === i).join('、');

export function ExportDialog({ planId, planTitle, onClose, format = 'docx', onPlanChanged }: ExportDialogProps) {
  const formatName = format === 'pdf' ? 'PDF' : 'Word';
  const ids = useId();
  const [setup, setSetup] = useState<ExportSetup | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'export' | 'fix' | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const checkSeq = useRef(0);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      setSetup(await call('export.settings.get', { id: planId }));
    } catch (e) {
      setLoadError(errorMessage(e));
    }
  }, [planId]);
  useEffect(() => void load(), [load]);

  // Re-check shortly after each change, with the dialog's unsaved values.
  useEffect(() => {
    if (!setup) return;
    const seq = ++checkSeq.current;
    const found = inputErrors(setup, planId);
    setErrors(found ?? {});
    if (found) return;
    setChecking(true);
    const timer = setTimeout(async () => {
      try {
        const result = await call('export.checks', { id: planId, settings: setup.settings, notice: setup.notice });
        if (seq === checkSeq.current) {
          setFindings(result);
          setCheckError(null);
        }
      } catch (e) {
        if (seq === checkSeq.current) setCheckError(errorMessage(e));
      } finally {
        if (seq === checkSeq.current) setChecking(false);
      }
    }, 350);
    return () => clearTimeout(timer);
  }, [setup, planId]);

  const setSettings = (patch: Partial<ExportSettings>) => setSetup((s) => (s ? { ...s, settings: { ...s.settings, ...patch } } : s));
  const setNotice = (notice: Notice) => setSetup((s) => (s ? { ...s, notice } : s));

  const focusField = (field: string): boolean => {
    const el = document.getElementById(fieldId(ids, field));
    if (!el) return false;
    el.focus();
    el.scrollIntoView({ block: 'center' });
    return true;
  };

  /** Saves the dialog's values (remembered per plan); null when the input is refused. */
  const save = async (): Promise<ExportSetup | null> => {
    if (!setup) return null;
    const found = inputErrors(setup, planId);
    if (found) {
      setErrors(found);
      const first = Object.keys(found)[0];
      if (first) focusField(first);
      return null;
    }
    return call('export.settings.set', { id: planId, settings: setup.settings, notice: setup.notice });
  };

  const fix = async () => {
    setBusy('fix');
    setServerError(null);
    setDone(null);
    try {
      if (!(await save())) return;
      const r = await call('export.fixPunctuation', { id: planId });
      if (r.changedBlocks || r.changedFields.includes('title')) onPlanChanged?.();
      const saved = await call('export.settings.get', { id: planId });
      setSetup(saved);
      setDone(`已修正标点：${r.changedBlocks} 段正文${r.changedFields.length ? `、${r.changedFields.length} 个字段` : ''}。`);
    } catch (e) {
      setServerError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !setup) return;
    setBusy('export');
    setServerError(null);
    setDone(null);
    try {
      const saved = await save();
      if (!saved) return;
      const out = format === 'pdf' ? await call('export.pdf', { id: planId, settings: saved.settings }) : await call('export.docx', { id: planId, settings: saved.settings });
      downloadBase64(out.fileName, out.base64, MIME[format]);
      setFindings(out.checks);
      setDone(`已导出：${out.fileName}${'pages' in out ? `（${out.pages} 页）` : ''}`);
    } catch (err) {
      setServerError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const s = setup?.settings;
  return (
    <Dialog title={`导出 ${formatName}（公文格式）`} onClose={onClose} busy={busy === 'export'}>
      <form className="dialog-form export-dialog" onSubmit={(e) => void submit(e)} noValidate>
        <div className="dialog-body export-body">
          {loadError ? (
            <div className="form-error-summary" role="alert">
              {loadError}{' '}
              <button type="button" className="link-button" onClick={() => void load()}>
                重试
              </button>
            </div>
          ) : null}
          {!setup || !s ? (
            !loadError ? <p className="loading" role="status">正在读取导出设置…</p> : null
          ) : (
            <>
            {serverError ? <p className="form-error-summary" role="alert">{serverError}</p> : null}
            {done ? <p className="export-done" role="status">{done}</p> : null}
            <div className="export-columns">
              <div className="export-settings">
                <fieldset className="export-group">
                  <legend>版式</legend>
                  {(['notice', 'plain'] as const).map((layout) => (
                    <label key={layout} className="export-choice">
                      <input type="radio" name={`${ids}-layout`} checked={s.layout === layout} onChange={() => setSettings({ layout })} />
                      {LAYOUT_LABELS[layout]}
                    </label>
                  ))}
                </fieldset>
                {s.layout === 'notice' ? (
                  <fieldset className="export-group">
                    <legend>版头</legend>
                    <label className="export-choice">
                      <input type="checkbox" checked={s.redHeader} onChange={(e) => setSettings({ redHeader: e.target.checked })} />
                      打印红头（发文机关标志和红色分隔线）
                    </label>
                    <p className="field-hint export-hint">使用已印好红头的公文纸时取消勾选，发文字号仍印在原位置。</p>
                    {s.redHeader ? (
                      <div className="field-row export-row-mark">
                        <Field id={fieldId(ids, 'markText')} label="发文机关标志" hint="每行一个机关；留空则用署名的发文机关。" error={errors.markText}>
                          <textarea
                            className="input export-mark"
                            rows={2}
                            value={s.markText}
                            placeholder={setup.notice.signers.filter(Boolean).join('\n')}
                            onChange={(e) => setSettings({ markText: e.target.value })}
                          />
                        </Field>
                        <Field id={fieldId(ids, 'markSuffix')} label="后缀" error={errors.markSuffix}>
                          <input className="input" type="text" value={s.markSuffix} onChange={(e) => setSettings({ markSuffix: e.target.value })} />
                        </Field>
                      </div>
                    ) : null}
                  </fieldset>
                ) : null}
                <NoticeFields ids={ids} notice={setup.notice} errors={errors} onChange={setNotice} colophonOnly={s.layout === 'plain'} />
                {s.layout === 'notice' ? (
                  <Field id={fieldId(ids, 'noticeBody')} label="通知正文" hint="留空则使用上面显示的默认文字。" error={errors.noticeBody}>
                    <textarea className="input" rows={3} value={s.noticeBody} placeholder={defaultNoticeBody(planTitle)} onChange={(e) => setSettings({ noticeBody: e.target.value })} />
                  </Field>
                ) : null}
                <fieldset className="export-group">
                  <legend>字体与正文</legend>
                  <Field id={fieldId(ids, 'fonts')} label="字体名称" error={errors.fonts}>
                    <select className="input" value={s.fonts} onChange={(e) => setSettings({ fonts: e.target.value as ExportSettings['fonts'] })}>
                      <option value="gb2312">公文字体：{fontSummary('gb2312')}</option>
                      <option value="windows">Windows 自带字体：{fontSummary('windows')}</option>
                    </select>
                  </Field>
                  {format === 'pdf' ? <PdfFontCheck planId={planId} settings={s} /> : null}
                  <label className="export-choice">
                    <input type="checkbox" checked={s.leadBold} onChange={(e) => setSettings({ leadBold: e.target.checked })} />
                    条目引导句加粗（标准不要求加粗）
                  </label>
                  <label className="export-choice">
                    <input type="checkbox" checked={s.printUnits} onChange={(e) => setSettings({ printUnits: e.target.checked })} />
                    在条目末尾注明牵头单位和责任单位
                  </label>
                  <label className="export-choice">
                    <input type="checkbox" checked={s.sealed} onChange={(e) => setSettings({ sealed: e.target.checked })} />
                    加盖印章（成文日期右空四字，署名居中其上）
                  </label>
                </fieldset>
                <fieldset className="export-group">
                  <legend>附件</legend>
                  <label className="export-choice">
                    <input type="checkbox" checked={s.attachIndicators} onChange={(e) => setSettings({ attachIndicators: e.target.checked })} />
                    主要指标一览表
                  </label>
                  <label className="export-choice">
                    <input type="checkbox" checked={s.attachTasks} onChange={(e) => setSettings({ attachTasks: e.target.checked })} />
                    重点任务分解表（横排）
                  </label>
                </fieldset>
              </div>
              <FindingsPanel
                planId={planId}
                findings={findings}
                checking={checking}
                fixing={busy === 'fix'}
                error={checkError}
                onFocusField={focusField}
                onFix={() => void fix()}
                onJump={onClose}
              />
            </div>
            </>
          )}
        </div>
        <div className="dialog-footer">
          <button type="button" className="button" onClick={onClose} disabled={busy === 'export'}>
            关闭
          </button>
          <button type="submit" className="button button-primary" disabled={!setup || busy !== null}>
            {busy === 'export' ? '正在导出…' : `导出 ${formatName}`}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
