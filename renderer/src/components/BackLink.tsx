// The one wording of the back links above a page's title: to the plan list, or from a plan's own
// pages (指标总表, 填报, 看板, 预览) back to its text in the editor.
import { paths } from '../router';
import { Link } from './Link';

export function BackToPlans() {
  return (
    <Link to={paths.plans()} className="back-link">
      ‹ 年度工作要点
    </Link>
  );
}

export function BackToPlan({ id }: { id: string }) {
  return (
    <Link to={paths.plan(id)} className="back-link">
      ‹ 返回正文编辑
    </Link>
  );
}
