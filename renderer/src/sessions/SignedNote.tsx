// A signed note, read-only: the whole note as text, the findings on the map, modalities with their
// units, the precautions acknowledged, who signed and when — then its addenda. Nothing here can
// change the note; corrections are addenda.
import { FileDown, Lock } from 'lucide-react';
import type { ReactNode } from 'react';
import type { Session } from '../../../shared/schemas/session';
import { modalityLabel } from '../../../shared/domain/modalities';
import { BodyMap, FindingsList } from '../bodymap';
import { useClinic } from '../ClinicContext';
import { ErrorBanner } from '../components/Status';
import { formatDate, formatInstantDate, orDash } from '../format';
import { useSavePdf } from '../hooks/useSavePdf';
import { Addenda } from './Addenda';
import { unitsSummary } from './ModalitiesSection';
import { SessionToolbar } from './SessionToolbar';
import { clockTime, usePractitioners } from './useSessions';

function Soap({ letter, title, children }: { letter: string; title: string; children: ReactNode }) {
  return (
    <section className="soap-section soap-read">
      <span className="soap-letter" aria-hidden="true">
        {letter}
      </span>
      <div className="soap-read-body">
        <h3 className="soap-read-title">{title}</h3>
        {children}
      </div>
    </section>
  );
}

function Text({ value }: { value: string }) {
  return value.trim() ? <p className="notes-text">{value}</p> : <p className="muted">Not recorded</p>;
}

const score = (v: number | null) => (v === null ? 'not recorded' : `${v}/10`);

export function SignedNote({ session, onChange }: { session: Session; onChange: (s: Session) => void }) {
  const { clinic } = useClinic();
  const pdf = useSavePdf();
  const { names } = usePractitioners();
  const s = session;
  const signedAt = s.signedAt ? `${formatInstantDate(s.signedAt, clinic.timeZone)} at ${clockTime(s.signedAt, clinic.timeZone)}` : '—';
  const times = [s.startTime, s.endTime].filter(Boolean).join('–');

  return (
    <div className="session-screen">
      <SessionToolbar
        session={s}
        actions={
          <button type="button" className="button button-secondary" disabled={pdf.busy !== null} onClick={() => void pdf.save('session-note', s.id)}>
            <FileDown size={16} aria-hidden="true" />
            {pdf.busy ? 'Saving…' : 'Save note as PDF'}
          </button>
        }
      />
      {pdf.error && <ErrorBanner message={pdf.error} />}
      <article className="signed-note" aria-label="Signed note">
        <p className="signed-banner">
          <Lock size={15} aria-hidden="true" />
          <span>
            Signed by <strong>{s.signedByName ?? 'unknown'}</strong> on {signedAt}. This note is locked; add an addendum below to correct or add to it.
          </span>
        </p>
        <div className="session-columns">
          <div className="card session-note">
            <dl className="info-list session-facts">
              <div className="info-row">
                <dt>Practitioner</dt>
                <dd>{names.get(s.practitionerId) ?? '—'}</dd>
              </div>
              <div className="info-row">
                <dt>Date and time</dt>
                <dd>
                  {formatDate(s.sessionDate)}
                  {times && `, ${times}`}
                </dd>
              </div>
              <div className="info-row">
                <dt>Treatment time</dt>
                <dd>{s.totalMinutes === null ? '—' : `${s.totalMinutes} minutes`}</dd>
              </div>
            </dl>
            <Soap letter="S" title="Subjective">
              <Text value={s.subjective} />
              <p className="soap-score">Pain before: {score(s.painBefore)}</p>
            </Soap>
            <Soap letter="O" title="Objective">
              <Text value={s.objective} />
            </Soap>
            <Soap letter="A" title="Assessment">
              <Text value={s.assessment} />
              <p className="soap-score">Pain after: {score(s.painAfter)}</p>
            </Soap>
            <Soap letter="P" title="Plan">
              <Text value={s.plan} />
              <dl className="info-list">
                <div className="info-row">
                  <dt>Home care</dt>
                  <dd>{orDash(s.homeCare)}</dd>
                </div>
                <div className="info-row">
                  <dt>Next visit</dt>
                  <dd>{orDash(s.nextVisit)}</dd>
                </div>
              </dl>
            </Soap>
          </div>
          <div className="card session-map">
            <h3 className="findings-list-title">Findings ({s.findings.length})</h3>
            <BodyMap findings={s.findings} readOnly label="Body map of this note’s findings" />
            <FindingsList findings={s.findings} headingLevel={4} />
          </div>
        </div>
        <section className="card modalities" aria-labelledby="signed-modalities">
          <h3 id="signed-modalities" className="card-title">
            Modalities
          </h3>
          {s.modalities.length === 0 ? (
            <p className="muted">None recorded.</p>
          ) : (
            <table className="table table-plain modalities-table">
              <thead>
                <tr>
                  <th scope="col">Modality</th>
                  <th scope="col">Minutes</th>
                  <th scope="col">Code</th>
                  <th scope="col">Oils</th>
                </tr>
              </thead>
              <tbody>
                {s.modalities.map((m, i) => (
                  <tr key={i}>
                    <td>{modalityLabel(m.modality)}</td>
                    <td>{m.minutes}</td>
                    <td>{m.cptCode || <span className="muted">not billed</span>}</td>
                    <td>{m.oils || <span className="muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="units-preview">
            <span className="units-preview-label">Billable units</span> <span>{unitsSummary(s.modalities)}</span>
          </p>
          {s.acknowledgments.length > 0 && (
            <>
              <h4 className="acks-title">Precautions acknowledged</h4>
              <ul className="acks">
                {s.acknowledgments.map((a) => (
                  <li key={`${a.ruleId}:${a.modality}`} className={`ack ack-${a.level}`}>
                    <span>{a.text}</span>
                    <span className="muted">
                      {' '}
                      — acknowledged by {a.acknowledgedBy} at {clockTime(a.acknowledgedAt, clinic.timeZone)}, {formatInstantDate(a.acknowledgedAt, clinic.timeZone)}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </article>
      <Addenda session={s} onAdded={onChange} />
    </div>
  );
}
