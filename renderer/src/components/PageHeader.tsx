import { useEffect, type ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  /** A line under the title (counts, explanations). */
  description?: ReactNode;
  /** Buttons on the right. */
  actions?: ReactNode;
  /** Something above the title, e.g. a back link. */
  before?: ReactNode;
}

/** A page's heading; also sets the window title. */
export function PageHeader({ title, description, actions, before }: PageHeaderProps) {
  useEffect(() => {
    document.title = `${title} - 工作要点编制台`;
  }, [title]);
  return (
    <header className="page-header">
      {before ? <div className="page-header-before">{before}</div> : null}
      <div className="page-header-row">
        <div className="page-header-text">
          <h1 className="page-title">{title}</h1>
          {description ? <p className="page-description">{description}</p> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
    </header>
  );
}
