// The clinic's name and time zone.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ClinicInput, type ClinicFormValues } from '../../../shared/schemas/clinic';
import { call } from '../api';
import { useClinic } from '../ClinicContext';
import { SelectField, TextField } from '../components/Field';
import { ErrorBanner } from '../components/Status';
import { useToast } from '../components/Toast';
import { applyServerErrors } from '../hooks/serverErrors';
import { useSaveShortcut } from '../hooks/useShortcut';
import { timeZoneOptions } from '../timeZones';

export function ClinicCard() {
  const { clinic, refresh } = useClinic();
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const zones = useMemo(() => timeZoneOptions(clinic.timeZone), [clinic.timeZone]);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<ClinicFormValues, unknown, ClinicInput>({
    resolver: zodResolver(ClinicInput),
    defaultValues: { name: clinic.name, timeZone: clinic.timeZone },
  });

  useSaveShortcut(() => formRef.current?.requestSubmit());

  const onSubmit = handleSubmit(async (values) => {
    setBanner(null);
    try {
      const saved = await call('clinic/update', values);
      reset({ name: saved.name, timeZone: saved.timeZone });
      refresh();
      toast('Clinic saved');
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });

  return (
    <section className="card" aria-labelledby="settings-clinic">
      <h2 id="settings-clinic" className="card-title">
        Clinic
      </h2>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="form">
        {banner && <ErrorBanner message={banner} />}
        <div className="field-grid">
          <TextField label="Clinic name" required reg={register('name')} error={errors.name?.message} />
          <SelectField
            label="Time zone"
            required
            options={zones}
            reg={register('timeZone')}
            error={errors.timeZone?.message}
            hint="Appointments and “today” follow this time zone."
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : 'Save clinic'}
          </button>
          {isDirty && <span className="muted">Unsaved changes</span>}
        </div>
      </form>
    </section>
  );
}
