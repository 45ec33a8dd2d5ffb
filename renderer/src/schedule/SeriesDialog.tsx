// Schedule a series ("weekly for 8 weeks, Tuesdays 10:00"), from a treatment plan or from the
// schedule: fill in the rule, preview every occurrence with its state, adjust, then book them all
// at once (all or nothing).
import './dialogs.css';
import './series.css';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { TreatmentPlan } from '../../../shared/schemas/plan';
import type { ScheduleSettings, SeriesPreviewItem } from '../../../shared/schemas/schedule';
import type { Practitioner } from '../../../shared/schemas/clinic';
import { call } from '../api';
import { useToday } from '../ClinicContext';
import { Dialog } from '../components/Dialog';
import { ErrorBanner, Loading } from '../components/Status';
import { applyServerErrors } from '../hooks/serverErrors';
import { messageOf, useCall } from '../hooks/useCall';
import { activePractitioners, activeRooms, activeServices } from './bookingForm';
import { ClientPicker, type PickedClient } from '../components/ClientPicker';
import { acceptedStarts, firstDateFor, SeriesForm, toSeriesInput, weekdaysFor, type Choice, type SeriesFormValues } from './seriesForm';
import { SeriesFields } from './SeriesFields';
import { SeriesPreview } from './SeriesPreview';

interface Props {
  open: boolean;
  client: PickedClient | null;
  plan: TreatmentPlan | null;
  defaults?: { practitionerId?: string; roomId?: string };
  onClose: () => void;
  onCreated: (booked: number, firstDate: string) => void;
}

export function SeriesDialog(props: Props) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title={props.plan ? 'Schedule the plan’s series' : 'New series'} className="dialog-series">
      {props.open && <SeriesLoader {...props} />}
    </Dialog>
  );
}

function SeriesLoader(props: Props) {
  const settings = useCall('schedule/settings', {});
  const practitioners = useCall('practitioners/list', {});
  const error = settings.error ?? practitioners.error;
  if (error) return <ErrorBanner message={error} onRetry={() => (settings.reload(), practitioners.reload())} />;
  if (!settings.data || !practitioners.data) return <Loading />;
  return <SeriesBody {...props} settings={settings.data} practitioners={practitioners.data} />;
}

function SeriesBody({ client: initialClient, plan, defaults, settings, practitioners, onClose, onCreated }: Props & { settings: ScheduleSettings; practitioners: Practitioner[] }) {
  const today = useToday();
  const [client, setClient] = useState<PickedClient | null>(initialClient);
  const [previewed, setPreview] = useState<{ key: string; items: SeriesPreviewItem[]; choices: Choice[] } | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [booking, setBooking] = useState(false);
  const firstDate = firstDateFor(plan, today, settings);
  const service = activeServices(settings)[0];
  const form = useForm<SeriesFormValues, unknown, SeriesForm>({
    resolver: zodResolver(SeriesForm),
    defaultValues: {
      clientId: initialClient?.id ?? '',
      planId: plan?.id ?? '',
      startDate: firstDate,
      weekdays: weekdaysFor(firstDate, plan?.frequencyPerWeek ?? 1),
      time: '10:00',
      serviceId: service?.id ?? '',
      lengthMinutes: service?.lengthMinutes ?? 60,
      practitionerId: defaults?.practitionerId || activePractitioners(practitioners)[0]?.id || '',
      roomId: defaults?.roomId || activeRooms(settings)[0]?.id || '',
      repeat: 'count',
      count: plan?.plannedSessions ?? 8,
      weeks: 8,
      everyNWeeks: 1,
      notes: '',
    },
  });
  const { handleSubmit, setError, control } = form;
  // Any change after a preview makes it stale: preview again before booking.
  const key = JSON.stringify(useWatch({ control }));
  const preview = previewed?.key === key ? previewed : null;

  const onPreview = handleSubmit(async (values) => {
    setBanner(null);
    try {
      const items = await call('series/preview', toSeriesInput(values));
      setPreview({ key, items, choices: items.map((it) => ({ include: it.state === 'clash' && it.proposed !== null })) });
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });

  const accepted = preview ? acceptedStarts(preview.items, preview.choices) : null;
  const book = handleSubmit(async (values) => {
    if (!accepted || accepted.starts.length === 0) return;
    setBooking(true);
    setBanner(null);
    try {
      const result = await call('series/create', { series: toSeriesInput(values), starts: accepted.starts, confirmOutsideHours: accepted.outsideHours });
      onCreated(result.appointmentIds.length, values.startDate);
    } catch (error) {
      setBanner(messageOf(error));
    } finally {
      setBooking(false);
    }
  });

  return (
    <form onSubmit={onPreview} noValidate className="form series-form" aria-label="Series">
      {banner && <ErrorBanner message={banner} />}
      <div className="field-grid series-grid">
        {!initialClient && (
          <Controller
            control={control}
            name="clientId"
            render={({ field, fieldState }) => (
              <ClientPicker
                value={client}
                autoFocus
                error={fieldState.error?.message}
                onChange={(c) => {
                  setClient(c);
                  field.onChange(c?.id ?? '');
                  form.setValue('planId', '');
                }}
              />
            )}
          />
        )}
        {initialClient && (
          <p className="series-for">
            For <strong>{initialClient.name}</strong>
            {plan && plan.frequencyPerWeek ? ` · plan: ${plan.frequencyPerWeek} per week` : ''}
            {plan && plan.plannedSessions ? `, ${plan.plannedSessions} planned` : ''}
          </p>
        )}
        <SeriesFields form={form} settings={settings} practitioners={practitioners} clientId={plan ? null : (client?.id ?? null)} perWeek={plan?.frequencyPerWeek ?? 1} />
      </div>
      {preview && (
        <section className="series-preview-section" aria-labelledby="series-preview-title" ref={(el) => el?.scrollIntoView({ block: 'nearest' })}>
          <h3 id="series-preview-title" className="details-subtitle">
            Preview: {accepted?.starts.length ?? 0} will be booked
            {preview.items.length > (accepted?.starts.length ?? 0) && <span className="muted"> ({preview.items.length - (accepted?.starts.length ?? 0)} skipped)</span>}
          </h3>
          <SeriesPreview
            items={preview.items}
            choices={preview.choices}
            zone={settings.timeZone}
            onChoice={(i, include) => setPreview((p) => p && { ...p, choices: p.choices.map((c, j) => (j === i ? { include } : c)) })}
          />
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          Cancel
        </button>
        {preview ? (
          <button type="button" className="button button-primary" disabled={booking || !accepted?.starts.length} onClick={() => void book()}>
            {booking ? 'Booking…' : `Book ${accepted?.starts.length ?? 0} appointments`}
          </button>
        ) : (
          <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
            Preview
          </button>
        )}
      </div>
    </form>
  );
}
