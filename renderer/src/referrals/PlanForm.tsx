// Add or edit a treatment plan: measurable goals (baseline → target), how often and how many
// sessions, which modalities, and when to review it. Linked to a referral, or self-pay.
import { zodResolver } from '@hookform/resolvers/zod';
import { Plus, Trash2 } from 'lucide-react';
import { useRef, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { MODALITIES } from '../../../shared/domain/modalities';
import { PlanInput, PLAN_STATUSES, type PlanFormValues, type TreatmentPlan } from '../../../shared/schemas/plan';
import type { Referral } from '../../../shared/schemas/referral';
import { call } from '../api';
import { useToday } from '../ClinicContext';
import { FormSection, numberOrNull, SelectField, TextAreaField, TextField } from '../components/Field';
import { ErrorBanner } from '../components/Status';
import { formatDate } from '../format';
import { applyServerErrors } from '../hooks/serverErrors';
import { useSaveShortcut } from '../hooks/useShortcut';

export const STATUS_LABELS: Record<string, string> = { active: 'Active', completed: 'Completed', discontinued: 'Discontinued' };
const STATUS_OPTIONS = PLAN_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] ?? s }));

export function referralLabel(r: Referral): string {
  return `${r.physicianName} — ${r.diagnoses.join(', ')} (${formatDate(r.startDate)} – ${formatDate(r.endDate)})`;
}

interface Props {
  clientId: string;
  referrals: readonly Referral[];
  existing?: TreatmentPlan | undefined;
  onSaved: (plan: TreatmentPlan, isNew: boolean) => void;
  onCancel: () => void;
}

export function PlanForm({ clientId, referrals, existing, onSaved, onCancel }: Props) {
  const today = useToday();
  const formRef = useRef<HTMLFormElement>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PlanFormValues, unknown, PlanInput>({
    resolver: zodResolver(PlanInput),
    defaultValues: {
      clientId,
      // A new plan follows the referral in force (listed first), if there is one.
      referralId: existing ? existing.referralId : (referrals[0]?.id ?? null),
      goals: existing ? existing.goals.map((g) => ({ ...g })) : [{ description: '', baseline: '', target: '' }],
      frequencyPerWeek: existing?.frequencyPerWeek ?? null,
      plannedSessions: existing?.plannedSessions ?? null,
      modalities: existing ? [...existing.modalities] : [],
      startDate: existing?.startDate ?? today,
      reviewDate: existing?.reviewDate ?? '',
      status: existing?.status ?? 'active',
      notes: existing?.notes ?? '',
    },
  });
  const goals = useFieldArray({ control, name: 'goals' });

  // Two inline forms can be open at once: Ctrl/Cmd+S saves the one being typed in.
  useSaveShortcut(() => {
    if (formRef.current?.contains(document.activeElement)) formRef.current.requestSubmit();
  });

  const onSubmit = handleSubmit(async (values) => {
    setBanner(null);
    try {
      const saved = existing ? await call('plans/update', { id: existing.id, ...values }) : await call('plans/create', values);
      onSaved(saved, !existing);
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });

  const referralOptions = [{ value: '', label: 'Self-pay (no referral)' }, ...referrals.map((r) => ({ value: r.id, label: referralLabel(r) }))];
  const goalsError = errors.goals?.message ?? errors.goals?.root?.message;
  const count = { setValueAs: numberOrNull };

  return (
    <form ref={formRef} className="form plan-form" onSubmit={onSubmit} noValidate aria-label={existing ? 'Edit treatment plan' : 'New treatment plan'}>
      {banner && <ErrorBanner message={banner} />}
      <FormSection title="Plan">
        <SelectField
          label="Referral"
          wide
          options={referralOptions}
          reg={register('referralId', { setValueAs: (v: unknown) => (v === '' || v === null ? null : v) })}
          error={errors.referralId?.message}
        />
        <TextField label="Sessions per week" type="number" inputMode="numeric" min={1} max={7} reg={register('frequencyPerWeek', count)} error={errors.frequencyPerWeek?.message} />
        <TextField label="Planned sessions" type="number" inputMode="numeric" min={1} max={200} reg={register('plannedSessions', count)} error={errors.plannedSessions?.message} />
        <TextField label="Start date" required type="date" reg={register('startDate')} error={errors.startDate?.message} />
        <TextField label="Review date" type="date" reg={register('reviewDate')} error={errors.reviewDate?.message} />
        <SelectField label="Status" options={STATUS_OPTIONS} reg={register('status')} error={errors.status?.message} />
      </FormSection>

      <FormSection title="Goals" description="Measurable: where the client starts and where the plan aims, e.g. neck rotation 45° → 70°, pain 7/10 → 3/10.">
        <div className="field-wide">
          <ol className="repeat-list">
            {goals.fields.map((f, i) => (
              <li key={f.id}>
                <fieldset className="repeat-row goal-row">
                  <legend className="goal-legend">Goal {i + 1}</legend>
                  <TextField label="Description" autoComplete="off" placeholder="e.g. Neck rotation to the right" reg={register(`goals.${i}.description`)} error={errors.goals?.[i]?.description?.message} />
                  <TextField label="Baseline" autoComplete="off" placeholder="e.g. 45°" reg={register(`goals.${i}.baseline`)} error={errors.goals?.[i]?.baseline?.message} />
                  <TextField label="Target" autoComplete="off" placeholder="e.g. 70°" reg={register(`goals.${i}.target`)} error={errors.goals?.[i]?.target?.message} />
                  <button type="button" className="button button-ghost button-small repeat-remove" onClick={() => goals.remove(i)} disabled={goals.fields.length === 1}>
                    <Trash2 size={14} aria-hidden="true" />
                    Remove<span className="visually-hidden"> goal {i + 1}</span>
                  </button>
                </fieldset>
              </li>
            ))}
          </ol>
          {goalsError && <p className="field-error">{goalsError}</p>}
          <button type="button" className="button button-secondary button-small" onClick={() => goals.append({ description: '', baseline: '', target: '' })} disabled={goals.fields.length >= 12}>
            <Plus size={14} aria-hidden="true" />
            Add goal
          </button>
        </div>
      </FormSection>

      <FormSection title="Modalities">
        <fieldset className="field field-wide choice-group">
          <legend className="visually-hidden">Modalities</legend>
          <div className="modality-grid">
            {MODALITIES.map((m) => (
              <label key={m.id} className="checkbox">
                <input type="checkbox" value={m.id} {...register('modalities')} />
                <span>{m.label}</span>
              </label>
            ))}
          </div>
          {errors.modalities?.message && <p className="field-error">{errors.modalities.message}</p>}
        </fieldset>
        <TextAreaField label="Notes" rows={3} reg={register('notes')} error={errors.notes?.message} />
      </FormSection>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save plan'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
