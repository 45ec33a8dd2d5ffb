// Add or edit a referral (prescription). The shared schema checks the NPI's check digit, the
// ICD-10-CM codes and the date range here and again in main; errors sit beside their fields.
import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useController, useForm, type FieldErrors } from 'react-hook-form';
import { ReferralInput, type Referral, type ReferralFormValues } from '../../../shared/schemas/referral';
import { call } from '../api';
import { useToday } from '../ClinicContext';
import { FormSection, numberOrNull, TextAreaField, TextField } from '../components/Field';
import { ErrorBanner } from '../components/Status';
import { applyServerErrors } from '../hooks/serverErrors';
import { useSaveShortcut } from '../hooks/useShortcut';
import { DiagnosisPicker } from './DiagnosisPicker';

interface Props {
  clientId: string;
  existing?: Referral | undefined;
  /** Prefill for a new referral (the physician named on the client's record). */
  physicianName?: string;
  physicianPhone?: string;
  onSaved: (referral: Referral, isNew: boolean) => void;
  onCancel: () => void;
}

function valuesOf(clientId: string, r: Referral | undefined, today: string, name = '', phone = ''): ReferralFormValues {
  return {
    clientId,
    physicianName: r?.physicianName ?? name,
    physicianNpi: r?.physicianNpi ?? '',
    physicianPhone: r?.physicianPhone ?? phone,
    physicianFax: r?.physicianFax ?? '',
    physicianPractice: r?.physicianPractice ?? '',
    diagnoses: r ? [...r.diagnoses] : [],
    frequencyPerWeek: r?.frequencyPerWeek ?? null,
    durationWeeks: r?.durationWeeks ?? null,
    // Blank until typed: the schema then says "Visits authorized is required".
    visitsAuthorized: (r?.visitsAuthorized ?? null) as unknown as number,
    startDate: r?.startDate ?? today,
    endDate: r?.endDate ?? '',
    authorizationNumber: r?.authorizationNumber ?? '',
    notes: r?.notes ?? '',
  };
}

/** The diagnoses' message: the list's own ("Add at least one…") or the first code's. */
function diagnosesError(errors: FieldErrors<ReferralFormValues>): string | undefined {
  const e = errors.diagnoses;
  if (!e) return undefined;
  if (e.message) return e.message;
  if (e.root?.message) return e.root.message;
  if (Array.isArray(e)) return e.find((x) => x?.message)?.message;
  return undefined;
}

export function ReferralForm({ clientId, existing, physicianName, physicianPhone, onSaved, onCancel }: Props) {
  const today = useToday();
  const formRef = useRef<HTMLFormElement>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ReferralFormValues, unknown, ReferralInput>({
    resolver: zodResolver(ReferralInput),
    defaultValues: valuesOf(clientId, existing, today, physicianName, physicianPhone),
  });
  const diagnoses = useController({ control, name: 'diagnoses' });

  // Two inline forms can be open at once: Ctrl/Cmd+S saves the one being typed in.
  useSaveShortcut(() => {
    if (formRef.current?.contains(document.activeElement)) formRef.current.requestSubmit();
  });

  const onSubmit = handleSubmit(async (values) => {
    setBanner(null);
    try {
      const saved = existing ? await call('referrals/update', { id: existing.id, ...values }) : await call('referrals/create', values);
      onSaved(saved, !existing);
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });

  const count = { setValueAs: numberOrNull };
  return (
    <form ref={formRef} className="form referral-form" onSubmit={onSubmit} noValidate aria-label={existing ? 'Edit referral' : 'New referral'}>
      {banner && <ErrorBanner message={banner} />}
      <FormSection title="Physician">
        <TextField label="Physician name" required autoFocus autoComplete="off" reg={register('physicianName')} error={errors.physicianName?.message} />
        <TextField label="Physician NPI" inputMode="numeric" autoComplete="off" reg={register('physicianNpi')} error={errors.physicianNpi?.message} hint="10 digits." />
        <TextField label="Physician phone" type="tel" autoComplete="off" reg={register('physicianPhone')} error={errors.physicianPhone?.message} />
        <TextField label="Physician fax" type="tel" autoComplete="off" reg={register('physicianFax')} error={errors.physicianFax?.message} />
        <TextField label="Practice" wide autoComplete="off" reg={register('physicianPractice')} error={errors.physicianPractice?.message} />
      </FormSection>
      <FormSection title="Diagnoses and order">
        <DiagnosisPicker
          value={diagnoses.field.value ?? []}
          onChange={(codes) => diagnoses.field.onChange(codes)}
          onBlur={diagnoses.field.onBlur}
          inputRef={diagnoses.field.ref}
          error={diagnosesError(errors)}
        />
        <TextField label="Visits per week" type="number" inputMode="numeric" min={1} max={7} reg={register('frequencyPerWeek', count)} error={errors.frequencyPerWeek?.message} />
        <TextField label="Duration in weeks" type="number" inputMode="numeric" min={1} max={104} reg={register('durationWeeks', count)} error={errors.durationWeeks?.message} />
        <TextField label="Visits authorized" required type="number" inputMode="numeric" min={0} reg={register('visitsAuthorized', count)} error={errors.visitsAuthorized?.message} />
        <TextField label="Authorization number" autoComplete="off" reg={register('authorizationNumber')} error={errors.authorizationNumber?.message} />
        <TextField label="Start date" required type="date" reg={register('startDate')} error={errors.startDate?.message} />
        <TextField label="End date" required type="date" reg={register('endDate')} error={errors.endDate?.message} />
        <TextAreaField label="Notes" rows={3} reg={register('notes')} error={errors.notes?.message} />
      </FormSection>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save referral'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
