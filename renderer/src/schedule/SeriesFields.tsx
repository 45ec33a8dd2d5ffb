// The rule of a series: first date, weekdays, time, service and length, who and where, and how
// long it runs (a number of visits or of weeks, every N weeks).
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import type { Practitioner } from '../../../shared/schemas/clinic';
import type { ScheduleSettings } from '../../../shared/schemas/schedule';
import { SelectField, TextField } from '../components/Field';
import { useCall } from '../hooks/useCall';
import { formatDate } from '../format';
import { activePractitioners, activeRooms, activeServices } from './bookingForm';
import { weekdayName } from './labels';
import { weekdaysFor, type SeriesForm, type SeriesFormValues } from './seriesForm';

// A known Monday (2024-01-01) onwards, so names come from the locale in Monday-first order.
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0].map((wd) => ({ wd, name: weekdayName(`2024-01-0${wd === 0 ? 7 : wd}`, true) }));

interface Props {
  form: UseFormReturn<SeriesFormValues, unknown, SeriesForm>;
  settings: ScheduleSettings;
  practitioners: readonly Practitioner[];
  /** A client chosen on the schedule (no plan given): offer their plans. */
  clientId: string | null;
  /** Sessions per week (from the plan), for the weekdays that follow the first date. */
  perWeek: number;
}

export function SeriesFields({ form, settings, practitioners, clientId, perWeek }: Props) {
  const {
    register,
    control,
    setValue,
    formState: { errors },
  } = form;
  const services = activeServices(settings);
  const weekdaysChosen = Boolean(form.formState.dirtyFields.weekdays);
  const repeat = useWatch({ control, name: 'repeat' });
  const serviceField = register('serviceId', {
    onChange: (e: { target: { value: string } }) => {
      const s = services.find((x) => x.id === e.target.value);
      if (s) setValue('lengthMinutes', s.lengthMinutes, { shouldValidate: true });
    },
  });
  // Until the weekdays are chosen by hand, they follow the first date (and the plan's frequency).
  const startField = register('startDate', {
    onChange: (e: { target: { value: string } }) => {
      if (!weekdaysChosen && /^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) setValue('weekdays', weekdaysFor(e.target.value, perWeek));
    },
  });
  return (
    <>
      {clientId && <PlanSelect clientId={clientId} form={form} />}
      <TextField label="First date" type="date" required reg={startField} error={errors.startDate?.message} />
      <TextField label="Time" type="time" step={900} required reg={register('time')} error={errors.time?.message} />
      <TextField label="Length (minutes)" type="number" min={5} max={480} step={5} required reg={register('lengthMinutes', { valueAsNumber: true })} error={errors.lengthMinutes?.message} />
      <Controller
        control={control}
        name="weekdays"
        render={({ field, fieldState }) => (
          <fieldset className="choice-group field-wide" aria-invalid={fieldState.error ? true : undefined}>
            <legend className="field-label">Weekdays</legend>
            <div className="choice-row weekday-row">
              {WEEKDAYS.map(({ wd, name }) => (
                <label key={wd} className="checkbox">
                  <input
                    type="checkbox"
                    checked={field.value?.includes(wd) ?? false}
                    onChange={(e) => field.onChange(e.target.checked ? [...(field.value ?? []), wd] : (field.value ?? []).filter((d) => d !== wd))}
                  />
                  {name}
                </label>
              ))}
            </div>
            {fieldState.error && <p className="field-error">{fieldState.error.message}</p>}
          </fieldset>
        )}
      />
      <SelectField label="Service" options={[...services.map((s) => ({ value: s.id, label: s.name })), { value: '', label: 'Other (no service)' }]} reg={serviceField} />
      <SelectField label="Practitioner" required options={activePractitioners(practitioners).map((p) => ({ value: p.id, label: `${p.firstName} ${p.lastName}` }))} reg={register('practitionerId')} error={errors.practitionerId?.message} />
      <SelectField label="Room" required options={activeRooms(settings).map((r) => ({ value: r.id, label: r.name }))} reg={register('roomId')} error={errors.roomId?.message} />
      <SelectField
        label="Runs for"
        options={[
          { value: 'count', label: 'A number of visits' },
          { value: 'weeks', label: 'A number of weeks' },
        ]}
        reg={register('repeat')}
      />
      {repeat === 'weeks' ? (
        <TextField key="weeks" label="Number of weeks" type="number" min={1} max={104} required reg={register('weeks', { valueAsNumber: true })} error={errors.weeks?.message} />
      ) : (
        <TextField key="count" label="Number of visits" type="number" min={1} max={104} required reg={register('count', { valueAsNumber: true })} error={errors.count?.message} />
      )}
      <SelectField
        label="Repeat"
        options={[1, 2, 3, 4].map((n) => ({ value: String(n), label: n === 1 ? 'Every week' : `Every ${n} weeks` }))}
        reg={register('everyNWeeks', { valueAsNumber: true })}
      />
    </>
  );
}

function PlanSelect({ clientId, form }: { clientId: string; form: Props['form'] }) {
  const plans = useCall('plans/list', { clientId });
  const options = [{ value: '', label: 'No plan' }, ...(plans.data ?? []).filter((p) => p.status === 'active').map((p) => ({ value: p.id, label: `Plan from ${formatDate(p.startDate)}` }))];
  return <SelectField label="Treatment plan" options={options} reg={form.register('planId')} hint={plans.error} />;
}
