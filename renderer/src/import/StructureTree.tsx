// 正文结构: the recognised sections, subsections, items and subitems with the numbers they will have,
// the body paragraphs and 专栏 tables where they stand, and the lines the user restored, marked.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ImportPreviewNodeOut, ImportPreviewOut } from '../../../shared/api/contract';
import { IndicatorTableView } from './IndicatorTableView';

interface Row {
  node: ImportPreviewNodeOut;
  depth: number;
  /** Items (1.) below a section or subsection. */
  items: number;
}

const KIND_NAME: Record<ImportPreviewNodeOut['kind'], string> = {
  section: '一级标题',
  subsection: '二级标题',
  item: '条目',
  subitem: '子条目',
  paragraph: '正文',
  table: '专栏',
};

/** Rows shown at first; a 5 MB .docx has thousands, which the user can still ask for. */
const FIRST_ROWS = 600;

function flatten(nodes: readonly ImportPreviewNodeOut[], depth = 0, out: Row[] = []): Row[] {
  for (const node of nodes) {
    const row: Row = { node, depth, items: 0 };
    out.push(row);
    const from = out.length;
    flatten(node.children, depth + 1, out);
    if (node.kind === 'section' || node.kind === 'subsection') row.items = out.slice(from).filter((r) => r.node.kind === 'item').length;
  }
  return out;
}

export function StructureTree({ preview }: { preview: ImportPreviewOut }) {
  const rows = useMemo(() => flatten(preview.structure), [preview.structure]);
  const [all, setAll] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  const shownRows = all ? rows : rows.slice(0, FIRST_ROWS);

  // A line just restored is brought into view where it landed.
  const restoredKey = rows.filter((r) => r.node.restored).map((r) => r.node.line).join(',');
  useEffect(() => {
    list.current?.querySelector('.import-node-restored')?.scrollIntoView({ block: 'nearest' });
  }, [restoredKey]);

  if (rows.length === 0) return <p className="muted">没有识别出正文。</p>;
  return (
    <>
      <ol className="import-tree" ref={list} aria-label="正文结构">
        {shownRows.map(({ node, depth, items }, i) => (
          <li
            key={i}
            className={`import-node import-node-${node.kind}${node.restored ? ' import-node-restored' : ''}`}
            style={{ paddingLeft: 10 + depth * 22 }}
            aria-level={depth + 1}
          >
            <div className="import-node-line">
              {node.label ? <span className="import-label">{node.label}</span> : <span className="import-kind">{KIND_NAME[node.kind]}</span>}
              <span className="import-node-text" title={node.text}>
                {node.lead && node.lead !== node.text ? (
                  <>
                    <span className="import-lead">{node.lead}</span>
                    {node.text.slice(node.lead.length)}
                  </>
                ) : (
                  node.text
                )}
              </span>
              {node.restored ? <span className="import-tag import-tag-restored">已恢复</span> : null}
              {node.renumbered ? (
                <span className="import-tag import-tag-warn" title="原文的编号有跳号或重复，导入后按结构重新编号">
                  原文为“{node.sourceMarker}”
                </span>
              ) : null}
              {items > 0 ? <span className="import-count">{items} 条</span> : null}
            </div>
            {node.units.lead.length + node.units.responsible.length > 0 ? (
              <div className="import-units">
                {node.units.lead.length ? `牵头单位：${node.units.lead.join('、')}` : ''}
                {node.units.lead.length && node.units.responsible.length ? '；' : ''}
                {node.units.responsible.length ? `责任单位：${node.units.responsible.join('、')}` : ''}
              </div>
            ) : null}
            {node.kind === 'table' && node.table !== undefined && preview.indicatorTables[node.table] ? (
              <IndicatorTableView table={preview.indicatorTables[node.table]!} />
            ) : null}
          </li>
        ))}
      </ol>
      {shownRows.length < rows.length ? (
        <button type="button" className="button button-small import-more" onClick={() => setAll(true)}>
          显示其余 {rows.length - shownRows.length} 项
        </button>
      ) : null}
    </>
  );
}
