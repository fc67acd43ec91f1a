// The plan's title line: back link, title, year, kind and status, the save status, the plan's other
// pages (指标总表, 填报, 看板), 导出 Word, 修改信息 and 删除.
import { memo, useEffect } from 'react';
import type { Plan } from '../../../shared/api/contract';
import { BackToPlans } from '../components/BackLink';
import { Link } from '../components/Link';
import { StatusBadge } from '../components/StatusBadge';
import { ExportButton } from '../export/ExportButton';
import { paths } from '../router';
import { SaveStatusIndicator } from './SaveStatusIndicator';
import type { SaveStatus } from './saveQueue';

interface PlanTitleBarProps {
  plan: Plan;
  saveStatus: SaveStatus;
  onRetrySave: () => void;
  onEditInfo: () => void;
  onDelete: () => void;
  /** Saves what is typed so far, so that an export prints it. */
  onBeforeExport: () => Promise<void>;
  /** The export dialog changed the saved plan (一键修正标点): the page shows it again. */
  onPlanChanged: () => void;
}

function PlanTitleBarView({ plan, saveStatus, onRetrySave, onEditInfo, onDelete, onBeforeExport, onPlanChanged }: PlanTitleBarProps) {
  useEffect(() => {
    document.title = `${plan.title} - 工作要点编制台`;
  }, [plan.title]);
  return (
    <header className="plan-titlebar">
      <div className="plan-titlebar-text">
        <BackToPlans />
        <h1 className="plan-title" title={plan.title}>
          {plan.title}
        </h1>
        <div className="plan-meta">
          <span className="num">{plan.year} 年度</span>
          <span className="plan-meta-sep" aria-hidden="true" />
          <span>{plan.kind}</span>
          {plan.organ ? (
            <>
              <span className="plan-meta-sep" aria-hidden="true" />
              <span>{plan.organ}</span>
            </>
          ) : null}
          <StatusBadge status={plan.status} />
        </div>
      </div>
      <div className="plan-titlebar-actions">
        <SaveStatusIndicator status={saveStatus} onRetry={onRetrySave} />
        <Link to={paths.indicators(plan.id)} className="button button-small">
          指标总表
        </Link>
        <Link to={paths.progress(plan.id)} className="button button-small">
          填报
        </Link>
        <Link to={paths.dashboard(plan.id)} className="button button-small">
          看板
        </Link>
        <Link to={paths.preview(plan.id)} className="button button-small">
          预览
        </Link>
        <ExportButton planId={plan.id} planTitle={plan.title} beforeOpen={onBeforeExport} onPlanChanged={onPlanChanged} small />
        <ExportButton planId={plan.id} planTitle={plan.title} format="pdf" beforeOpen={onBeforeExport} onPlanChanged={onPlanChanged} small />
        <button type="button" className="button button-small" onClick={onEditInfo} title="标题、年度、类型、发文机关和状态">
          修改信息
        </button>
        <button type="button" className="button button-small button-quiet-danger" onClick={onDelete}>
          删除
        </button>
      </div>
    </header>
  );
}

/** Drawn again when the plan or the save status changes, not on every keystroke. */
export const PlanTitleBar = memo(PlanTitleBarView);
