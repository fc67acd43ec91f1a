// 格式检查 findings: each with where it is (a link into the plan, or the dialog's own field), and
// the one-click punctuation fix when some finding offers it.
import type { Finding } from '../../../shared/official/findings';
import { Link } from '../components/Link';
import { paths } from '../router';

interface FindingsPanelProps {
  planId: string;
  findings: Finding[] | null;
  checking: boolean;
  fixing: boolean;
  error: string | null;
  /** Focus a field of the dialog (notice.*, noticeBody); false if the field is not in the dialog. */
  onFocusField: (field: string) => boolean;
  onFix: () => void;
  /** A link into the plan was followed (the dialog closes, the editor shows the place). */
  onJump: () => void;
}

const MAX_SHOWN = 60;

const FIELD_NAMES: Record<string, string> = {
  title: '标题',
  'notice.docNumber': '发文字号',
  'notice.title': '通知标题',
  'notice.recipients': '主送机关',
  'notice.signers': '署名',
  'notice.date': '成文日期',
  'notice.note': '附注',
  'notice.cc': '抄送',
  'notice.printer': '印发机关',
  'notice.printDate': '印发日期',
  noticeBody: '通知正文',
};

function Where({ planId, finding, onFocusField, onJump }: { planId: string; finding: Finding } & Pick<FindingsPanelProps, 'onFocusField' | 'onJump'>) {
  const loc = finding.location;
  if (loc.kind === 'item') {
    return (
      <Link className="finding-jump" to={paths.plan(planId, { item: loc.uid })} onClick={onJump}>
        定位到条目
      </Link>
    );
  }
  if (loc.kind === 'block') {
    return (
      <Link className="finding-jump" to={paths.plan(planId, { block: loc.index })} onClick={onJump}>
        定位到第 {loc.index + 1} 段
      </Link>
    );
  }
  const name = FIELD_NAMES[loc.field] ?? loc.field;
  return (
    <button type="button" className="link-button finding-jump" onClick={() => onFocusField(loc.field)}>
      转到“{name}”
    </button>
  );
}

export function FindingsPanel({ planId, findings, checking, fixing, error, onFocusField, onFix, onJump }: FindingsPanelProps) {
  const fixable = findings?.filter((f) => f.fix === 'punctuation').length ?? 0;
  const errors = findings?.filter((f) => f.severity === 'error').length ?? 0;
  return (
    <section className="export-checks" aria-labelledby="export-checks-title" aria-busy={checking}>
      <div className="export-checks-head">
        <h3 id="export-checks-title" className="export-section-title">
          格式检查
        </h3>
        <span className="export-checks-status" role="status">
          {checking ? '正在检查…' : findings === null ? '' : findings.length === 0 ? '未发现问题' : `${findings.length} 处需要注意${errors ? `，其中 ${errors} 处错误` : ''}`}
        </span>
      </div>
      {error ? <p className="form-error-summary" role="alert">{error}</p> : null}
      {fixable ? (
        <div className="export-fix">
          <span>{fixable} 处半角标点或直引号。</span>
          <button type="button" className="button button-small" onClick={onFix} disabled={fixing}>
            {fixing ? '正在修正…' : '一键修正标点'}
          </button>
        </div>
      ) : null}
      {findings && findings.length ? (
        <ul className="finding-list">
          {findings.slice(0, MAX_SHOWN).map((f, i) => (
            <li key={i} className={`finding finding-${f.severity}`}>
              <span className="finding-kind">{f.severity === 'error' ? '错误' : '提示'}</span>
              <span className="finding-text">{f.message}</span>
              <Where planId={planId} finding={f} onFocusField={onFocusField} onJump={onJump} />
            </li>
          ))}
        </ul>
      ) : null}
      {findings && findings.length > MAX_SHOWN ? <p className="muted export-more">另有 {findings.length - MAX_SHOWN} 处未列出。</p> : null}
      {findings && findings.length === 0 && !checking ? <p className="muted export-clean">可以导出。</p> : null}
    </section>
  );
}
