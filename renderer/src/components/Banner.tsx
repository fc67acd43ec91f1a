// A message line at the top of a page: an error (role=alert) or a confirmation (role=status).
import type { ReactNode } from 'react';

interface BannerProps {
  kind: 'error' | 'success' | 'info';
  children: ReactNode;
  /** Buttons or links shown at the end of the line. */
  actions?: ReactNode;
  onDismiss?: () => void;
}

export function Banner({ kind, children, actions, onDismiss }: BannerProps) {
  return (
    <div className={`banner banner-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <div className="banner-text">{children}</div>
      {actions ? <div className="banner-actions">{actions}</div> : null}
      {onDismiss ? (
        <button type="button" className="banner-dismiss" aria-label="关闭提示" onClick={onDismiss}>
          ×
        </button>
      ) : null}
    </div>
  );
}
