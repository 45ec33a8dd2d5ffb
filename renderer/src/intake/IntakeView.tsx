// An intake read-only: every answer as text, then who signed and their signature. Signed intakes
// are only ever shown this way; there is no control here that could change one.
import type { ReactNode } from 'react';
import type { Intake, IntakeAnswers } from '../../../shared/schemas/intake';
import { useClinic } from '../ClinicContext';
import { formatDate, formatInstant, orDash } from '../format';
import { PRESSURE_LABELS } from './intakeForm';

type Row = [label: string, value: ReactNode];

function Section({ title, rows }: { title: string; rows: Row[] }) {
  return (
    <section className="intake-view-section">
      <h3 className="intake-view-title">{title}</h3>
      <dl className="info-list">
        {rows.map(([label, value]) => (
          <div key={label} className="info-row">
            <dt>{label}</dt>
            <dd className={typeof value === 'string' && !value.trim() ? 'muted' : undefined}>{typeof value === 'string' ? orDash(value) : value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

const yes = (v: boolean, text = 'Yes') => (v ? text : 'No');
const date = (v: string) => (v ? formatDate(v) : '');

/** Each condition the client ticked, with its follow-up answers, as one line. */
export function conditionLines(a: IntakeAnswers): string[] {
  const c = a.conditions;
  const lines: string[] = [];
  const join = (...parts: string[]) => parts.filter(Boolean).join('; ');
  if (c.hypertension.present) lines.push(join('High blood pressure', c.hypertension.controlled ? 'controlled' : 'not controlled'));
  if (c.heartDisease.present) lines.push(join('Heart disease', c.heartDisease.pacemaker ? 'has a pacemaker' : 'no pacemaker'));
  if (c.dvt.present) lines.push(join('Blood clot / DVT', c.dvt.clearedByPhysician ? 'cleared by a physician' : 'not cleared by a physician'));
  if (a.bleedingDisorder) lines.push('Bleeding disorder');
  if (c.cancer.present) {
    lines.push(
      join(
        'Cancer',
        c.cancer.activeTreatment ? 'in active treatment' : 'not in active treatment',
        c.cancer.lastChemotherapyDate && `last chemotherapy ${date(c.cancer.lastChemotherapyDate)}`,
        c.cancer.nextChemotherapyDate && `next chemotherapy ${date(c.cancer.nextChemotherapyDate)}`,
        c.cancer.portSite && `port: ${c.cancer.portSite}`,
        c.cancer.radiationSites && `radiation: ${c.cancer.radiationSites}`,
      ),
    );
  }
  if (c.pregnancy.present) {
    lines.push(
      join(
        'Pregnancy',
        c.pregnancy.weeks !== null ? `${c.pregnancy.weeks} weeks` : 'weeks not given',
        c.pregnancy.highRisk ? 'high-risk' : '',
        c.pregnancy.obClearance ? 'cleared by an obstetrician' : '',
      ),
    );
  }
  if (c.recentSurgery.present) {
    lines.push(join('Surgery in the last 6 months', c.recentSurgery.date && `on ${date(c.recentSurgery.date)}`, c.recentSurgery.where && `site: ${c.recentSurgery.where}`));
  }
  if (c.skinCondition.present) {
    lines.push(join('Skin condition', c.skinCondition.where && `area: ${c.skinCondition.where}`, c.skinCondition.contagious ? 'contagious' : ''));
  }
  if (c.diabetes) lines.push('Diabetes');
  if (c.neuropathy) lines.push('Neuropathy');
  if (c.osteoporosis) lines.push('Osteoporosis');
  if (c.epilepsy) lines.push('Epilepsy');
  if (c.fibromyalgia) lines.push('Fibromyalgia');
  return lines;
}

function List({ items, empty }: { items: ReactNode[]; empty: string }) {
  if (items.length === 0) return <span className="muted">{empty}</span>;
  return (
    <ul className="plain-list">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

export function IntakeView({ intake }: { intake: Intake }) {
  const { clinic } = useClinic();
  const a = intake.answers;
  const allergies = [
    a.allergies.nutOils ? 'Nut oils' : '',
    a.allergies.latex ? 'Latex' : '',
    a.allergies.essentialOils ? `Essential oils: ${a.allergies.essentialOils}` : '',
    a.allergies.other,
  ].filter(Boolean);
  return (
    <article className="intake-view" aria-label={intake.signed ? 'Signed intake' : 'Draft intake'}>
      <Section
        title="Reason and goals"
        rows={[
          ['Reason for visit', a.reasonForVisit],
          ['Goals', a.goals],
          ['Pain areas', a.painAreas],
        ]}
      />
      <Section
        title="Medications"
        rows={[
          [
            'Medications',
            <List
              key="m"
              empty="None listed"
              items={a.medications.map((m) => (
                <>
                  {m.name}
                  {m.isAnticoagulant && <span className="chip chip-warn">blood thinner</span>}
                </>
              ))}
            />,
          ],
          ['Takes an anticoagulant', yes(a.takesAnticoagulant)],
          ['Allergies', <List key="a" empty="None listed" items={allergies} />],
        ]}
      />
      <Section title="Health conditions" rows={[['Conditions', <List key="c" empty="None reported" items={conditionLines(a)} />]]} />
      <Section
        title="Injuries and preferences"
        rows={[
          ['Recent injuries', a.recentInjuries],
          ['Pressure preference', PRESSURE_LABELS[a.pressurePreference] ?? a.pressurePreference],
          ['Areas to avoid', a.areasToAvoid],
          ['Physician', [a.physicianName, a.physicianPhone].filter(Boolean).join(', ')],
        ]}
      />
      <section className="intake-view-section intake-signature">
        <h3 className="intake-view-title">Consent and signature</h3>
        {intake.signed ? (
          <>
            <p className="signed-line">
              Signed by <strong>{intake.signedName}</strong> on {intake.signedAt ? formatInstant(intake.signedAt, clinic.timeZone) : '—'}
            </p>
            {intake.signatureDataUrl && <img className="signature-image" src={intake.signatureDataUrl} alt={`Signature of ${intake.signedName ?? 'the client'}`} />}
            <p className="muted intake-locked-note">Signed intakes are locked. To record changes, start a new intake.</p>
          </>
        ) : (
          <p className="muted">Not signed yet (draft).</p>
        )}
      </section>
    </article>
  );
}
