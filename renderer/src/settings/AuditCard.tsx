// Settings → Audit trail: who viewed, changed, signed, printed, exported or restored what, and
// when; filters, "Verify audit trail" (the hash chain, in plain words) and a CSV export.
import { Download, ShieldCheck, ShieldX } from 'lucide-react';
import { useState } from 'react';
import type { InputOf } from '../../../shared/contract';
import { AUDIT_ACTION_LABELS, type AuditEntry, type AuditVerifyReport } from '../../../shared/schemas/audit';
import { call } from '../api';
import { useClinic } from '../ClinicContext';
import { ErrorBanner, Loading } from '../components/Status';
import { formatInstant } from '../format';
import { messageOf, useCall } from '../hooks/useCall';
import '../styles/backup.css';
import { AuditFilters, NO_FILTERS, type AuditFilterValues } from './AuditFilters';
import { saveText } from '../hooks/saveDownload';

const PAGE = 50;

function filterInput(f: AuditFilterValues): InputOf<'audit/csv'> {
  return {
    ...(f.client ? { clientId: f.client.id } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.actor ? { actor: f.actor } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
  };
}


export function AuditCard() {
  const { clinic } = useClinic();
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const input = filterInput(filters);
  const first = useCall('audit/list', { ...input, limit: PAGE });
  const [older, setOlder] = useState<{ key: string; entries: AuditEntry[]; nextBefore: number | null }>({ key: '', entries: [], nextBefore: null });
  const [report, setReport] = useState<AuditVerifyReport | null>(null);
  const [busy, setBusy] = useState<'verify' | 'csv' | 'more' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(input);
  // Older pages belong to the filters they were loaded for.
  const extra = older.key === key ? older : { entries: [], nextBefore: null };
  const entries = [...(first.data?.entries ?? []), ...extra.entries];
  const nextBefore = extra.entries.length > 0 ? extra.nextBefore : (first.data?.nextBefore ?? null);

  async function run(kind: 'verify' | 'csv' | 'more', work: () => Promise<void>) {
    setBusy(kind);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  }

  const verify = () => run('verify', async () => setReport(await call('audit/verify', {})));
  const exportCsv = () =>
    run('csv', async () => {
      const { fileName, csv } = await call('audit/csv', input);
      saveText(fileName, csv, 'text/csv');
      first.reload(); // the export itself is now in the trail
    });
  const loadOlder = () =>
    run('more', async () => {
      if (nextBefore === null) return;
      const page = await call('audit/list', { ...input, limit: PAGE, before: nextBefore });
      setOlder({ key, entries: [...extra.entries, ...page.entries], nextBefore: page.nextBefore });
    });

  return (
    <section className="card audit-card" aria-labelledby="settings-audit">
      <div className="card-header">
        <h2 id="settings-audit" className="card-title">
          Audit trail
        </h2>
        <div className="backup-actions">
          <button type="button" className="button button-secondary button-small" onClick={() => void exportCsv()} disabled={busy !== null}>
            <Download size={14} aria-hidden="true" />
            {busy === 'csv' ? 'Exporting…' : 'Export CSV'}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => void verify()} disabled={busy !== null}>
            <ShieldCheck size={14} aria-hidden="true" />
            {busy === 'verify' ? 'Verifying…' : 'Verify audit trail'}
          </button>
        </div>
      </div>
      <p className="muted audit-intro">
        Every change, every opened chart record, print, export, backup and restore, newest first. Entries cannot be edited or removed, and each one carries
        a fingerprint of the one before; Palpate also keeps a note of the newest entry outside the database. So a change made outside Palpate, an edited
        entry or entries removed from the end, shows up when you verify.
      </p>
      {report && (
        <p className={report.intact ? 'backup-report backup-report-sound' : 'backup-report backup-report-damaged'} role="status">
          {report.intact ? <ShieldCheck size={16} aria-hidden="true" /> : <ShieldX size={16} aria-hidden="true" />}
          {report.message}
        </p>
      )}
      {error && <ErrorBanner message={error} />}
      <AuditFilters value={filters} onChange={setFilters} />
      {first.error && !first.data ? (
        <ErrorBanner message={first.error} onRetry={first.reload} />
      ) : !first.data ? (
        <Loading />
      ) : entries.length === 0 ? (
        <p className="muted audit-empty">Nothing recorded matches these filters.</p>
      ) : (
        <div className="audit-list">
          <table className="table table-plain audit-table">
            <caption className="visually-hidden">Audit trail entries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">What</th>
                <th scope="col">Client</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.seq}>
                  <td className="cell-nowrap">{formatInstant(e.at, clinic.timeZone)}</td>
                  <td>{e.actorName ?? (e.actor === 'system' ? 'Palpate' : e.actor)}</td>
                  <td>
                    <span className={`audit-action audit-action-${e.action}`}>{AUDIT_ACTION_LABELS[e.action] ?? e.action}</span>
                  </td>
                  <td>{e.summary}</td>
                  <td>
                    {e.clientId && e.clientName ? (
                      <button type="button" className="button button-ghost button-small audit-client-link" onClick={() => setFilters({ ...filters, client: { id: e.clientId!, name: e.clientName! } })}>
                        {e.clientName}
                        <span className="visually-hidden"> (show only this client)</span>
                      </button>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {nextBefore !== null && (
            <div className="form-actions">
              <button type="button" className="button button-secondary button-small" onClick={() => void loadOlder()} disabled={busy !== null}>
                {busy === 'more' ? 'Loading…' : 'Show older entries'}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
