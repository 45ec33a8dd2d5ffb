// Archiving asks first, and says plainly that nothing is deleted.
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/Status';

interface Props {
  open: boolean;
  name: string;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onConfirm: () => void;
}

export function ArchiveDialog({ open, name, busy, error, onCancel, onConfirm }: Props) {
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title={`Archive ${name}?`}
      className="dialog-small"
      description={
        <p>
          Archived clients are hidden from lists and search; nothing is deleted. You can unarchive at any time.
        </p>
      }
    >
      {error && <ErrorBanner message={error} />}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel} data-autofocus>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={onConfirm} disabled={busy}>
          {busy ? 'Archiving…' : 'Archive client'}
        </button>
      </div>
    </Dialog>
  );
}
