// Precaution alerts as chips (most serious first). Each chip is a button: click or Enter opens the
// alert in full — its text, what this client's answers add, and the modalities it names.
import { Info, OctagonAlert, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { modalityLabel } from '../../../shared/domain/modalities';
import type { PrecautionSeverity } from '../../../shared/domain/precaution-rules';
import { PRECAUTIONS_DISCLAIMER, type Alert } from '../../../shared/domain/precautions';
import { Dialog } from '../components/Dialog';

export const SEVERITY_LABELS: Record<PrecautionSeverity, string> = {
  contraindication: 'Contraindication',
  caution: 'Caution',
  info: 'Information',
};

export function SeverityIcon({ severity, size = 14 }: { severity: PrecautionSeverity; size?: number }) {
  const Icon = severity === 'contraindication' ? OctagonAlert : severity === 'caution' ? TriangleAlert : Info;
  return <Icon size={size} aria-hidden="true" />;
}

interface Props {
  alerts: readonly Alert[];
  /** Where the alerts come from, e.g. "From the intake signed Nov 27, 2026". */
  source?: string | undefined;
  /** A label for the list (the header's list and a preview's list must not share a name). */
  label?: string;
}

export function AlertChips({ alerts, source, label = 'Precaution alerts' }: Props) {
  const [open, setOpen] = useState<Alert | null>(null);
  if (alerts.length === 0) return null;
  return (
    <>
      <ul className="alert-chips" aria-label={label}>
        {alerts.map((a) => (
          <li key={a.ruleId}>
            <button
              type="button"
              className={`alert-chip alert-chip-${a.severity}`}
              aria-haspopup="dialog"
              title={`${SEVERITY_LABELS[a.severity]}: ${a.text}`}
              onClick={() => setOpen(a)}
            >
              <SeverityIcon severity={a.severity} />
              {a.title}
              <span className="visually-hidden"> ({SEVERITY_LABELS[a.severity]})</span>
            </button>
          </li>
        ))}
      </ul>
      <AlertDialog alert={open} source={source} onClose={() => setOpen(null)} />
    </>
  );
}

function AlertDialog({ alert, source, onClose }: { alert: Alert | null; source: string | undefined; onClose: () => void }) {
  return (
    <Dialog open={alert !== null} onClose={onClose} title={alert?.title ?? 'Alert'} className="dialog-small alert-dialog">
      {alert && (
        <>
          <p className={`alert-severity alert-severity-${alert.severity}`}>
            <SeverityIcon severity={alert.severity} size={16} />
            {SEVERITY_LABELS[alert.severity]}
          </p>
          <p className="alert-text">{alert.text}</p>
          {alert.detail && <p className="alert-detail">{alert.detail}</p>}
          {alert.modalities.length > 0 && (
            <>
              <h3 className="alert-subtitle">Modalities</h3>
              <ul className="alert-modalities">
                {alert.modalities.map((m) => (
                  <li key={m.modality}>
                    <span className="alert-modality-name">{m.modality === 'all' ? 'All modalities' : modalityLabel(m.modality)}</span>{' '}
                    <span className={m.level === 'contraindicated' ? 'level level-contraindicated' : 'level level-caution'}>
                      {m.level === 'contraindicated' ? 'contraindicated' : 'caution'}
                    </span>
                    {m.note && <span className="muted"> — {m.note}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {source && <p className="alert-source muted">{source}</p>}
          <p className="disclaimer">{PRECAUTIONS_DISCLAIMER}</p>
          <div className="dialog-actions">
            <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
              Close
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
