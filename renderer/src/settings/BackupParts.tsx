// Small pieces the backup and audit cards share.
import { AlertTriangle } from 'lucide-react';
import type { ReactNode } from 'react';

export const REASON_LABELS: Record<string, string> = {
  manual: 'Made by hand',
  auto: 'Automatic',
  quit: 'When Palpate closed',
  'before-restore': 'Before a restore',
};

/** A warning line in a card (amber): something to know, not a failure. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="banner banner-notice" role="note">
      <AlertTriangle size={18} aria-hidden="true" className="banner-icon" />
      <p className="banner-text">{children}</p>
    </div>
  );
}
