// First run: the clinic and its first practitioner, saved together in one step.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ClinicSetupInput, type AppStatus, type ClinicSetupFormValues } from '../../../shared/schemas/clinic';
import { call } from '../api';
import { FormSection, SelectField, TextField } from '../components/Field';
import { DemoOffer } from '../demo/DemoOffer';
import { ErrorBanner } from '../components/Status';
import { applyServerErrors } from '../hooks/serverErrors';
import { useSaveShortcut } from '../hooks/useShortcut';
import { localTimeZone, timeZoneOptions } from '../timeZones';

type SetupOutput = ClinicSetupInput;

export function SetupScreen({ onDone }: { onDone: (status: AppStatus) => void }) {
  const [defaultZone] = useState(localTimeZone);
  const zones = useMemo(() => timeZoneOptions(defaultZone), [defaultZone]);
  const [banner, setBanner] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ClinicSetupFormValues, unknown, SetupOutput>({
    resolver: zodResolver(ClinicSetupInput),
    defaultValues: {
      clinic: { name: '', timeZone: defaultZone },
      practitioner: { firstName: '', lastName: '', credentials: '', licenseNumber: '', npi: '' },
    },
  });

  useSaveShortcut(() => formRef.current?.requestSubmit());

  const onSubmit = handleSubmit(async (values) => {
    setBanner(null);
    try {
      onDone(await call('clinic/setup', values));
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });

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
