// The left column of a note: the session's details, then S, O, A and P in order (Tab follows it).
import type { ReactNode } from 'react';
import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { Practitioner } from '../../../shared/schemas/clinic';
import type { TreatmentPlan } from '../../../shared/schemas/plan';
import type { Referral } from '../../../shared/schemas/referral';
import { numberOrNull, SelectField, TextAreaField, TextField } from '../components/Field';
import { formatDate } from '../format';
import type { SessionFormValues } from './sessionForm';
import { practitionerName } from './useSessions';

interface FieldsProps {
  register: UseFormRegister<SessionFormValues>;
  errors: FieldErrors<SessionFormValues>;
}

interface DetailsProps extends FieldsProps {
  control: Control<SessionFormValues>;
  practitioners: Practitioner[];
  referrals: Referral[];
  plans: TreatmentPlan[];
}

const asNumber = { setValueAs: numberOrNull };

export function SessionDetails({ register, errors, control, practitioners, referrals, plans }: DetailsProps) {
  const [practitionerId, modalities] = useWatch({ control, name: ['practitionerId', 'modalities'] });
  const modalityMinutes = (modalities ?? []).reduce((sum, m) => sum + (m.minutes ?? 0), 0);
  // Inactive practitioners stay listed only when this note is theirs.
  const choices = practitioners.filter((p) => p.active || p.id === practitionerId);
  return (
    <section className="session-details" aria-label="Session details">
      <div className="field-grid session-details-grid">
        <SelectField
          label="Practitioner"
          reg={register('practitionerId')}
          error={errors.practitionerId?.message}
          options={choices.map((p) => ({ value: p.id, label: practitionerName(p) }))}
        />
        <TextField label="Date" type="date" reg={register('sessionDate')} error={errors.sessionDate?.message} />
        <TextField label="Start time" type="time" reg={register('startTime')} error={errors.startTime?.message} />
        <TextField label="End time" type="time" reg={register('endTime')} error={errors.endTime?.message} />
        <TextField
          label="Total treatment time (minutes)"
          type="number"
          min={0}
          max={480}
          reg={register('totalMinutes', asNumber)}
          error={errors.totalMinutes?.message}
          hint={modalityMinutes > 0 ? `Modalities add up to ${modalityMinutes} min` : undefined}
        />
        <SelectField
          label="Referral"
          reg={register('referralId')}
          error={errors.referralId?.message}
          options={[
            { value: '', label: referrals.length ? 'None' : 'None on file' },
            ...referrals.map((r) => ({ value: r.id, label: `${r.physicianName} · ${formatDate(r.startDate)}–${formatDate(r.endDate)}` })),
          ]}
        />
        <SelectField
          label="Treatment plan"
          reg={register('planId')}
          error={errors.planId?.message}
          options={[
            { value: '', label: plans.length ? 'None' : 'None on file' },
            ...plans.map((p) => ({ value: p.id, label: `Plan from ${formatDate(p.startDate)}${p.status === 'active' ? '' : ` (${p.status})`}` })),
          ]}
        />
      </div>
    </section>
  );
}

function Soap({ letter, children }: { letter: string; children: ReactNode }) {
  return (
    <section className="soap-section">
      <span className="soap-letter" aria-hidden="true">
        {letter}
      </span>
      <div className="field-grid soap-fields">{children}</div>
    </section>
  );
}

const painProps = { type: 'number', min: 0, max: 10, step: 1, inputMode: 'numeric' } as const;

export function SoapFields({ register, errors }: FieldsProps) {
  return (
    <div className="soap">
      <Soap letter="S">
        <TextAreaField label="Subjective" rows={4} hint="The client’s own words: what brings them in, what changed since last time." reg={register('subjective')} error={errors.subjective?.message} />
        <TextField label="Pain before (0–10)" {...painProps} reg={register('painBefore', asNumber)} error={errors.painBefore?.message} />
      </Soap>
      <Soap letter="O">
        <TextAreaField label="Objective" rows={4} hint="Posture, range of motion, palpation. Findings go on the body map." reg={register('objective')} error={errors.objective?.message} />
      </Soap>
      <Soap letter="A">
        <TextAreaField label="Assessment" rows={3} hint="Response to treatment, progress toward the plan’s goals." reg={register('assessment')} error={errors.assessment?.message} />
        <TextField label="Pain after (0–10)" {...painProps} reg={register('painAfter', asNumber)} error={errors.painAfter?.message} />
      </Soap>
      <Soap letter="P">
        <TextAreaField label="Plan" rows={3} reg={register('plan')} error={errors.plan?.message} />
        <TextAreaField label="Home care" rows={2} reg={register('homeCare')} error={errors.homeCare?.message} />
        <TextField label="Next visit" wide placeholder="e.g. 1 week, focus on the left shoulder" reg={register('nextVisit')} error={errors.nextVisit?.message} />
      </Soap>
    </div>
  );
}
