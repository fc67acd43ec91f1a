// 印发通知: the issuing-notice fields found around the plan, as they will be saved.
import type { ImportPreviewOut } from '../../../shared/api/contract';
import { formatDay } from '../../../shared/format/date';

type Notice = NonNullable<ImportPreviewOut['notice']>;

export function NoticeFacts({ notice }: { notice: Notice }) {
  const facts: [string, string][] = [
    ['发文字号', notice.docNumber],
    ['标题', notice.title],
    ['主送机关', notice.recipients],
    ['署名', notice.signers.join('、')],
    ['成文日期', formatDay(notice.date)],
    ['附注', notice.note],
    ['抄送', notice.cc],
    ['印发机关', notice.printer],
    ['印发日期', formatDay(notice.printDate)],
  ];
  return (
    <>
      <dl className="import-facts">
        {facts
          .filter(([label, value]) => value || ['发文字号', '标题', '主送机关', '署名', '成文日期'].includes(label))
          .map(([label, value]) => (
            <div key={label} className="import-fact">
              <dt>{label}</dt>
              <dd>{value || <span className="muted">未找到</span>}</dd>
            </div>
          ))}
      </dl>
      {notice.body.length ? (
        <div className="import-notice-body">
          <p className="import-notice-body-label">通知正文（导入后作为印发通知的正文，导出时可修改）</p>
          {notice.body.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      ) : null}
    </>
  );
}
