// Settings → Backups: when the last backup was made and whether it worked, "Back up now",
// "Verify latest backup" in plain words, every backup with its date, size and counts, restoring
// one (with undo), and where copies go (BackupSettingsForm).
import { DatabaseBackup, RotateCcw, ShieldCheck, ShieldX } from 'lucide-react';
import { useState } from 'react';
import type { BackupInfo, BackupVerifyReport } from '../../../shared/schemas/backup';
import { call } from '../api';
import { useClinic } from '../ClinicContext';
import { ErrorBanner, Loading } from '../components/Status';
import { useToast } from '../components/Toast';
import { formatInstant } from '../format';
import { messageOf, useCall } from '../hooks/useCall';
import '../styles/backup.css';
import { BackupList } from './BackupList';
import { Notice, REASON_LABELS } from './BackupParts';
import { BackupRestoreDialog } from './BackupRestoreDialog';
import { BackupSettingsForm } from './BackupSettingsForm';

export function BackupCard() {
  const overview = useCall('backups/list', {});
  const status = useCall('app/status', {});
  const { clinic } = useClinic();
  const toast = useToast();
  const [busy, setBusy] = useState<'backup' | 'verify' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<BackupVerifyReport | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const when = (iso: string) => formatInstant(iso, clinic.timeZone);

  async function backUpNow() {
    setBusy('backup');
    setError(null);
    try {
      const made = await call('backups/create', {});
      toast(`Backup made: ${when(made.backup.at)}`);
      if (made.secondCopy.notify && made.secondCopy.message) setError(made.secondCopy.message);
      overview.reload();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  }

  async function verifyLatest() {
    setBusy('verify');
    setError(null);
    try {
      setReport(await call('backups/verify', {}));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  }

  const data = overview.data;
  const latest = data?.backups[0];
  const undo = data?.lastRestore?.undoAvailable ? data.backups.find((b) => b.file === data.lastRestore?.undoFile) : undefined;

  return (
    <section className="card backup-card" aria-labelledby="settings-backups">
      <div className="card-header">
        <h2 id="settings-backups" className="card-title">
          Backups
        </h2>
        <div className="backup-actions">
          <button type="button" className="button button-secondary button-small" onClick={() => void verifyLatest()} disabled={busy !== null || !latest}>
            <ShieldCheck size={14} aria-hidden="true" />
            {busy === 'verify' ? 'Verifying…' : 'Verify latest backup'}
          </button>
          <button type="button" className="button button-primary button-small" onClick={() => void backUpNow()} disabled={busy !== null}>
            <DatabaseBackup size={14} aria-hidden="true" />
            {busy === 'backup' ? 'Backing up…' : 'Back up now'}
          </button>
        </div>
      </div>

      {overview.error && !data ? (
        <ErrorBanner message={overview.error} onRetry={overview.reload} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          {status.data?.storageWarning && <Notice>{status.data.storageWarning}</Notice>}
          {error && <ErrorBanner message={error} />}
          {data.lastFailure && (
            <ErrorBanner message={`The last backup, at ${when(data.lastFailure.at)}, failed: ${data.lastFailure.message}`} onRetry={() => void backUpNow()} />
          )}
          {data.secondFolderMissing && (
            <Notice>
              The second backup folder ({data.settings.secondFolder}) was not found: is the drive plugged in? Backups are still saved in Palpate’s own folder.
            </Notice>
          )}

          <p className="backup-status">
            {latest ? (
              <>
                Last backup: <strong>{when(latest.at)}</strong> ({REASON_LABELS[latest.reason]?.toLowerCase() ?? latest.reason}).{' '}
                {data.changedSinceLastBackup
                  ? 'Changes made since are backed up within 15 minutes, and when Palpate closes.'
                  : 'Nothing has changed since.'}
              </>
            ) : (
              'No backup yet. Palpate backs up every 15 minutes while you work and when it closes; make the first one now.'
            )}
          </p>
          <p className="muted backup-folder">
            Saved in <code>{data.folder}</code>
          </p>

          {report && (
            <p className={report.sound ? 'backup-report backup-report-sound' : 'backup-report backup-report-damaged'} role="status">
              {report.sound ? <ShieldCheck size={16} aria-hidden="true" /> : <ShieldX size={16} aria-hidden="true" />}
              {report.message}
            </p>
          )}

          {data.lastRestore && (
            <div className="backup-restored" role="status">
              <p>
                At {when(data.lastRestore.at)} the backup {data.lastRestore.backupAt ? `of ${when(data.lastRestore.backupAt)}` : data.lastRestore.file} was restored.
                {undo ? ' Your data from just before is kept as a backup, so this can be undone.' : ''}
              </p>
              {undo && (
                <button type="button" className="button button-secondary button-small" onClick={() => setRestoring(undo)}>
                  <RotateCcw size={14} aria-hidden="true" />
                  Undo restore
                </button>
              )}
            </div>
          )}

          <BackupList backups={data.backups} when={when} onRestore={setRestoring} />
          <BackupSettingsForm settings={data.settings} onSaved={overview.reload} />
        </>
      )}

      <BackupRestoreDialog backup={restoring} isUndo={restoring !== null && restoring === undo} when={when} onClose={() => setRestoring(null)} />
    </section>
  );
}
