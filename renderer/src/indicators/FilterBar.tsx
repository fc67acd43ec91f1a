// The filters above the 指标总表: section, unit of measure, 属性, targets with no item, and words.
import type { OutlineItem } from '../../../shared/api/contract';
import { NO_FILTERS, type Filters } from './tableModel';

interface FilterBarProps {
  filters: Filters;
  onChange: (f: Filters) => void;
  sections: readonly OutlineItem[];
  units: readonly string[];
  total: number;
  shown: number;
}

export function FilterBar({ filters, onChange, sections, units, total, shown }: FilterBarProps) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const active = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  return (
    <div className="filter-bar" role="search" aria-label="筛选指标">
      <label className="filter">
        <span>部分</span>
        <select className="input input-small" value={filters.section} onChange={(e) => set({ section: e.target.value })}>
          <option value="">全部</option>
          {sections.map((s) => (
            <option key={s.uid} value={s.uid}>
              {s.label}
              {s.lead.length > 16 ? `${s.lead.slice(0, 16)}…` : s.lead}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>计量单位</span>
        <select className="input input-small" value={filters.unit} onChange={(e) => set({ unit: e.target.value })}>
          <option value="">全部</option>
          {units.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>属性</span>
        <select className="input input-small" value={filters.attribute} onChange={(e) => set({ attribute: e.target.value as Filters['attribute'] })}>
          <option value="">全部</option>
          <option value="预期性">预期性</option>
          <option value="约束性">约束性</option>
        </select>
      </label>
      <label className="filter filter-check">
        <input type="checkbox" checked={filters.unassigned} onChange={(e) => set({ unassigned: e.target.checked })} />
        <span>仅未关联条目的</span>
      </label>
      <label className="filter filter-grow">
        <span className="visually-hidden">搜索指标</span>
        <input className="input input-small" type="search" placeholder="搜索指标名称、分组、牵头单位…" value={filters.text} onChange={(e) => set({ text: e.target.value })} />
      </label>
      <span className="filter-count" aria-live="polite">
        {active ? `显示 ${shown} / ${total} 个` : `共 ${total} 个`}
        {active ? (
          <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
            清除筛选
          </button>
        ) : null}
      </span>
    </div>
  );
}
