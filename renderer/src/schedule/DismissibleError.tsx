// An error the person reads and then closes (a refused move: the block is back where it was).
import { AlertTriangle, X } from 'lucide-react';

export function DismissibleError({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div className="banner banner-error" role="alert">
      <AlertTriangle size={18} aria-hidden="true" className="banner-icon" />
      <p className="banner-text">{message}</p>
      <button type="button" className="button button-ghost button-small" onClick={onDismiss}>
        <X size={14} aria-hidden="true" />
        Dismiss
      </button>
    </div>
  );
}
