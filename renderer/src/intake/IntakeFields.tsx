// The intake's question sections (conditions are in ConditionsSection). Worded for the client, who
// may be the one filling them in ("Hand to client").
import { Plus, Trash2 } from 'lucide-react';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { CheckboxField, FormSection, TextAreaField, TextField } from '../components/Field';
import type { IntakeFormValues } from './intakeForm';

export interface SectionProps {
  register: UseFormRegister<IntakeFormValues>;
  errors: FieldErrors<IntakeFormValues>;
  control: Control<IntakeFormValues>;
}

export function ReasonSection({ register, errors }: Omit<SectionProps, 'control'>) {
  const e = errors.answers;
  return (
    <FormSection title="Reason and goals">
      <TextAreaField
        label="Reason for visit"
        required
        rows={3}
        reg={register('answers.reasonForVisit')}
        error={e?.reasonForVisit?.message}
        hint="What brings you in today?"
      />
      <TextAreaField label="Goals" rows={3} reg={register('answers.goals')} error={e?.goals?.message} hint="What would you like to be able to do again?" />
      <TextAreaField label="Pain areas" rows={3} reg={register('answers.painAreas')} error={e?.painAreas?.message} hint="Where it hurts, and how much (0–10)." />
    </FormSection>
  );
}

export function MedicationsSection({ register, errors, control }: SectionProps) {
  const { fields, append, remove } = useFieldArray({ control, name: 'answers.medications' });
  const e = errors.answers;
  return (
    <FormSection title="Medications" description="Every medicine you take, including over-the-counter ones.">
      <div className="field-wide">
        {fields.length === 0 ? (
          <p className="muted repeat-empty">No medications listed.</p>
        ) : (
          <ul className="repeat-list">
            {fields.map((f, i) => (
              <li key={f.id} className="repeat-row medication-row" role="group" aria-label={`Medication ${i + 1}`}>
                <TextField
                  label="Medication name"
                  hideLabel={i > 0}
                  autoComplete="off"
                  reg={register(`answers.medications.${i}.name`)}
                  error={e?.medications?.[i]?.name?.message}
                />
                <CheckboxField label="Blood thinner" reg={register(`answers.medications.${i}.isAnticoagulant`)} />
                <button type="button" className="button button-ghost button-small repeat-remove" onClick={() => remove(i)}>
                  <Trash2 size={14} aria-hidden="true" />
                  Remove<span className="visually-hidden"> medication {i + 1}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <button type="button" className="button button-secondary button-small" onClick={() => append({ name: '', isAnticoagulant: false })}>
          <Plus size={14} aria-hidden="true" />
          Add medication
        </button>
      </div>
      <CheckboxField
        wide
        label="Takes an anticoagulant / blood thinner"
        reg={register('answers.takesAnticoagulant')}
        hint="For example warfarin, apixaban (Eliquis), rivaroxaban (Xarelto), heparin or daily aspirin."
      />
    </FormSection>
  );
}

export function AllergiesSection({ register, errors }: Omit<SectionProps, 'control'>) {
  const e = errors.answers?.allergies;
  return (
    <FormSection title="Allergies">
      <div className="field-wide checkbox-row">
        <CheckboxField label="Nut oils" reg={register('answers.allergies.nutOils')} />
        <CheckboxField label="Latex" reg={register('answers.allergies.latex')} />
      </div>
      <TextField label="Essential oil allergies" autoComplete="off" placeholder="e.g. lavender" reg={register('answers.allergies.essentialOils')} error={e?.essentialOils?.message} />
      <TextField label="Other allergies" autoComplete="off" reg={register('answers.allergies.other')} error={e?.other?.message} />
    </FormSection>
  );
}

const PRESSURES = [
  { value: 'light', label: 'Light' },
  { value: 'medium', label: 'Medium' },
  { value: 'firm', label: 'Firm' },
] as const;

export function PreferencesSection({ register, errors }: Omit<SectionProps, 'control'>) {
  const e = errors.answers;
  return (
    <>
      <FormSection title="Injuries and preferences">
        <TextAreaField label="Recent injuries" rows={3} reg={register('answers.recentInjuries')} error={e?.recentInjuries?.message} />
        <fieldset className="field field-wide choice-group">
          <legend className="field-label">Pressure preference</legend>
          <div className="choice-row">
            {PRESSURES.map((p) => (
              <label key={p.value} className="checkbox">
                <input type="radio" value={p.value} {...register('answers.pressurePreference')} />
                <span>{p.label}</span>
              </label>
            ))}
          </div>
          {e?.pressurePreference?.message && <p className="field-error">{e.pressurePreference.message}</p>}
        </fieldset>
        <TextAreaField label="Areas to avoid" rows={3} reg={register('answers.areasToAvoid')} error={e?.areasToAvoid?.message} hint="Anywhere you would rather not be touched." />
      </FormSection>
      <FormSection title="Your physician">
        <TextField label="Physician name" autoComplete="off" reg={register('answers.physicianName')} error={e?.physicianName?.message} />
        <TextField label="Physician phone" type="tel" autoComplete="off" reg={register('answers.physicianPhone')} error={e?.physicianPhone?.message} />
      </FormSection>
    </>
  );
}
