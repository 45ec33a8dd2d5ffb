// Add or edit one service (appointment type) in a dialog over Settings.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ServiceInput, type ScheduleSettings, type Service } from '../../../shared/schemas/schedule';
import { call } from '../api';
import { Dialog } from '../components/Dialog';
import { CheckboxField, TextField } from '../components/Field';
import { ErrorBanner } from '../components/Status';
import { applyServerErrors } from '../hooks/serverErrors';
import { useSaveShortcut } from '../hooks/useShortcut';

interface Props {
  editing: null | 'new' | Service;
  onClose: () => void;
  onSaved: (settings: ScheduleSettings, isNew: boolean) => void;
}

export function ScheduleServiceDialog({ editing, onClose, onSaved }: Props) {
  const existing = editing && editing !== 'new' ? editing : undefined;
  return (
    <Dialog open={editing !== null} onClose={onClose} title={existing ? `Edit ${existing.name}` : 'Add service'} className="dialog-small">
      <ServiceForm key={existing?.id ?? 'new'} existing={existing} onCancel={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function ServiceForm({ existing, onCancel, onSaved }: { existing: Service | undefined; onCancel: () => void; onSaved: Props['onSaved'] }) {
  const [banner, setBanner] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof ServiceInput>, unknown, z.output<typeof ServiceInput>>({
    resolver: zodResolver(ServiceInput),
    defaultValues: { name: existing?.name ?? '', lengthMinutes: existing?.lengthMinutes ?? 60, bufferMinutes: existing?.bufferMinutes ?? 0, active: existing?.active ?? true },
  });
  const onSubmit = handleSubmit(async (values) => {
    setBanner(null);
    try {
      onSaved(existing ? await call('services/update', { id: existing.id, ...values }) : await call('services/create', values), !existing);
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });
  useSaveShortcut(() => void onSubmit(), { inDialog: true });

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      {banner && <ErrorBanner message={banner} />}
      <div className="field-grid">
        <TextField label="Service name" required wide data-autofocus placeholder="e.g. Medical massage, 60 min" reg={register('name')} error={errors.name?.message} />
        <TextField label="Length (minutes)" type="number" min={5} max={480} step={5} required reg={register('lengthMinutes', { valueAsNumber: true })} error={errors.lengthMinutes?.message} />
        <TextField label="Buffer after (minutes)" type="number" min={0} max={120} step={5} reg={register('bufferMinutes', { valueAsNumber: true })} error={errors.bufferMinutes?.message} hint="Turnover time planned after the appointment." />
        <CheckboxField label="Offered when booking" wide reg={register('active')} hint="Untick to retire a service; past appointments keep it." />
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save service'}
        </button>
      </div>
    </form>
  );
}
