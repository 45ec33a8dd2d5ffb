// One treatment plan: its goals (baseline → target), schedule, modalities and review date.
import { Pencil } from 'lucide-react';
import { modalityLabel } from '../../../shared/domain/modalities';
import type { TreatmentPlan } from '../../../shared/schemas/plan';
import type { Referral } from '../../../shared/schemas/referral';
import { formatDate, orDash } from '../format';
import { PlanSeriesButton } from '../schedule/PlanSeriesButton';
import { STATUS_LABELS } from './PlanForm';

export function PlanCard({ plan: p, referral, onEdit }: { plan: TreatmentPlan; referral: Referral | undefined; onEdit: (() => void) | undefined }) {
  const schedule = [
    p.frequencyPerWeek !== null ? `${p.frequencyPerWeek} ${p.frequencyPerWeek === 1 ? 'session' : 'sessions'} per week` : '',
    p.plannedSessions !== null ? `${p.plannedSessions} planned` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <article className="plan-card" aria-labelledby={`plan-${p.id}`}>
      <div className="referral-card-header">
        <div>
          <h3 id={`plan-${p.id}`} className="referral-physician">
            Plan from {formatDate(p.startDate)}
          </h3>
          <p className="muted">
            {p.referralId === null ? 'Self-pay (no referral)' : referral ? `Referral from ${referral.physicianName} (${referral.diagnoses.join(', ')})` : 'Linked referral'}
          </p>
        </div>
        <div className="referral-card-actions">
          <span className={`chip chip-large chip-status-${p.status}`}>{STATUS_LABELS[p.status] ?? p.status}</span>
          <PlanSeriesButton plan={p} />
          {onEdit && (
            <button type="button" className="button button-ghost button-small" onClick={onEdit}>
              <Pencil size={14} aria-hidden="true" />
              Edit<span className="visually-hidden"> plan from {formatDate(p.startDate)}</span>
            </button>
          )}
        </div>
      </div>
      <table className="table table-plain goals-table">
        <thead>
          <tr>
            <th scope="col">Goal</th>
            <th scope="col">Baseline</th>
            <th scope="col">Target</th>
          </tr>
        </thead>
        <tbody>
          {p.goals.map((g, i) => (
            <tr key={i}>
              <td>{g.description}</td>
              <td>{orDash(g.baseline)}</td>
              <td>{orDash(g.target)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="info-list referral-facts">
        <div className="info-row">
          <dt>Sessions</dt>
          <dd className={schedule ? undefined : 'muted'}>{orDash(schedule)}</dd>
        </div>
        <div className="info-row">
          <dt>Modalities</dt>
          <dd className={p.modalities.length ? undefined : 'muted'}>{orDash(p.modalities.map(modalityLabel).join(', '))}</dd>
        </div>
        <div className="info-row">
          <dt>Review date</dt>
          <dd className={p.reviewDate ? undefined : 'muted'}>{p.reviewDate ? formatDate(p.reviewDate) : '—'}</dd>
        </div>
        {p.notes && (
          <div className="info-row">
            <dt>Notes</dt>
            <dd>{p.notes}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
