// Book one appointment: client, service (which sets the length), when, who and where. A clash is
// refused by the core with a sentence naming the other appointment; outside opening hours the
// core asks first, and "Book anyway" sends it again confirmed.
import './dialogs.css';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { Practitioner } from '../../../shared/schemas/clinic';
import type { AppointmentView, ScheduleSettings } from '../../../shared/schemas/schedule';
import { call, CallError } from '../api';
import { Dialog } from '../components/Dialog';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { ErrorBanner } from '../components/Status';
import { applyServerErrors } from '../hooks/serverErrors';
import { useSaveShortcut } from '../hooks/useShortcut';
import { clockOf, minutesOf } from './calendar';
import { ClientPicker, type PickedClient } from '../components/ClientPicker';
import { activePractitioners, activeRooms, activeServices, BookingForm, defaultsFor, toBookInput, type BookingDraft, type BookingFormValues } from './bookingForm';
import { ConfirmBanner } from './ConfirmBanner';
import { asQuestion } from './useMoveFlow';
import { useOnlyOwnSchedule } from '../auth/AuthContext';

interface Props {
  draft: BookingDraft | null;
  settings: ScheduleSettings;
  practitioners: readonly Practitioner[];
  onClose: () => void;
  onBooked: (appointment: AppointmentView) => void;
}

export function BookingDialog({ draft, settings, practitioners, onClose, onBooked }: Props) {
  return (
    <Dialog open={draft !== null} onClose={onClose} title="Book an appointment" className="dialog-booking">
      {draft && <BookingFormView draft={draft} settings={settings} practitioners={practitioners} onClose={onClose} onBooked={onBooked} />}
    </Dialog>
  );
}

function BookingFormView({ draft: asked, settings, practitioners: all, onClose, onBooked }: Props & { draft: BookingDraft }) {
  // A therapist books only for themselves: the one practitioner they chart as.
  const own = useOnlyOwnSchedule();
  const practitioners = own === null ? all : all.filter((p) => p.id === own);
  const draft = own === null ? asked : { ...asked, practitionerId: own };
  const [client, setClient] = useState<PickedClient | null>(draft.client ?? null);
  const [banner, setBanner] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const services = activeServices(settings);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<BookingFormValues, unknown, BookingForm>({
    resolver: zodResolver(BookingForm),
    defaultValues: defaultsFor(draft, settings, practitioners),
  });

  const submit = (confirmOutsideHours: boolean) =>
    handleSubmit(async (values) => {
      setBanner(null);
      setConfirm(null);
      try {
        onBooked(await call('appointments/book', toBookInput(values, settings.timeZone, confirmOutsideHours)));
      } catch (error) {
        if (error instanceof CallError && error.detail.code === 'needs_confirmation') return setConfirm(asQuestion(error.message));
        if (error instanceof CallError && error.detail.fields?.start) setError('time', { type: 'server', message: error.detail.fields.start });
        setBanner(applyServerErrors(error, setError));
      }
    });
  useSaveShortcut(() => void submit(false)(), { inDialog: true });

  const [time, length] = useWatch({ control, name: ['time', 'lengthMinutes'] });
  const ends = /^\d\d:\d\d$/.test(time ?? '') && Number.isFinite(length) ? `Ends at ${clockOf(minutesOf(time!) + Number(length))}` : undefined;
  const serviceField = register('serviceId', {
    onChange: (e: { target: { value: string } }) => {
      const service = services.find((s) => s.id === e.target.value);
      if (service) setValue('lengthMinutes', service.lengthMinutes, { shouldValidate: true });
    },
  });

  return (
    <form onSubmit={submit(false)} noValidate className="form booking-form" aria-label="Book an appointment">
      {banner && <ErrorBanner message={banner} />}
      {confirm && <ConfirmBanner message={confirm} action="Book anyway" busy={isSubmitting} onConfirm={() => void submit(true)()} onCancel={() => setConfirm(null)} />}
      <div className="field-grid">
        <Controller
          control={control}
          name="clientId"
          render={({ field, fieldState }) => (
            <ClientPicker
              value={client}
              autoFocus={!client}
              error={fieldState.error?.message}
              onChange={(c) => {
                setClient(c);
                field.onChange(c?.id ?? '');
              }}
            />
          )}
        />
        <SelectField
          label="Service"
          options={[...services.map((s) => ({ value: s.id, label: s.name })), { value: '', label: 'Other (no service)' }]}
          reg={serviceField}
          error={errors.serviceId?.message}
          data-autofocus={client ? true : undefined}
        />
        <TextField label="Length (minutes)" type="number" min={5} max={480} step={5} required reg={register('lengthMinutes', { valueAsNumber: true })} error={errors.lengthMinutes?.message} hint={ends} />
        <TextField label="Date" type="date" required reg={register('date')} error={errors.date?.message} />
        <TextField label="Start time" type="time" step={900} required reg={register('time')} error={errors.time?.message} />
        <SelectField
          label="Practitioner"
          required
          options={activePractitioners(practitioners).map((p) => ({ value: p.id, label: `${p.firstName} ${p.lastName}` }))}
          reg={register('practitionerId')}
          error={errors.practitionerId?.message}
        />
        <SelectField label="Room" required options={activeRooms(settings).map((r) => ({ value: r.id, label: r.name }))} reg={register('roomId')} error={errors.roomId?.message} />
        <TextAreaField label="Notes" rows={2} reg={register('notes')} error={errors.notes?.message} hint="For the schedule only, not the clinical note." />
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Booking…' : 'Book'}
        </button>
      </div>
    </form>
  );
}
