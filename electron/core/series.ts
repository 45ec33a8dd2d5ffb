// A series of appointments from a treatment plan ("weekly for 8 weeks, Tuesdays 10:00"): preview
// every occurrence (free, clashing with a proposed nearest slot, closed day), then book the ones
// the person accepted, all or nothing.
import { addMinutes, appointmentClashes, checkBusinessHours, generateSeries, nearestFreeSlot } from '../../shared/domain/schedule';
import type { SeriesInput, SeriesPreviewItem } from '../../shared/schemas/schedule';
import { bookAppointment, busyIntervals } from './appointments';
import { getClient } from './clients';
import { nowIso, type CoreContext } from './context';
import { AppError } from './errors';
import { closedDays, clinicZone, practitionerHours } from './schedule-settings';
import { first, run } from './sql';

function rule(input: SeriesInput) {
  return {
    startDate: input.startDate,
    time: input.time,
    lengthMinutes: input.lengthMinutes,
    ...(input.weekdays ? { weekdays: input.weekdays as (0 | 1 | 2 | 3 | 4 | 5 | 6)[] } : {}),
    ...(input.count !== undefined ? { count: input.count } : {}),
    ...(input.weeks !== undefined ? { weeks: input.weeks } : {}),
    everyNWeeks: input.everyNWeeks,
  };
}

export function previewSeries(ctx: CoreContext, input: SeriesInput): SeriesPreviewItem[] {
  getClient(ctx, input.clientId);
  const zone = clinicZone(ctx);
  const closed = closedDays(ctx).map((d) => d.date);
  const hours = practitionerHours(ctx, input.practitionerId);
  const occurrences = generateSeries(rule(input), zone, closed);
  const real = occurrences.filter((o) => !o.skipped);
  const from = real[0]?.start ?? nowIso(ctx);
  const to = addMinutes(real[real.length - 1]?.end ?? from, 8 * 24 * 60);
  const busy = busyIntervals(ctx, input.practitionerId, input.roomId, addMinutes(from, -24 * 60), to);
  const taken = [...busy];
  return occurrences.map((o) => {
    if (o.skipped) return { date: o.date, start: o.start, end: o.end, state: 'closed', message: `${o.date} is a closed day: skipped`, proposed: null };
    const clashes = appointmentClashes({ start: o.start, end: o.end }, taken.map((b, i) => ({ ...b, id: String(i) })));
    if (clashes.length > 0) {
      const proposed = nearestFreeSlot(o.start, { lengthMinutes: input.lengthMinutes, busy: taken, hours, closedDays: closed, zone });
      if (proposed) taken.push(proposed);
      return { date: o.date, start: o.start, end: o.end, state: 'clash', message: 'This time is taken', proposed };
    }
    taken.push({ start: o.start, end: o.end });
    const hoursCheck = checkBusinessHours({ start: o.start, end: o.end }, hours, closed, zone);
    return hoursCheck.ok
      ? { date: o.date, start: o.start, end: o.end, state: 'free', message: '', proposed: null }
      : { date: o.date, start: o.start, end: o.end, state: 'outside_hours', message: hoursCheck.message, proposed: null };
  });
}

/** Books every accepted start in one transaction: if one clashes, none is booked. */
export function createSeries(ctx: CoreContext, input: { series: SeriesInput; starts: string[]; confirmOutsideHours: boolean }): { seriesId: string; appointmentIds: string[] } {
  const { series } = input;
  if (series.planId) {
    const plan = first(ctx.sqlite, ctx.qb.selectFrom('treatment_plans').select('client_id').where('id', '=', series.planId));
    if (plan?.client_id !== series.clientId) throw new AppError('invalid_input', 'Choose one of this client’s treatment plans.', { planId: 'Choose one of this client’s treatment plans' });
  }
  const seriesId = ctx.newId();
  const appointmentIds = ctx.sqlite
    .transaction(() => {
      run(ctx.sqlite, ctx.qb.insertInto('appointment_series').values({ id: seriesId, plan_id: series.planId, rule: JSON.stringify(rule(series)), created_at: nowIso(ctx) }));
      return [...input.starts].sort().map((start) =>
        bookAppointment(
          ctx,
          {
            clientId: series.clientId,
            practitionerId: series.practitionerId,
            roomId: series.roomId,
            serviceId: series.serviceId,
            start,
            lengthMinutes: series.lengthMinutes,
            notes: series.notes,
            confirmOutsideHours: input.confirmOutsideHours,
          },
          seriesId,
        ),
      );
    })
    .immediate();
  return { seriesId, appointmentIds };
}
