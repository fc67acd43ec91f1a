// The table of a plan's targets: sortable headers, cells edited in place, the items each belongs to.
import type { OutlineItem } from '../../../shared/api/contract';
import type { Target, TargetFields } from '../../../shared/api/indicators';
import { ATTRIBUTES, COMPARATORS, COMPARATOR_LABELS, formatValue } from '../../../shared/domain/indicator';
import { formatDay } from '../../../shared/format/date';
import { targetLeadUnit } from '../../../shared/outline/item-units';
import { call } from '../api/client';
import { EditableCell } from './EditableCell';
import { parseNumberInput, parseTargetInput, parseYearInput, type Sort, type SortKey } from './tableModel';

interface TargetsTableProps {
  targets: readonly Target[];
  /** The plan's outline by uid: a target without a 牵头单位 of its own shows its items'. */
  outline: ReadonlyMap<string, OutlineItem>;
  sort: Sort;
  onSort: (sort: Sort) => void;
  onChanged: (target: Target) => void;
  onDelete: (target: Target) => void;
  /** 历年: the same indicator in every year's plan. */
  onHistory: (target: Target) => void;
}

const COMPARATOR_OPTIONS = COMPARATORS.map((c) => ({ value: c, label: c === '区间' ? '区间' : `${c}（${COMPARATOR_LABELS[c]}）` }));
const ATTRIBUTE_OPTIONS = ATTRIBUTES.map((a) => ({ value: a, label: a }));

function SortHeader({ label, sortKey, sort, onSort, className }: { label: string; sortKey: SortKey; sort: Sort; onSort: (s: Sort) => void; className?: string }) {
  const active = sort.key === sortKey;
  const next: Sort = { key: sortKey, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' };
  return (
    <th scope="col" className={className} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(next)}>
        {label}
        <span className={active ? 'sort-mark sort-mark-active' : 'sort-mark'} aria-hidden="true">
          {active && sort.dir === 'desc' ? '▼' : '▲'}
        </span>
      </button>
    </th>
  );
}

/** The target's own 牵头单位, or its items' in grey (what the 主要指标一览表 prints), or —. */
function leadUnitCell(t: Target, outline: ReadonlyMap<string, OutlineItem>) {
  if (t.leadUnit) return t.leadUnit;
  const fromItems = targetLeadUnit('', t.items.map((i) => i.uid), outline);
  return fromItems ? (
    <span className="muted" title="取自所属条目的牵头单位；在此填写可为这个指标另定">
      {fromItems}
    </span>
  ) : (
    <span className="muted">—</span>
  );
}

export function TargetsTable({ targets, outline, sort, onSort, onChanged, onDelete, onHistory }: TargetsTableProps) {
  const save = async (t: Target, patch: Partial<TargetFields>) => onChanged(await call('targets.update', { id: t.id, ...patch }));
  const header = (label: string, key: SortKey, className?: string) => <SortHeader label={label} sortKey={key} sort={sort} onSort={onSort} className={className} />;

  return (
    <div className="panel table-wrap targets-wrap">
      <table className="table targets-table">
        <thead>
          <tr>
            {header('条目', 'item', 'col-items')}
            {header('指标名称', 'name', 'col-name')}
            {header('基期值', 'baseline', 'col-num')}
            <th scope="col" className="col-year-small">
              基期年份
            </th>
            <th scope="col" className="col-cmp">
              比较
            </th>
            {header('目标值', 'target', 'col-num')}
            {header('单位', 'unit', 'col-unit')}
            {header('属性', 'attribute', 'col-attr')}
            {header('完成时限', 'deadline', 'col-deadline')}
            <th scope="col" className="col-lead">
              牵头单位
            </th>
            <th scope="col" className="col-actions">
              <span className="visually-hidden">操作</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {targets.map((t) => (
            <tr key={t.id} data-target-id={t.id}>
              <td className="col-items">
                {t.items.length ? (
                  t.items.map((i) => (
                    <span key={i.uid} className="item-chip" title={i.lead}>
                      {i.label}
                    </span>
                  ))
                ) : (
                  <span className="item-chip item-chip-none">未关联</span>
                )}
              </td>
              <EditableCell
                label="指标名称"
                className="col-name"
                initial={t.name}
                display={
                  <>
                    {t.group ? <span className="group-tag">{t.group}</span> : null}
                    <span className="target-name" title={t.sourceSentence || undefined}>
                      {t.name}
                    </span>
                  </>
                }
                onSave={(text) => save(t, { name: text })}
              />
              <EditableCell
                label="基期值"
                className="col-num num"
                inputMode="decimal"
                initial={t.baseline === null ? '' : String(t.baseline)}
                display={t.baseline === null ? <span className="muted">—</span> : formatValue(t.baseline)}
                onSave={(text) => save(t, { baseline: parseNumberInput(text, '基期值') })}
              />
              <EditableCell
                label="基期年份"
                className="col-year-small num"
                inputMode="numeric"
                initial={t.baselineYear === null ? '' : String(t.baselineYear)}
                display={t.baselineYear === null ? <span className="muted">—</span> : String(t.baselineYear)}
                onSave={(text) => save(t, { baselineYear: parseYearInput(text) })}
              />
              <EditableCell
                label="比较方式"
                className="col-cmp"
                kind="select"
                options={COMPARATOR_OPTIONS}
                initial={t.comparator}
                display={<span title={COMPARATOR_LABELS[t.comparator]}>{t.comparator}</span>}
                onSave={(text) => save(t, { comparator: text as Target['comparator'] })}
              />
              <EditableCell
                label="目标值"
                className="col-num num"
                inputMode="decimal"
                initial={t.target === null ? '' : t.comparator === '区间' ? formatValue(t.target, t.targetMax) : String(t.target)}
                display={
                  t.placeholder ? (
                    <span className="placeholder-value" title="原文为 xx 等占位，请填写目标值">待定</span>
                  ) : (
                    formatValue(t.target, t.comparator === '区间' ? t.targetMax : null)
                  )
                }
                onSave={(text) => save(t, parseTargetInput(text, t.comparator))}
              />
              <EditableCell label="计量单位" className="col-unit" initial={t.unit} display={t.unit || <span className="muted">—</span>} onSave={(text) => save(t, { unit: text })} />
              <EditableCell
                label="属性"
                className="col-attr"
                kind="select"
                options={ATTRIBUTE_OPTIONS}
                initial={t.attribute}
                display={<span className={t.attribute === '约束性' ? 'attr attr-binding' : 'attr'}>{t.attribute}</span>}
                onSave={(text) => save(t, { attribute: text as Target['attribute'] })}
              />
              <EditableCell
                label="完成时限"
                className="col-deadline num"
                kind="date"
                initial={t.deadline}
                display={t.deadline ? formatDay(t.deadline) : <span className="muted">—</span>}
                onSave={(text) => save(t, { deadline: text })}
              />
              <EditableCell label="牵头单位" className="col-lead" initial={t.leadUnit} display={leadUnitCell(t, outline)} onSave={(text) => save(t, { leadUnit: text })} />
              <td className="col-actions">
                <button type="button" className="button button-small button-quiet" aria-label={`“${t.name}”的历年目标`} title="各年度工作要点中的目标和完成值" onClick={() => onHistory(t)}>
                  历年
                </button>
                <button type="button" className="button button-small button-quiet button-quiet-danger" aria-label={`删除指标“${t.name}”`} onClick={() => onDelete(t)}>
                  删除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
