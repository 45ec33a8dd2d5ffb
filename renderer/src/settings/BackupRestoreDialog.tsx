// Restoring a backup: one confirmation, then the host backs up the current data, swaps the
// database and reopens it. Every screen then reloads, so nothing shows data from before.
import { useState } from 'react';
import type { BackupInfo } from '../../../shared/schemas/backup';
import { call } from '../api';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/Status';
import { messageOf } from '../hooks/useCall';

const count = (n: number, one: string) => `${n.toLocaleString()} ${one}${n === 1 ? '' : 's'}`;

interface Props {
  backup: BackupInfo | null;
  /** The backup made just before the last restore: restoring it undoes that restore. */
  isUndo: boolean;
  when: (iso: string) => string;
  onClose: () => void;
}

export function BackupRestoreDialog({ backup, isUndo, when, onClose }: Props) {
  const [restoring, setRestoring] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function restore(file: string) {
    setRestoring(true);
    setError(null);
    try {
      await call('backups/restore', { file });
      // The whole database changed under every screen: start the app over on it.
      window.location.reload();
    } catch (e) {
      setError(messageOf(e));
      setRestoring(false);
    }
  }

  const close = () => {
    if (restoring) return;
    setError(null);
    onClose();
  };

  return (
    <Dialog
      open={backup !== null}
      onClose={close}
      title={isUndo ? 'Undo the restore?' : 'Restore a backup?'}
      className="dialog-small"
      description={
        backup && (
          <p>
            {isUndo ? `Go back to your data as it was just before the restore (saved ${when(backup.at)})? ` : `Restore the backup of ${when(backup.at)}? `}
            Your current data is saved as a backup first, so you can undo this.
            {backup.counts &&
              ` It holds ${count(backup.counts.clients, 'client')}, ${count(backup.counts.sessions, 'session')} and ${count(backup.counts.invoices, 'invoice')}.`}
          </p>
        )
      }
    >
      {error && <ErrorBanner message={error} />}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={close} disabled={restoring} data-autofocus>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={() => backup && void restore(backup.file)} disabled={restoring}>
          {restoring ? 'Restoring…' : isUndo ? 'Undo the restore' : 'Restore'}
        </button>
      </div>
    </Dialog>
  );
}
