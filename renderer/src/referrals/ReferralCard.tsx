// One referral as the therapist reads it: who ordered what, for how long, how many visits are left,
// and any warning (few visits left, expiring, expired) as a callout.
import { Pencil, TriangleAlert } from 'lucide-react';
import type { Referral } from '../../../shared/schemas/referral';
import { formatDate, orDash } from '../format';
import { icd10Description } from './DiagnosisPicker';
import { OrderAttachments } from './OrderAttachments';

export function DiagnosisChips({ codes }: { codes: readonly string[] }) {
  return (
    <ul className="diagnosis-chips diagnosis-chips-static">
      {codes.map((code) => {
        const description = icd10Description(code);
        return (
          <li key={code} className="diagnosis-chip">
            <span className="diagnosis-code">{code}</span>
            {description && <span className="diagnosis-description">{description}</span>}
          </li>
        );
      })}
    </ul>
  );
}

function ordered(r: Referral): string {
  const parts = [r.frequencyPerWeek !== null ? `${r.frequencyPerWeek}× per week` : '', r.durationWeeks !== null ? `for ${r.durationWeeks} weeks` : ''];
  return parts.filter(Boolean).join(' ');
}

interface Props {
  referral: Referral;
  onEdit: () => void;
  onChange: (referral: Referral) => void;
}

export function ReferralCard({ referral: r, onEdit, onChange }: Props) {
  const warn = r.warnings.length > 0;
  return (
    <article className="referral-card" aria-labelledby={`referral-${r.id}`}>
      <div className="referral-card-header">
        <div>
          <h3 id={`referral-${r.id}`} className="referral-physician">
            {r.physicianName}
          </h3>
          {r.physicianPractice && <p className="muted">{r.physicianPractice}</p>}
        </div>
        <div className="referral-card-actions">
          <span className={warn ? 'chip chip-large chip-warn' : 'chip chip-large chip-neutral'}>{r.badge}</span>
          <button type="button" className="button button-ghost button-small" onClick={onEdit}>
            <Pencil size={14} aria-hidden="true" />
            Edit<span className="visually-hidden"> referral from {r.physicianName}</span>
          </button>
        </div>
      </div>
      {warn && (
        <ul className="callouts" aria-label="Referral warnings">
          {r.warnings.map((w) => (
            <li key={w.code} className={w.code === 'expired' || w.code === 'no_visits_left' ? 'callout callout-danger' : 'callout callout-warn'}>
              <TriangleAlert size={16} aria-hidden="true" />
              {w.message}
            </li>
          ))}
        </ul>
      )}
      <DiagnosisChips codes={r.diagnoses} />
      <dl className="info-list referral-facts">
        <div className="info-row">
          <dt>Dates</dt>
          <dd>
            {formatDate(r.startDate)} – {formatDate(r.endDate)}
          </dd>
        </div>
        <div className="info-row">
          <dt>Visits</dt>
          <dd>
            {r.visitsUsed} used of {r.visitsAuthorized} authorized ({r.visitsLeft} left)
          </dd>
        </div>
        <div className="info-row">
          <dt>Ordered</dt>
          <dd className={ordered(r) ? undefined : 'muted'}>{orDash(ordered(r))}</dd>
        </div>
        <div className="info-row">
          <dt>Authorization number</dt>
          <dd className={r.authorizationNumber ? undefined : 'muted'}>{orDash(r.authorizationNumber)}</dd>
        </div>
        <div className="info-row">
          <dt>NPI</dt>
          <dd className={r.physicianNpi ? undefined : 'muted'}>{orDash(r.physicianNpi)}</dd>
        </div>
        <div className="info-row">
          <dt>Phone / fax</dt>
          <dd className={r.physicianPhone || r.physicianFax ? undefined : 'muted'}>
            {orDash([r.physicianPhone, r.physicianFax && `fax ${r.physicianFax}`].filter(Boolean).join(' · '))}
          </dd>
        </div>
        {r.notes && (
          <div className="info-row">
            <dt>Notes</dt>
            <dd>{r.notes}</dd>
          </div>
        )}
      </dl>
      <OrderAttachments referral={r} onChange={onChange} />
    </article>
  );
}
