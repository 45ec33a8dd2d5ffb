// "Export record…" on a client's chart: the record as a FHIR R4 file (JSON) for another clinic's
// or a physician's system, and the chart as a PDF for people to read. Main builds both; the FHIR
// file is handed to the browser as a download, the PDF goes through the save dialog.
import { FileDown, FileJson, FileText } from 'lucide-react';
import { useState } from 'react';
import { call } from '../api';
import { useMay, useMayPrint } from '../auth/AuthContext';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/Status';
import { messageOf } from '../hooks/useCall';
import { useSavePdf } from '../hooks/useSavePdf';
import '../styles/backup.css';
import './import.css';
import { saveText } from '../hooks/saveDownload';


const LABELS: Record<string, [string, string]> = {
  Encounter: ['session', 'sessions'],
  Condition: ['diagnosis', 'diagnoses'],
  Observation: ['finding or pain score', 'findings and pain scores'],
  ServiceRequest: ['referral', 'referrals'],
  DocumentReference: ['signed note', 'signed notes'],
  Practitioner: ['practitioner or physician', 'practitioners and physicians'],
};

/** "12 sessions, 4 diagnoses, …" from the bundle's resource counts. */
function describe(counts: Record<string, number>): string {
  const parts = Object.entries(LABELS)
    .filter(([type]) => counts[type])
    .map(([type, [one, many]]) => `${counts[type]} ${counts[type] === 1 ? one : many}`);
  return parts.length ? parts.join(', ') : 'the client’s details only (nothing charted yet)';
}

export function ExportRecordButton({ clientId, name }: { clientId: string; name: string }) {
  const may = useMay();
  const mayPrint = useMayPrint();
  const pdf = useSavePdf();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const fhir = may('export/fhirClient');
  const chart = mayPrint('chart-export');
  if (!fhir && !chart) return null;

  async function saveFhir() {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const result = await call('export/fhirClient', { clientId });
      saveText(result.fileName, result.json, 'application/fhir+json');
      setSaved(`Saved ${result.fileName}: ${describe(result.counts)}.`);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  const close = () => {
    setOpen(false);
    setError(null);
    setSaved(null);
    pdf.clearError();
  };

  return (
    <>
      <button type="button" className="button button-secondary button-small chart-export" onClick={() => setOpen(true)}>
        <FileDown size={14} aria-hidden="true" />
        Export record…
      </button>
      <Dialog open={open} onClose={close} title="Export record" description={`${name}’s record, to send to another clinic or a physician.`}>
        <div className="export-record-options">
          {fhir && (
            <div className="export-record-option">
              <div>
                <h3>FHIR file (JSON)</h3>
                <p>For another clinic’s or a physician’s system: the client, referrals and diagnoses, every session with its findings and pain scores, and the signed notes.</p>
              </div>
              <button type="button" className="button button-primary button-small" onClick={() => void saveFhir()} disabled={busy} data-autofocus>
                <FileJson size={14} aria-hidden="true" />
                {busy ? 'Preparing…' : 'Save FHIR file'}
              </button>
            </div>
          )}
          {chart && (
            <div className="export-record-option">
              <div>
                <h3>Chart (PDF)</h3>
                <p>For people to read or print: the client’s details, referrals and plans, and every signed session note.</p>
              </div>
              <button type="button" className="button button-secondary button-small" onClick={() => void pdf.save('chart-export', clientId)} disabled={pdf.busy !== null}>
                <FileText size={14} aria-hidden="true" />
                {pdf.busy ? 'Saving…' : 'Save chart PDF'}
              </button>
            </div>
          )}
        </div>
        {saved && (
          <p className="backup-report backup-report-sound" role="status">
            {saved}
          </p>
        )}
        {(error ?? pdf.error) && <ErrorBanner message={(error ?? pdf.error)!} />}
        <p className="muted export-record-note">The files are not encrypted: send them only through a secure channel.</p>
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={close}>
            Close
          </button>
        </div>
      </Dialog>
    </>
  );
}
