// The first step of 导入: choose a .txt or .docx (button or drag and drop), or paste text; the
// 繁体转简体 option; and while the file is read and analysed, progress and 取消.
import { useId, useRef, useState, type DragEvent } from 'react';
import type { Phase } from './useImportPreview';

export type SourceMode = 'file' | 'paste';

interface SourcePickerProps {
  /** Kept by the dialog, so 修改粘贴的文本 comes back to what was typed. */
  mode: SourceMode;
  onMode: (mode: SourceMode) => void;
  text: string;
  onText: (text: string) => void;
  phase: Phase;
  error: string | null;
  simplified: boolean;
  onSimplified: (value: boolean) => void;
  onFile: (file: File) => void;
  onPaste: (text: string) => void;
  onCancel: () => void;
}

const ACCEPT = '.txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function SourcePicker({ mode, onMode: setMode, text, onText: setText, phase, error, simplified, onSimplified, onFile, onPaste, onCancel }: SourcePickerProps) {
  const ids = useId();
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const busy = phase.kind === 'reading' || phase.kind === 'analysing';

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  };

  return (
    <div className="import-source">
      <div className="import-tabs" role="tablist" aria-label="导入方式">
        <button type="button" role="tab" id={`${ids}-tab-file`} aria-selected={mode === 'file'} aria-controls={`${ids}-file`} className="import-tab" onClick={() => setMode('file')} disabled={busy}>
          选择文件
        </button>
        <button type="button" role="tab" id={`${ids}-tab-paste`} aria-selected={mode === 'paste'} aria-controls={`${ids}-paste`} className="import-tab" onClick={() => setMode('paste')} disabled={busy}>
          粘贴文本
        </button>
      </div>

      {mode === 'file' ? (
        <div role="tabpanel" id={`${ids}-file`} aria-labelledby={`${ids}-tab-file`}>
          <div
            className={dragging ? 'import-drop import-drop-active' : 'import-drop'}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <p className="import-drop-title">把工作要点文件拖到这里，或</p>
            <button type="button" className="button button-primary" onClick={() => input.current?.click()} disabled={busy}>
              选择文件…
            </button>
            <input
              ref={input}
              type="file"
              accept={ACCEPT}
              className="visually-hidden"
              aria-label="选择要导入的文件"
              tabIndex={-1}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = ''; // choosing the same file again still reads it
                if (file) onFile(file);
              }}
            />
            <p className="import-drop-hint">
              支持 Word 或 WPS 保存的 .docx，以及文本文件 .txt（UTF-8、GBK 等编码自动识别）。旧版 .doc、.wps 和 PDF 请先另存为 .docx。文件不超过 50 MB。
            </p>
          </div>
        </div>
      ) : (
        <div role="tabpanel" id={`${ids}-paste`} aria-labelledby={`${ids}-tab-paste`} className="import-paste">
          <label className="field-label" htmlFor={`${ids}-text`}>
            粘贴的文本
          </label>
          <textarea
            id={`${ids}-text`}
            className="input import-textarea"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="把从网页、文档中复制的工作要点全文粘贴到这里，包括标题和印发通知。网页上的导航、页脚等杂项会被识别出来，导入前可以逐条核对。"
            disabled={busy}
            rows={12}
            autoFocus
          />
          <div className="import-paste-actions">
            <button type="button" className="button button-primary" disabled={busy || text.trim() === ''} onClick={() => onPaste(text)}>
              识别结构
            </button>
          </div>
        </div>
      )}

      <label className="import-check">
        <input type="checkbox" checked={simplified} onChange={(e) => onSimplified(e.target.checked)} disabled={busy} />
        <span>将繁体字转换为简体字</span>
      </label>

      {busy ? (
        <div className="import-progress" role="status">
          <span className="import-spinner" aria-hidden="true" />
          <span className="import-progress-text">
            {phase.kind === 'reading' ? `正在读取文件… ${Math.round(phase.share * 100)}%` : '正在识别标题、条目和印发通知…'}
          </span>
          <button type="button" className="button button-small" onClick={onCancel}>
            取消
          </button>
        </div>
      ) : null}

      {error ? (
        <p className="form-error-summary import-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
