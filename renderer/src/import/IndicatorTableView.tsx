// One 专栏 indicator table as recognised: group rows, each indicator with its unit, baseline, target
// and 预期性/约束性, so the user can check the numbers before they are imported.
import type { ImportPreviewOut } from '../../../shared/api/contract';

type Table = ImportPreviewOut['indicatorTables'][number];

export function IndicatorTableView({ table }: { table: Table }) {
  const baseYear = table.rows.find((r) => r.baselineYear !== null)?.baselineYear;
  const targetYear = table.rows.find((r) => r.targetYear !== null)?.targetYear;
  let group = '';
  return (
    <div className="import-table-wrap">
      <table className="import-table">
        <caption className="visually-hidden">{table.title || '指标表'}</caption>
        <thead>
          <tr>
            <th scope="col">指标名称</th>
            <th scope="col">单位</th>
            <th scope="col" className="num">
              {baseYear ? `${baseYear}年（基期）` : '基期值'}
            </th>
            <th scope="col" className="num">
              {targetYear ? `${targetYear}年（目标）` : '目标值'}
            </th>
            <th scope="col">属性</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.flatMap((r, i) => {
            const rows = [];
            if (r.group && r.group !== group) {
              group = r.group;
              rows.push(
                <tr key={`g${i}`} className="import-table-group">
                  <th scope="rowgroup" colSpan={5}>
                    {r.group}
                  </th>
                </tr>,
              );
            }
            rows.push(
              <tr key={i}>
                <td>{r.name}</td>
                <td>{r.unit || <span className="muted">—</span>}</td>
                <td className="num">{value(r.baseline, r.baselineText)}</td>
                <td className="num">{value(r.target, r.targetText)}</td>
                <td>{r.attribute || <span className="muted">未注明</span>}</td>
              </tr>,
            );
            return rows;
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A number as written in the source; a placeholder (xx%) is shown as text and marked unknown. */
function value(n: number | null, text: string) {
  if (n !== null) return text || String(n);
  return text ? <span className="import-placeholder" title="不是数字，导入后作为未知值">{text}</span> : <span className="muted">—</span>;
}
