// Appointments: booking, moving, statuses and history. A practitioner or a room never holds two
// overlapping active appointments: checked inside an IMMEDIATE transaction, so a second
// connection (another window, a future second desk) cannot slip a booking in between.
import { addMinutes, appointmentClashes, checkBusinessHours, nextFreeSlot, utcToZoned, zonedToUtc, type Interval } from '../../shared/domain/schedule';
import {
  ACTIVE_STATUSES,
  STATUS_LABELS,
  type AppointmentHistoryEntry,
  type AppointmentInput,
  type AppointmentMoveInput,
  type AppointmentStatus,
  type AppointmentStatusInput,
} from '../../shared/schemas/schedule';
import { getClient } from './clients';
import { nowIso, type CoreContext } from './context';
import { AppError, notFound } from './errors';
import { closedDays, clinicZone, practitionerHours } from './schedule-settings';
import type { AppointmentsTable } from './schema';
import { all, first, run } from './sql';

const BLOCKING = ACTIVE_STATUSES as AppointmentStatus[];

export function getAppointmentRow(ctx: CoreContext, id: string): AppointmentsTable {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('appointments').selectAll().where('id', '=', id));
  if (!row) throw notFound('That appointment');
  return row;
}

export function recordHistory(ctx: CoreContext, appointmentId: string, kind: AppointmentHistoryEntry['kind'], detail: Record<string, unknown>): void {
  run(ctx.sqlite, ctx.qb.insertInto('appointment_history').values({ id: ctx.newId(), appointment_id: appointmentId, at: nowIso(ctx), kind, detail: JSON.stringify(detail) }));
}

function requireRow(ctx: CoreContext, table: 'practitioners' | 'rooms' | 'services', id: string, field: string, what: string): void {
  if (!first(ctx.sqlite, ctx.qb.selectFrom(table).select('id').where('id', '=', id))) {
    throw new AppError('invalid_input', `Choose ${what} from the list.`, { [field]: `Choose ${what} from the list` });
  }
}

function describeClash(ctx: CoreContext, clash: AppointmentsTable, zone: string, samePractitioner: boolean): string {
  const client = first(ctx.sqlite, ctx.qb.selectFrom('clients').select(['legal_first_name', 'legal_last_name']).where('id', '=', clash.client_id));
  const from = utcToZoned(clash.starts_at, zone);
  const to = utcToZoned(clash.ends_at, zone);
  const who = client ? `${client.legal_first_name} ${client.legal_last_name}` : 'another client';
  return `That time clashes with ${who}'s appointment on ${from.date} ${from.time}–${to.time} (${samePractitioner ? 'same practitioner' : 'same room'}).`;
}

const MINUTE = 60_000;
const shift = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * MINUTE).toISOString();

/**
 * A service's buffer is turnover time after it (linens, notes): the next appointment for the same
 * room or practitioner should not start inside it. Not a clash — the person may book anyway.
 */
function bufferConflict(ctx: CoreContext, slot: { practitionerId: string; roomId: string; start: string; end: string; excludeIds?: string[]; serviceId?: string | null }, zone: string): string | null {
  const widest = first(ctx.sqlite, ctx.qb.selectFrom('services').select((eb) => eb.fn.max('buffer_minutes').as('m')))?.m ?? 0;
  if (!widest) return null;
  const own = slot.serviceId ? (first(ctx.sqlite, ctx.qb.selectFrom('services').select('buffer_minutes').where('id', '=', slot.serviceId))?.buffer_minutes ?? 0) : 0;
  const near = all(
    ctx.sqlite,
    ctx.qb
      .selectFrom('appointments')
      .leftJoin('services', 'services.id', 'appointments.service_id')
      .leftJoin('clients', 'clients.id', 'appointments.client_id')
      .select(['appointments.id', 'appointments.starts_at', 'appointments.ends_at', 'services.buffer_minutes', 'clients.legal_first_name', 'clients.legal_last_name'])
      .where('appointments.status', 'in', BLOCKING)
      .where('appointments.starts_at', '<', shift(slot.end, Math.max(own, widest)))
      .where('appointments.ends_at', '>', shift(slot.start, -widest))
      .where((eb) => eb.or([eb('appointments.practitioner_id', '=', slot.practitionerId), eb('appointments.room_id', '=', slot.roomId)])),
  ).filter((a) => !slot.excludeIds?.includes(a.id));
  for (const a of near) {
    const who = `${a.legal_first_name ?? ''} ${a.legal_last_name ?? ''}`.trim() || 'another client';
    const theirs = a.buffer_minutes ?? 0;
    // Starts inside the turnover after theirs.
    if (theirs > 0 && slot.start >= a.ends_at && slot.start < shift(a.ends_at, theirs)) {
      return `${who}'s appointment ends at ${utcToZoned(a.ends_at, zone).time} and its service needs ${theirs} minutes after it.`;
    }
    // Theirs starts inside the turnover after this one.
    if (own > 0 && a.starts_at >= slot.end && a.starts_at < shift(slot.end, own)) {
      return `This service needs ${own} minutes after it, and ${who}'s appointment starts at ${utcToZoned(a.starts_at, zone).time}.`;
    }
  }
  return null;
}

/** Throws when the slot clashes (naming the appointment) or, unless confirmed, is outside hours or inside a service's turnover time. */
export function checkSlot(
  ctx: CoreContext,
  slot: { practitionerId: string; roomId: string; start: string; end: string; excludeIds?: string[]; serviceId?: string | null },
  confirmOutsideHours: boolean,
): void {
  const zone = clinicZone(ctx);
  const candidates = all(
    ctx.sqlite,
    ctx.qb
      .selectFrom('appointments')
      .selectAll()
      .where('status', 'in', BLOCKING)
      .where('starts_at', '<', slot.end)
      .where('ends_at', '>', slot.start)
      .where((eb) => eb.or([eb('practitioner_id', '=', slot.practitionerId), eb('room_id', '=', slot.roomId)])),
  ).filter((a) => !slot.excludeIds?.includes(a.id));
  const clashes = appointmentClashes({ start: slot.start, end: slot.end }, candidates.map((a) => ({ ...a, start: a.starts_at, end: a.ends_at })));
  if (clashes.length > 0) {
    const clash = clashes[0]!;
    throw new AppError('conflict', describeClash(ctx, clash, zone, clash.practitioner_id === slot.practitionerId), { start: 'This time is taken' });
  }
  if (!confirmOutsideHours) {
    const turnover = bufferConflict(ctx, slot, zone);
    if (turnover) throw new AppError('needs_confirmation', `${turnover} Book it anyway?`);
    const check = checkBusinessHours({ start: slot.start, end: slot.end }, practitionerHours(ctx, slot.practitionerId), closedDays(ctx).map((d) => d.date), zone);
    if (!check.ok) throw new AppError('needs_confirmation', `${check.message.replace(/[.\s]*$/, '.')} Book it anyway?`);
  }
}

export function bookAppointment(ctx: CoreContext, input: AppointmentInput, seriesId: string | null = null): string {
  getClient(ctx, input.clientId);
  requireRow(ctx, 'practitioners', input.practitionerId, 'practitionerId', 'a practitioner');
  requireRow(ctx, 'rooms', input.roomId, 'roomId', 'a room');
  if (input.serviceId) requireRow(ctx, 'services', input.serviceId, 'serviceId', 'a service');
  const end = addMinutes(input.start, input.lengthMinutes);
  const id = ctx.newId();
  ctx.sqlite
    .transaction(() => {
      checkSlot(ctx, { practitionerId: input.practitionerId, roomId: input.roomId, start: input.start, end, serviceId: input.serviceId }, input.confirmOutsideHours);
      const now = nowIso(ctx);
      run(
        ctx.sqlite,
        ctx.qb.insertInto('appointments').values({
          id,
          client_id: input.clientId,
          practitioner_id: input.practitionerId,
          room_id: input.roomId,
          service_id: input.serviceId,
          starts_at: input.start,
          ends_at: end,
          status: 'booked',
          status_reason: '',
          notes: input.notes,
          series_id: seriesId,
          session_id: null,
          created_at: now,
          updated_at: now,
        }),
      );
      recordHistory(ctx, id, 'created', { start: input.start, end });
    })
    .immediate();
  return id;
}

/** Later appointments of the same series, from this one on (inclusive). */
function followingInSeries(ctx: CoreContext, row: AppointmentsTable): AppointmentsTable[] {
  if (!row.series_id) return [row];
  return all(ctx.sqlite, ctx.qb.selectFrom('appointments').selectAll().where('series_id', '=', row.series_id).where('starts_at', '>=', row.starts_at).orderBy('starts_at'));
}

/**
 * Moves (and resizes) one appointment, or this and every following one of its series by the same
 * change of local wall-clock time, so a series keeps its time across daylight-saving changes.
 */
export function moveAppointment(ctx: CoreContext, input: AppointmentMoveInput): void {
  const row = getAppointmentRow(ctx, input.id);
  if (!BLOCKING.includes(row.status) || row.status === 'completed') throw new AppError('conflict', `A ${STATUS_LABELS[row.status].toLowerCase()} appointment cannot be moved.`);
  const practitionerId = input.practitionerId ?? row.practitioner_id;
  const roomId = input.roomId ?? row.room_id;
  if (input.practitionerId) requireRow(ctx, 'practitioners', practitionerId, 'practitionerId', 'a practitioner');
  if (input.roomId) requireRow(ctx, 'rooms', roomId, 'roomId', 'a room');
  const zone = clinicZone(ctx);
  const targets = input.scope === 'following' ? followingInSeries(ctx, row).filter((a) => BLOCKING.includes(a.status) && a.status !== 'completed') : [row];
  // The shift in local days and minutes, applied to each occurrence's own local date.
  const before = utcToZoned(row.starts_at, zone);
  const after = utcToZoned(input.start, zone);
  const dayShift = Math.round((Date.parse(`${after.date}T00:00:00Z`) - Date.parse(`${before.date}T00:00:00Z`)) / 86_400_000);
  const moves = targets.map((a) => {
    if (a.id === row.id) return { a, start: input.start };
    const local = utcToZoned(a.starts_at, zone);
    const date = new Date(Date.parse(`${local.date}T00:00:00Z`) + dayShift * 86_400_000).toISOString().slice(0, 10);
    return { a, start: zonedToUtc(date, after.time, zone) };
  });
  ctx.sqlite
    .transaction(() => {
      const ids = moves.map((m) => m.a.id);
      for (const { a, start } of moves) {
        const end = addMinutes(start, input.lengthMinutes);
        checkSlot(ctx, { practitionerId, roomId, start, end, excludeIds: ids, serviceId: a.service_id }, input.confirmOutsideHours);
        run(ctx.sqlite, ctx.qb.updateTable('appointments').set({ starts_at: start, ends_at: end, practitioner_id: practitionerId, room_id: roomId, updated_at: nowIso(ctx) }).where('id', '=', a.id));
        recordHistory(ctx, a.id, 'moved', { from: a.starts_at, to: start, lengthMinutes: input.lengthMinutes });
      }
    })
    .immediate();
}


/** booked → confirmed → arrived → completed; cancelled, late-cancelled or no-show (with a reason) before completion. */
const NEXT: Record<AppointmentStatus, AppointmentStatus[]> = {
  booked: ['confirmed', 'arrived', 'cancelled', 'late_cancelled', 'no_show'],
  confirmed: ['booked', 'arrived', 'cancelled', 'late_cancelled', 'no_show'],
  arrived: ['confirmed', 'completed', 'cancelled', 'late_cancelled', 'no_show'],
  completed: [],
  cancelled: ['booked'],
  late_cancelled: ['booked'],
  no_show: ['booked'],
};

export function setAppointmentStatus(ctx: CoreContext, input: AppointmentStatusInput): void {
  const row = getAppointmentRow(ctx, input.id);
  const targets = input.scope === 'following' ? followingInSeries(ctx, row).filter((a) => NEXT[a.status].includes(input.status)) : [row];
  if (!NEXT[row.status].includes(input.status)) {
    throw new AppError('conflict', `A ${STATUS_LABELS[row.status].toLowerCase()} appointment cannot become ${STATUS_LABELS[input.status].toLowerCase()}.`);
  }
  ctx.sqlite
    .transaction(() => {
      for (const a of targets) {
        // Re-booking a cancelled slot must not double-book it.
        if (!BLOCKING.includes(a.status) && BLOCKING.includes(input.status)) checkSlot(ctx, { practitionerId: a.practitioner_id, roomId: a.room_id, start: a.starts_at, end: a.ends_at, excludeIds: [a.id] }, true);
        run(ctx.sqlite, ctx.qb.updateTable('appointments').set({ status: input.status, status_reason: input.reason, updated_at: nowIso(ctx) }).where('id', '=', a.id));
        recordHistory(ctx, a.id, 'status', { from: a.status, to: input.status, reason: input.reason });
      }
    })
    .immediate();
}

export function editAppointment(ctx: CoreContext, input: { id: string; serviceId?: string | null | undefined; notes: string }): void {
  const row = getAppointmentRow(ctx, input.id);
  if (input.serviceId) requireRow(ctx, 'services', input.serviceId, 'serviceId', 'a service');
  const serviceId = input.serviceId === undefined ? row.service_id : input.serviceId;
  ctx.sqlite.transaction(() => {
    run(ctx.sqlite, ctx.qb.updateTable('appointments').set({ service_id: serviceId, notes: input.notes, updated_at: nowIso(ctx) }).where('id', '=', input.id));
    recordHistory(ctx, input.id, 'edited', { serviceId, notes: input.notes });
  })();
}

export function appointmentHistory(ctx: CoreContext, id: string): AppointmentHistoryEntry[] {
  getAppointmentRow(ctx, id);
  const zone = clinicZone(ctx);
  const when = (iso: unknown) => (typeof iso === 'string' ? `${utcToZoned(iso, zone).date} ${utcToZoned(iso, zone).time}` : '');
  return all(ctx.sqlite, ctx.qb.selectFrom('appointment_history').selectAll().where('appointment_id', '=', id).orderBy('at').orderBy('id')).map((h) => {
    const d = JSON.parse(h.detail) as Record<string, unknown>;
    const summary =
      h.kind === 'created'
        ? `Booked for ${when(d.start)}`
        : h.kind === 'moved'
          ? `Moved from ${when(d.from)} to ${when(d.to)}`
          : h.kind === 'status'
            ? `${STATUS_LABELS[d.from as AppointmentStatus]} → ${STATUS_LABELS[d.to as AppointmentStatus]}${d.reason ? ` (${String(d.reason)})` : ''}`
            : h.kind === 'session'
              ? 'Session started from this appointment'
              : 'Details edited';
    return { at: h.at, kind: h.kind, summary };
  });
}

/** Active appointments of a practitioner or a room that touch [from, to): the busy times for slot finding. */
export function busyIntervals(ctx: CoreContext, practitionerId: string, roomId: string, from: string, to: string): Interval[] {
  return all(
    ctx.sqlite,
    ctx.qb
      .selectFrom('appointments')
      .select(['starts_at', 'ends_at'])
      .where('status', 'in', BLOCKING)
      .where('starts_at', '<', to)
      .where('ends_at', '>', from)
      .where((eb) => eb.or([eb('practitioner_id', '=', practitionerId), eb('room_id', '=', roomId)])),
  ).map((r) => ({ start: r.starts_at, end: r.ends_at }));
}

const HORIZON_DAYS = 60;

export function findFreeSlot(ctx: CoreContext, input: { practitionerId: string; roomId: string; lengthMinutes: number; from?: string | undefined }): Interval | null {
  requireRow(ctx, 'practitioners', input.practitionerId, 'practitionerId', 'a practitioner');
  requireRow(ctx, 'rooms', input.roomId, 'roomId', 'a room');
  const from = input.from ?? ctx.clock.now().toISOString();
  const to = addMinutes(from, HORIZON_DAYS * 24 * 60);
  return nextFreeSlot(from, {
    lengthMinutes: input.lengthMinutes,
    busy: busyIntervals(ctx, input.practitionerId, input.roomId, from, to),
    hours: practitionerHours(ctx, input.practitionerId),
    closedDays: closedDays(ctx).map((d) => d.date),
    zone: clinicZone(ctx),
    horizonDays: HORIZON_DAYS,
  });
}
