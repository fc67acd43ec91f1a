// 字体检查: per role of the document, the official font, whether this PC has it, and what the PDF
// uses instead. Shown in the preview and in the export dialog before a PDF is made.
import type { FontCheck } from '../../../shared/official/font-check';
import './preview.css';

export function FontCheckList({ check }: { check: FontCheck }) {
  const missing = check.roles.filter((r) => !r.installed);
  return (
    <section className="font-check" aria-label="字体检查">
      <p className="font-check-summary">
        {missing.length === 0
          ? '本机已安装全部公文字体，PDF 使用这些字体。'
          : `本机缺少 ${[...new Set(missing.map((r) => r.official))].join('、')}；PDF 和预览改用下列字体，版式不变，文字不会缺失。`}
      </p>
      <table className="font-check-table">
        <thead>
          <tr>
            <th scope="col">用途</th>
            <th scope="col">公文字体</th>
            <th scope="col">本机</th>
            <th scope="col">PDF 使用</th>
          </tr>
        </thead>
        <tbody>
          {check.roles.map((r) => (
            <tr key={r.role}>
              <td>{r.label}</td>
              <td>{r.official}</td>
              <td className={r.installed ? 'font-ok' : 'font-missing'}>{r.installed ? '已安装' : '未安装'}</td>
              <td>
                {r.using}
                {r.shipped ? <span className="muted">（随程序提供）</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {check.missingChars.length ? (
        <p className="font-check-warning" role="alert">
          以下字符随程序提供的字体中没有，将使用本机其他字体显示，请核对：{check.missingChars.join(' ')}
        </p>
      ) : null}
    </section>
  );
}
