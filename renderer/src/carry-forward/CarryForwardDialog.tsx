// 生成下一年度草稿: says what the draft for year N+1 will hold, makes it, and hands it back to be opened.
import type { Plan, PlanSummary } from '../../../shared/api/contract';
import { call } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import './carry-forward.css';

interface CarryForwardDialogProps {
  plan: PlanSummary;
  /** Plans already there for the next year: a second draft is rarely what was meant. */
  nextYearPlans?: readonly PlanSummary[];
  onClose: () => void;
  onCarried: (draft: Plan) => void;
}

export function CarryForwardDialog({ plan, nextYearPlans = [], onClose, onCarried }: CarryForwardDialogProps) {
  const next = plan.year + 1;
  return (
    <ConfirmDialog
      title="生成下一年度草稿"
      confirmLabel={`生成 ${next} 年草稿`}
      busyLabel="正在生成…"
      onClose={onClose}
      onConfirm={async () => onCarried(await call('carry-forward.run', { id: plan.id }))}
    >
      <p>
        以“<strong>{plan.title}</strong>”为底稿，生成 {next} 年的{plan.kind}草稿：
      </p>
      <ul className="carry-list">
        <li>保留全部标题、条目、正文和责任单位，编号方式不变；</li>
        <li>
          标题和印发通知（发文字号、成文日期等）中的“{plan.year}”改为“{next}”；
        </li>
        <li>每个条目记住它来自今年的哪一条，便于逐条对照修改；</li>
        <li>各项指标以最近一次填报值（没有填报时用目标值）作为新的基期值。</li>
      </ul>
      {nextYearPlans.length ? (
        <p className="carry-existing" role="note">
          已有 {next} 年度的{nextYearPlans.map((p) => `“${p.title}”`).join('、')}。再生成一份草稿，列表中会有两份 {next} 年度的工作要点。
        </p>
      ) : null}
      <p className="muted">{plan.year} 年的这份{plan.kind}保持不变。草稿生成后直接打开，可以开始修改。</p>
    </ConfirmDialog>
  );
}
