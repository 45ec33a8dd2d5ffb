// The small marks an appointment carries everywhere it appears: its status, the client's
// precaution alerts (red: contraindication, amber: caution) and the referral's warnings.
import './badges.css';
import { FileWarning } from 'lucide-react';
import { STATUS_LABELS, type AppointmentStatus, type AppointmentView } from '../../../shared/schemas/schedule';
import { SEVERITY_LABELS, SeverityIcon } from '../client/AlertChips';

export function StatusChip({ status, small }: { status: AppointmentStatus; small?: boolean }) {
  return <span className={`chip status-chip status-${status}${small ? ' status-chip-small' : ''}`}>{STATUS_LABELS[status]}</span>;
}

const severityRank = { contraindication: 0, caution: 1, info: 2 } as const;

function alertsText(a: Pick<AppointmentView, 'alerts'>): string {
  return a.alerts.map((x) => `${x.title} (${SEVERITY_LABELS[x.severity].toLowerCase()})`).join('\n');
}

/** Dots for a grid block: the titles are in the tooltip (the block's own label reads them out). */
export function AlertDots({ appointment: a }: { appointment: Pick<AppointmentView, 'alerts' | 'referralWarnings'> }) {
  if (a.alerts.length === 0 && a.referralWarnings.length === 0) return null;
  const worst = [...a.alerts].sort((x, y) => severityRank[x.severity] - severityRank[y.severity]);
  return (
    <span className="appt-marks" aria-hidden="true">
      {worst.length > 0 && (
        <span className="alert-dots" title={`Alerts:\n${alertsText(a)}`}>
          {worst.slice(0, 3).map((x) => (
            <span key={x.ruleId} className={`alert-dot alert-dot-${x.severity}`} />
          ))}
        </span>
      )}
      {a.referralWarnings.length > 0 && (
        <span className="referral-mark" title={`Referral: ${a.referralWarnings.join('; ')}`}>
          <FileWarning size={12} />
        </span>
      )}
    </span>
  );
}

/** Readable badges for lists (Today, agenda, details): each alert's title, and the referral's warnings. */
export function AlertBadges({ appointment: a }: { appointment: Pick<AppointmentView, 'alerts' | 'referralWarnings'> }) {
  if (a.alerts.length === 0 && a.referralWarnings.length === 0) return null;
  const sorted = [...a.alerts].sort((x, y) => severityRank[x.severity] - severityRank[y.severity]);
  return (
    <ul className="badge-list" aria-label="Alerts and warnings">
      {sorted.map((x) => (
        <li key={x.ruleId} className={`badge badge-${x.severity}`} title={`${SEVERITY_LABELS[x.severity]}: ${x.title}`}>
          <SeverityIcon severity={x.severity} size={12} />
          {x.title}
          <span className="visually-hidden"> ({SEVERITY_LABELS[x.severity]})</span>
        </li>
      ))}
      {a.referralWarnings.map((w) => (
        <li key={w} className="badge badge-referral" title={`Referral: ${w}`}>
          <FileWarning size={12} aria-hidden="true" />
          <span className="visually-hidden">Referral: </span>
          {w}
        </li>
      ))}
    </ul>
  );
}
