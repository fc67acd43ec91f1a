// 删去的内容: every line the import leaves out, with why (网页导航, 页脚, 广告, 重复的标题 …) and 恢复,
// which puts it back into the document; and the lines already restored, with 撤销.
import type { DroppedLineOut } from '../../../shared/api/contract';

interface DroppedLinesProps {
  dropped: DroppedLineOut[];
  restored: DroppedLineOut[];
  /** 行 for text, 段 for a .docx (its paragraphs are numbered). */
  unit: '行' | '段';
  busy: boolean;
  onRestore: (id: number) => void;
  onUndo: (id: number) => void;
}

export function DroppedLines({ dropped, restored, unit, busy, onRestore, onUndo }: DroppedLinesProps) {
  return (
    <>
      {dropped.length === 0 ? (
        <p className="muted import-none">没有删去任何内容。</p>
      ) : (
        <ul className="import-dropped" aria-label="删去的内容">
          {dropped.map((d) => (
            <li key={d.id} className="import-dropped-item">
              <div className="import-dropped-head">
                <span className="import-dropped-where">
                  第 {d.line} {unit}
                </span>
                <span className="import-reason">{d.reason}</span>
                <button
                  type="button"
                  className="button button-small import-restore"
                  aria-label={`恢复第 ${d.line} ${unit}：${d.text}`}
                  disabled={busy}
                  onClick={() => onRestore(d.id)}
                >
                  恢复
                </button>
              </div>
              <p className="import-dropped-text">{d.text}</p>
            </li>
          ))}
        </ul>
      )}
      {restored.length ? (
        <>
          <h4 className="import-subhead">已恢复到正文（{restored.length}）</h4>
          <ul className="import-dropped" aria-label="已恢复的内容">
            {restored.map((d) => (
              <li key={d.id} className="import-dropped-item import-dropped-restored">
                <div className="import-dropped-head">
                  <span className="import-dropped-where">
                    第 {d.line} {unit}
                  </span>
                  {d.reason ? <span className="import-reason">原判断：{d.reason}</span> : null}
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    aria-label={`撤销恢复第 ${d.line} ${unit}`}
                    disabled={busy}
                    onClick={() => onUndo(d.id)}
                  >
                    撤销
                  </button>
                </div>
                {d.text ? <p className="import-dropped-text">{d.text}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
