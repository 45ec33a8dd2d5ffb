// The backups in Palpate's folder, newest first: date, why, size, what is in it, and Restore….
import type { BackupInfo } from '../../../shared/schemas/backup';
import { formatFileSize } from '../format';
import { REASON_LABELS } from './BackupParts';

const n = (value: number) => value.toLocaleString();

export function BackupList({ backups, when, onRestore }: { backups: BackupInfo[]; when: (iso: string) => string; onRestore: (backup: BackupInfo) => void }) {
  if (backups.length === 0) return <p className="muted backup-empty">No backups yet. Use “Back up now”, or keep working: one is made within 15 minutes.</p>;
  return (
    <div className="backup-list">
      <table className="table table-plain">
        <caption className="visually-hidden">Backups, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Made</th>
            <th scope="col" className="cell-number">
              Size
            </th>
            <th scope="col" className="cell-number">
              Clients
            </th>
            <th scope="col" className="cell-number">
              Sessions
            </th>
            <th scope="col" className="cell-number">
              Invoices
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((b) => (
            <tr key={b.file}>
              <td className="cell-nowrap" title={b.file}>
                {when(b.at)}
              </td>
              <td>{REASON_LABELS[b.reason] ?? b.reason}</td>
              <td className="cell-number">{formatFileSize(b.sizeBytes)}</td>
              {b.counts ? (
                <>
                  <td className="cell-number">{n(b.counts.clients)}</td>
                  <td className="cell-number">{n(b.counts.sessions)}</td>
                  <td className="cell-number">{n(b.counts.invoices)}</td>
                </>
              ) : (
                <td colSpan={3} className="backup-unreadable">
                  Could not be read: verify it to see why
                </td>
              )}
              <td className="cell-actions">
                <button type="button" className="button button-ghost button-small" onClick={() => onRestore(b)}>
                  Restore…<span className="visually-hidden"> the backup of {when(b.at)}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
