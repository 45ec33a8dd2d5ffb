// "Outside opening hours … Book it anyway?" inside a form: the core's question with its answer.
import { CalendarClock } from 'lucide-react';

interface Props {
  message: string;
  action: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmBanner({ message, action, busy, onConfirm, onCancel }: Props) {
  return (
    <div className="banner banner-warn" role="alert">
      <CalendarClock size={18} aria-hidden="true" className="banner-icon" />
      <p className="banner-text">{message}</p>
      <div className="banner-actions">
        <button type="button" className="button button-secondary button-small" onClick={onCancel}>
          Change time
        </button>
        <button type="button" className="button button-primary button-small" disabled={busy} onClick={onConfirm}>
          {action}
        </button>
      </div>
    </div>
  );
}
