// Settings → Export all data: every record as spreadsheet (CSV) and JSON files, with the scanned
// orders and a manifest, in a new folder wherever the owner chooses (the app asks with a folder
// dialog). The result says where it went and what it holds, in plain words.
import { FolderOutput, ShieldCheck } from 'lucide-react';
import { useState } from 'react';
import type { FullExportResult } from '../../../shared/schemas/export';
import { call } from '../api';
import { useMay } from '../auth/AuthContext';
import { ErrorBanner } from '../components/Status';
import { formatFileSize } from '../format';
import { messageOf } from '../hooks/useCall';
import '../styles/backup.css';
import './export.css';

type Done = Extract<FullExportResult, { cancelled: false }>;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

const NAMED: Record<string, string> = {
  audit_log: 'Audit trail',
  kysely_migration: 'Database updates applied',
  kysely_migration_lock: 'Database update lock',
};

/** "clients" → "Clients", "session_findings" → "Session findings". */
const tableLabel = (name: string) => NAMED[name] ?? `${name.charAt(0).toUpperCase()}${name.slice(1).replace(/_/g, ' ')}`;

export function ExportCard() {
  const may = useMay();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [cancelled, setCancelled] = useState(false);
  if (!may('export/full')) return null;

  async function exportAll() {
    setBusy(true);
    setError(null);
    setCancelled(false);
    try {
      const result = await call('export/full', {});
      if (result.cancelled) setCancelled(true);
      else setDone(result);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card export-card" aria-labelledby="settings-export">
      <div className="card-header">
        <h2 id="settings-export" className="card-title">
          Export all data
        </h2>
        <div className="backup-actions">
          <button type="button" className="button button-secondary button-small" onClick={() => void exportAll()} disabled={busy}>
            <FolderOutput size={14} aria-hidden="true" />
            {busy ? 'Exporting…' : 'Export all data…'}
          </button>
        </div>
      </div>
      <p className="muted export-intro">
        Every record in Palpate — clients, intakes, referrals, session notes, the schedule, invoices and the audit trail — as spreadsheet files
        (CSV) and JSON, the scanned orders as files, and a list of what is in it with a checksum for each file. Use it to keep a copy outside
        Palpate or to move to other software. Passcodes are never exported. The files are not encrypted: keep them somewhere safe.
      </p>
      {error && <ErrorBanner message={error} />}
      {cancelled && !error && <p className="muted">No folder was chosen, so nothing was exported.</p>}
      {done && !error && (
        <div className="backup-report backup-report-sound export-result" role="status">
          <ShieldCheck size={16} aria-hidden="true" />
          <div>
            <p className="export-result-title">Export complete and checked</p>
            <p>
              {plural(done.totalRows, 'row')} from {plural(done.tables.length, 'table')} and {plural(done.attachments, 'scanned order')}, in{' '}
              {plural(done.files, 'file')} ({formatFileSize(done.bytes)}). Every file was read back and matches its checksum.
            </p>
            <p className="backup-folder">
              Saved in <code>{done.folder}</code>
            </p>
            <details className="export-tables">
              <summary>Rows per table</summary>
              <ul>
                {done.tables.map((t) => (
                  <li key={t.name}>
                    <span>{tableLabel(t.name)}</span>
                    <span className="export-count">{t.rows.toLocaleString()}</span>
                  </li>
                ))}
              </ul>
            </details>
          </div>
        </div>
      )}
    </section>
  );
}
