// First run: the clinic, its first practitioner (who becomes the owner) and how this computer is
// protected, saved together in one step. With a passcode, the owner's recovery code is shown once.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { z } from 'zod';
import { ClinicSetupInput, type AppStatus } from '../../../shared/schemas/clinic';
import { call, CallError } from '../api';
import { NewPasscodeFields } from '../auth/NewPasscodeFields';
import { ChosenPasscode, passcodesMatch } from '../auth/passcodeForm';
import { RecoveryCode } from '../auth/RecoveryCode';
import { FormSection, SelectField, TextField } from '../components/Field';
import { DemoOffer } from '../demo/DemoOffer';
import { ErrorBanner } from '../components/Status';
import { applyServerErrors } from '../hooks/serverErrors';
import { useSaveShortcut } from '../hooks/useShortcut';
import { localTimeZone, timeZoneOptions } from '../timeZones';

/**
 * The form holds the choice and the passcode typed twice; the call gets `access` as the contract
 * has it ({ mode: 'passcode', passcode } or { mode: 'none' }).
 */
const SetupForm = z
  .object({
    clinic: ClinicSetupInput.shape.clinic,
    practitioner: ClinicSetupInput.shape.practitioner,
    protect: z.enum(['passcode', 'none'], { error: 'Choose a passcode, or choose no sign-in' }),
    passcode: z.string(),
    confirmPasscode: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.protect !== 'passcode') return;
    const passcode = ChosenPasscode.safeParse(v.passcode);
    if (!passcode.success) ctx.addIssue({ code: 'custom', path: ['passcode'], message: passcode.error.issues[0]?.message ?? 'Choose a passcode' });
    passcodesMatch(v, ctx);
  })
  .transform(
    ({ clinic, practitioner, protect, passcode }): ClinicSetupInput => ({
      clinic,
      practitioner,
      access: protect === 'passcode' ? { mode: 'passcode', passcode } : { mode: 'none' },
    }),
  );
type SetupValues = z.input<typeof SetupForm>;

type SetupResult = AppStatus & { recoveryCode: string | null };

export function SetupScreen({ onDone }: { onDone: (status: AppStatus) => void }) {
  const [defaultZone] = useState(localTimeZone);
  const zones = useMemo(() => timeZoneOptions(defaultZone), [defaultZone]);
  const [banner, setBanner] = useState<string | null>(null);
  // Set up with a passcode: the recovery code waits on screen until the owner has stored it.
  const [done, setDone] = useState<{ status: SetupResult; ownerName: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SetupValues, unknown, ClinicSetupInput>({
    resolver: zodResolver(SetupForm),
    defaultValues: {
      clinic: { name: '', timeZone: defaultZone },
      practitioner: { firstName: '', lastName: '', credentials: '', licenseNumber: '', npi: '' },
      protect: 'passcode',
      passcode: '',
      confirmPasscode: '',
    },
  });
  const protect = useWatch({ control, name: 'protect' });

  useSaveShortcut(() => formRef.current?.requestSubmit());

  const onSubmit = handleSubmit(async (values) => {
    setBanner(null);
    try {
      const status = await call('clinic/setup', values);
      if (status.recoveryCode) setDone({ status, ownerName: `${values.practitioner.firstName} ${values.practitioner.lastName}` });
      else onDone(status);
    } catch (error) {
      // The core names the passcode `access.passcode`; the form calls it `passcode`.
      const moved =
        error instanceof CallError && error.detail.fields
          ? new CallError({
              ...error.detail,
              fields: Object.fromEntries(Object.entries(error.detail.fields).map(([k, m]) => [k.startsWith('access') ? 'passcode' : k, m])),
            })
          : error;
      setBanner(applyServerErrors<SetupValues>(moved, (path, e, o) => setError(path as FieldPath<SetupValues>, e, o)));
    }
  });

  if (done?.status.recoveryCode) {
    return (
      <div className="setup">
        <div className="setup-card">
          <header className="setup-header">
            <span className="brand-mark brand-mark-large" aria-hidden="true">
              P
            </span>
            <h1>Your clinic is ready</h1>
            <p className="muted">One last thing before you start: keep the owner’s recovery code.</p>
          </header>
          <RecoveryCode code={done.status.recoveryCode} ownerName={done.ownerName} clinicName={done.status.clinic?.name ?? ''} onDone={() => onDone(done.status)} />
        </div>
      </div>
    );
  }

  return (
    <div className="setup">
      <div className="setup-card">
        <header className="setup-header">
          <span className="brand-mark brand-mark-large" aria-hidden="true">
            P
          </span>
          <h1>Welcome to Palpate</h1>
          <p className="muted">
            Set up your clinic to begin. Everything stays on this computer; you can change these details later in
            Settings.
          </p>
        </header>
        <DemoOffer />
        <form ref={formRef} onSubmit={onSubmit} noValidate className="form">
          {banner && <ErrorBanner message={banner} />}
          <FormSection title="Your clinic">
            <TextField label="Clinic name" required wide autoFocus reg={register('clinic.name')} error={errors.clinic?.name?.message} />
            <SelectField
              label="Time zone"
              required
              wide
              options={zones}
              reg={register('clinic.timeZone')}
              error={errors.clinic?.timeZone?.message}
              hint="Appointments and “today” follow this time zone."
            />
          </FormSection>
          <FormSection title="First practitioner" description="Usually you. Add the rest of the team later in Settings.">
            <TextField label="First name" required autoComplete="given-name" reg={register('practitioner.firstName')} error={errors.practitioner?.firstName?.message} />
            <TextField label="Last name" required autoComplete="family-name" reg={register('practitioner.lastName')} error={errors.practitioner?.lastName?.message} />
            <TextField label="Credentials" placeholder="e.g. LMT" reg={register('practitioner.credentials')} error={errors.practitioner?.credentials?.message} />
            <TextField label="License number" reg={register('practitioner.licenseNumber')} error={errors.practitioner?.licenseNumber?.message} />
            <TextField
              label="NPI"
              inputMode="numeric"
              reg={register('practitioner.npi')}
              error={errors.practitioner?.npi?.message}
              hint="10 digits, needed for insurance claims. Optional."
            />
          </FormSection>
          <FormSection
            title="Protect this computer"
            description="Client records are health information. A passcode keeps them from anyone who walks up to this computer."
          >
            <fieldset className="choice-group field-wide protect-choice">
              <legend className="visually-hidden">How Palpate is protected</legend>
              <label className="protect-option">
                <input type="radio" value="passcode" aria-describedby="protect-passcode-hint" {...register('protect')} />
                <span>
                  <span className="protect-option-label">Set a passcode</span>
                  <span id="protect-passcode-hint" className="protect-option-hint">
                    Recommended. Palpate locks itself after 5 minutes without use; you can add your team, each with their own passcode, in Settings.
                  </span>
                </span>
              </label>
              {protect === 'passcode' && (
                <div className="field-grid protect-passcode">
                  <NewPasscodeFields register={register} errors={errors} label="Passcode" />
                </div>
              )}
              <label className="protect-option">
                <input type="radio" value="none" aria-describedby="protect-none-hint" {...register('protect')} />
                <span>
                  <span className="protect-option-label">No sign-in — I work alone and this computer is private</span>
                  <span id="protect-none-hint" className="protect-option-hint">
                    Anyone at this computer will see every record. You can turn sign-in on later in Settings.
                  </span>
                </span>
              </label>
              {errors.protect?.message && <p className="field-error">{errors.protect.message}</p>}
            </fieldset>
          </FormSection>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={isSubmitting}>
              {isSubmitting ? 'Setting up…' : 'Set up clinic'}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
