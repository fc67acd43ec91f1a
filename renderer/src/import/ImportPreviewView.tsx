// The preview of an import: what was read (counts), what to check (warnings, 繁体 offer), the structure
// on the left; the plan's fields, the notice and the dropped lines on the right.
import type { DroppedLineOut, ImportPreviewOut } from '../../../shared/api/contract';
import type { FieldErrors } from '../components/fieldErrors';
import { DroppedLines } from './DroppedLines';
import { NoticeFacts } from './NoticeFacts';
import { PlanFields, type PlanFieldValues } from './PlanFields';
import { formatSize } from './readFile';
import { StructureTree } from './StructureTree';
import type { ImportRequest } from './useImportPreview';
import './import-preview.css';

interface ImportPreviewViewProps {
  request: ImportRequest;
  preview: ImportPreviewOut;
  restored: DroppedLineOut[];
  values: PlanFieldValues;
  titleHint: string;
  errors: FieldErrors;
  /** A new preview is on its way (a restore, 繁体转简体). */
  updating: boolean;
  saving: boolean;
  onFields: (patch: Partial<PlanFieldValues>) => void;
  onRestore: (id: number) => void;
  onUndo: (id: number) => void;
  onSimplified: (value: boolean) => void;
  onChangeSource: () => void;
}

const ENCODING: Record<string, string> = { 'utf-8': 'UTF-8 编码', 'utf-16le': 'UTF-16 编码', 'utf-16be': 'UTF-16 编码', gb18030: 'GBK/GB18030 编码' };

function sourceFacts(r: ImportRequest, p: ImportPreviewOut): string {
  const parts = [p.source.format === 'docx' ? 'Word 文档' : p.source.format === 'text' ? '文本文件' : `${r.source.kind === 'text' ? r.source.text.length : 0} 字`];
  if (p.source.encoding) parts.push(ENCODING[p.source.encoding] ?? p.source.encoding);
  if (r.size) parts.push(formatSize(r.size));
  return parts.join('，');
}

/**
 * Scrolls the side column to 删去的内容. Only that column: scrollIntoView would also scroll the
 * dialog itself, pushing its title out of view and leaving an empty band under the footer.
 */
function showDropped(): void {
  const target = document.getElementById('import-dropped');
  if (!target) return;
  // The column scrolls on its own; on a narrow window both columns scroll as one.
  const scroller = [target.closest<HTMLElement>('.import-col'), target.closest<HTMLElement>('.import-columns')].find((e) => e && e.scrollHeight > e.clientHeight);
  if (!scroller) return;
  scroller.scrollTo({ top: target.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop, behavior: 'smooth' });
}

export function ImportPreviewView(props: ImportPreviewViewProps) {
  const { request, preview: p, updating, saving } = props;
  const counts: [string, number][] = [
    ['一级标题', p.counts.sections],
    ['二级标题', p.counts.subsections],
    ['条目', p.counts.items],
    ['子条目', p.counts.subitems],
    ['正文段落', p.counts.paragraphs],
    ['指标', p.counts.indicators],
    ['删去', p.dropped.length],
  ];
  const warnings = [...p.numberingWarnings, ...p.warnings];
  const unit = p.source.format === 'docx' ? '段' : '行';
  return (
    <div className="import-preview" aria-busy={updating}>
      <div className="import-summary">
        <div className="import-file">
          <span className="import-file-name">{request.name}</span>
          <span className="muted">{sourceFacts(request, p)}</span>
          <button type="button" className="link-button" onClick={props.onChangeSource} disabled={saving}>
            {request.source.kind === 'text' ? '修改粘贴的文本' : '更换文件'}
          </button>
        </div>
        <ul className="import-counts" aria-label="识别结果">
          {counts.map(([label, n]) => (
            <li key={label} className={n === 0 ? 'import-count-zero' : undefined}>
              <span>{label}</span>
              <strong className="num">{n}</strong>
              {label === '删去' ? <span>{unit}</span> : null}
            </li>
          ))}
          {p.dropped.length ? (
            <li className="import-count-jump">
              <button type="button" className="link-button" onClick={showDropped}>
                查看删去的内容
              </button>
            </li>
          ) : null}
        </ul>
      </div>

      {p.traditional ? (
        <div className="import-offer" role="note">
          {p.simplified ? (
            <>
              <span>原文是繁体字，已转换为简体字。</span>
              <button type="button" className="button button-small" disabled={updating || saving} onClick={() => props.onSimplified(false)}>
                保留繁体
              </button>
            </>
          ) : (
            <>
              <span>原文是繁体字。转换为简体字后更便于编辑、检索和上报。</span>
              <button type="button" className="button button-small button-primary" disabled={updating || saving} onClick={() => props.onSimplified(true)}>
                转换为简体字
              </button>
            </>
          )}
        </div>
      ) : null}

      {warnings.length ? (
        <section className="import-warnings" aria-label="请核对">
          <h3 className="import-warnings-title">请核对（{warnings.length}）</h3>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="import-columns">
        <section className="import-col import-col-main" aria-labelledby="import-structure-title">
          <h3 id="import-structure-title" className="import-col-title">
            正文结构
            <span className="import-col-note">编号按导入后的结构重新生成</span>
          </h3>
          <StructureTree preview={p} />
        </section>
        <div className="import-col import-col-side">
          <section aria-labelledby="import-plan-title">
            <h3 id="import-plan-title" className="import-col-title">
              导入为
            </h3>
            <PlanFields preview={p} values={props.values} titleHint={props.titleHint} errors={props.errors} disabled={saving} onChange={props.onFields} />
          </section>
          <section aria-labelledby="import-dropped-title" id="import-dropped">
            <h3 id="import-dropped-title" className="import-col-title">
              删去的内容（{p.dropped.length}）
            </h3>
            <p className="import-col-intro">网页导航、页脚、广告、重复的标题等不属于正文的内容。如果删错了，点“恢复”放回原处。</p>
            <DroppedLines dropped={p.dropped} restored={props.restored} unit={unit} busy={updating || saving} onRestore={props.onRestore} onUndo={props.onUndo} />
          </section>
          {p.notice ? (
            <section aria-labelledby="import-notice-title">
              <h3 id="import-notice-title" className="import-col-title">
                印发通知
              </h3>
              <NoticeFacts notice={p.notice} />
            </section>
          ) : null}
        </div>
      </div>
    </div>
  );
}
