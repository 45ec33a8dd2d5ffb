// Opening hours for each weekday: open or closed, opening and closing time, and an optional
// second shift (e.g. 09:00–13:00 and 15:00–19:00). Used for the clinic and for a practitioner.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { z } from 'zod';
import type { HoursEntry } from '../../../shared/schemas/schedule';
import { ErrorBanner } from '../components/Status';
import { messageOf } from '../hooks/useCall';
import { weekdayName } from '../schedule/labels';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const Shift = z.object({ open: z.string(), close: z.string() });
const Day = z
  .object({ weekday: z.number(), isOpen: z.boolean(), first: Shift, hasSecond: z.boolean(), second: Shift })
  .superRefine((d, ctx) => {
    if (!d.isOpen) return;
    const check = (s: { open: string; close: string }, path: 'first' | 'second') => {
      if (!HHMM.test(s.open)) ctx.addIssue({ code: 'custom', path: [path, 'open'], message: 'Enter an opening time' });
      else if (!HHMM.test(s.close)) ctx.addIssue({ code: 'custom', path: [path, 'close'], message: 'Enter a closing time' });
      else if (s.close <= s.open) ctx.addIssue({ code: 'custom', path: [path, 'close'], message: 'Closing must be after opening' });
    };
    check(d.first, 'first');
    if (d.hasSecond) {
      check(d.second, 'second');
      if (d.second.open < d.first.close) ctx.addIssue({ code: 'custom', path: ['second', 'open'], message: 'The second shift starts after the first ends' });
    }
  });
const HoursForm = z.object({ days: z.array(Day) });
type HoursForm = z.infer<typeof HoursForm>;

const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0];

function toForm(hours: readonly HoursEntry[]): HoursForm {
  return {
    days: MONDAY_FIRST.map((weekday) => {
      const [first, second] = hours.filter((h) => h.weekday === weekday).sort((a, b) => a.open.localeCompare(b.open));
      return {
        weekday,
        isOpen: first !== undefined,
        first: first ? { open: first.open, close: first.close } : { open: '09:00', close: '17:00' },
        hasSecond: second !== undefined,
        second: second ? { open: second.open, close: second.close } : { open: '', close: '' },
      };
    }),
  };
}

function toHours(form: HoursForm): HoursEntry[] {
  return form.days.flatMap((d) => (!d.isOpen ? [] : [{ weekday: d.weekday, ...d.first }, ...(d.hasSecond ? [{ weekday: d.weekday, ...d.second }] : [])]));
}

interface Props {
  hours: readonly HoursEntry[];
  /** What the save button says ("Save opening hours"). */
  saveLabel: string;
  onSave: (hours: HoursEntry[]) => Promise<void>;
  onCancel?: () => void;
}

export function ScheduleHoursEditor({ hours, saveLabel, onSave, onCancel }: Props) {
  const [banner, setBanner] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setValue,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<HoursForm>({ resolver: zodResolver(HoursForm), defaultValues: toForm(hours) });
  const { fields } = useFieldArray({ control, name: 'days' });

  const onSubmit = handleSubmit(async (values) => {
    setBanner(null);
    try {
      await onSave(toHours(values));
    } catch (e) {
      setBanner(messageOf(e));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="hours-form" aria-label="Opening hours">
      {banner && <ErrorBanner message={banner} />}
      <table className="table table-plain hours-table">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Open</th>
            <th scope="col">Hours</th>
            <th scope="col">Second shift</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f, i) => (
            <DayRow key={f.id} index={i} weekday={f.weekday} control={control} register={register} errors={errors.days?.[i]} onSecond={(on) => {
              setValue(`days.${i}.hasSecond`, on, { shouldDirty: true });
              if (on) setValue(`days.${i}.second`, { open: '15:00', close: '19:00' }, { shouldDirty: true });
            }} />
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : saveLabel}
        </button>
        {isDirty && !onCancel && <span className="muted">Unsaved changes</span>}
      </div>
    </form>
  );
}

type DayErrors = { first?: { open?: { message?: string }; close?: { message?: string } }; second?: { open?: { message?: string }; close?: { message?: string } } } | undefined;

function DayRow({ index: i, weekday, control, register, errors, onSecond }: { index: number; weekday: number; control: Control<HoursForm>; register: UseFormRegister<HoursForm>; errors: DayErrors; onSecond: (on: boolean) => void }) {
  const name = weekdayName(`2024-01-0${weekday === 0 ? 7 : weekday}`, true);
  const [isOpen, hasSecond] = useWatch({ control, name: [`days.${i}.isOpen`, `days.${i}.hasSecond`] });
  const error = errors?.first?.open?.message ?? errors?.first?.close?.message ?? errors?.second?.open?.message ?? errors?.second?.close?.message;
  return (
    <tr className={isOpen ? undefined : 'hours-closed'}>
      <th scope="row" className="hours-day">
        {name}
      </th>
      <td>
        <label className="checkbox">
          <input type="checkbox" {...register(`days.${i}.isOpen`)} aria-label={`${name} open`} />
          {isOpen ? 'Open' : 'Closed'}
        </label>
      </td>
      <td>
        {isOpen && (
          <span className="hours-shift">
            <input type="time" step={900} className="input hours-time" aria-label={`${name} opens`} aria-invalid={errors?.first?.open ? true : undefined} {...register(`days.${i}.first.open`)} />
            <span aria-hidden="true">–</span>
            <input type="time" step={900} className="input hours-time" aria-label={`${name} closes`} aria-invalid={errors?.first?.close ? true : undefined} {...register(`days.${i}.first.close`)} />
          </span>
        )}
        {error && <p className="field-error">{error}</p>}
      </td>
      <td>
        {isOpen &&
          (hasSecond ? (
            <span className="hours-shift">
              <input type="time" step={900} className="input hours-time" aria-label={`${name} second shift opens`} {...register(`days.${i}.second.open`)} />
              <span aria-hidden="true">–</span>
              <input type="time" step={900} className="input hours-time" aria-label={`${name} second shift closes`} {...register(`days.${i}.second.close`)} />
              <button type="button" className="button button-ghost button-small" onClick={() => onSecond(false)}>
                Remove<span className="visually-hidden"> {name} second shift</span>
              </button>
            </span>
          ) : (
            <button type="button" className="button button-ghost button-small" onClick={() => onSecond(true)}>
              + Add<span className="visually-hidden"> a second shift on {name}</span>
            </button>
          ))}
      </td>
    </tr>
  );
}
