// Add or edit one practitioner, in a dialog over Settings.
import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { PractitionerInput, type Practitioner, type PractitionerFormValues } from '../../../shared/schemas/clinic';
import { call } from '../api';
import { Dialog } from '../components/Dialog';
import { TextField } from '../components/Field';
import { ErrorBanner } from '../components/Status';
import { applyServerErrors } from '../hooks/serverErrors';
import { useSaveShortcut } from '../hooks/useShortcut';

interface Props {
  editing: null | 'new' | Practitioner;
  onClose: () => void;
  onSaved: (practitioner: Practitioner, isNew: boolean) => void;
}

export function PractitionerDialog({ editing, onClose, onSaved }: Props) {
  const existing = editing && editing !== 'new' ? editing : undefined;
  return (
    <Dialog open={editing !== null} onClose={onClose} title={existing ? `Edit ${existing.firstName} ${existing.lastName}` : 'Add practitioner'}>
      <PractitionerForm key={existing?.id ?? 'new'} existing={existing} onCancel={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function PractitionerForm({ existing, onCancel, onSaved }: { existing: Practitioner | undefined; onCancel: () => void; onSaved: Props['onSaved'] }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PractitionerFormValues, unknown, PractitionerInput>({
    resolver: zodResolver(PractitionerInput),
    defaultValues: {
      firstName: existing?.firstName ?? '',
      lastName: existing?.lastName ?? '',
      credentials: existing?.credentials ?? '',
      licenseNumber: existing?.licenseNumber ?? '',
      npi: existing?.npi ?? '',
    },
  });

  useSaveShortcut(() => formRef.current?.requestSubmit(), { inDialog: true });

  const onSubmit = handleSubmit(async (values) => {
    setBanner(null);
    try {
      const saved = existing
        ? await call('practitioners/update', { id: existing.id, ...values })
        : await call('practitioners/create', values);
      onSaved(saved, !existing);
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="form">
      {banner && <ErrorBanner message={banner} />}
      <div className="field-grid">
        <TextField label="First name" required data-autofocus reg={register('firstName')} error={errors.firstName?.message} />
        <TextField label="Last name" required reg={register('lastName')} error={errors.lastName?.message} />
        <TextField label="Credentials" placeholder="e.g. LMT" reg={register('credentials')} error={errors.credentials?.message} />
        <TextField label="License number" reg={register('licenseNumber')} error={errors.licenseNumber?.message} />
        <TextField label="NPI" inputMode="numeric" reg={register('npi')} error={errors.npi?.message} hint="10 digits. Optional." />
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save practitioner'}
        </button>
      </div>
    </form>
  );
}
