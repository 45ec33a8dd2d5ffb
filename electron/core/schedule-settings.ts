// Scheduling settings: rooms, appointment types, opening hours, closed days, practitioners' hours.
import type { BusinessHours, Weekday } from '../../shared/domain/schedule';
import type { HoursEntry, Room, ScheduleSettings, Service } from '../../shared/schemas/schedule';
import { getClinic } from './clinic';
import { nowIso, type CoreContext } from './context';
import { AppError, notFound } from './errors';
import { all, first, run } from './sql';

export function clinicZone(ctx: CoreContext): string {
  const clinic = getClinic(ctx);
  if (!clinic) throw new AppError('not_ready', 'Set up the clinic first.');
  return clinic.timeZone;
}

export function listRooms(ctx: CoreContext): Room[] {
  return all(ctx.sqlite, ctx.qb.selectFrom('rooms').selectAll().orderBy('position').orderBy('name')).map((r) => ({ id: r.id, name: r.name, active: r.active === 1 }));
}

export function listServices(ctx: CoreContext): Service[] {
  return all(ctx.sqlite, ctx.qb.selectFrom('services').selectAll().orderBy('position').orderBy('name')).map((s) => ({
    id: s.id,
    name: s.name,
    lengthMinutes: s.length_minutes,
    bufferMinutes: s.buffer_minutes,
    active: s.active === 1,
  }));
}

export function clinicHours(ctx: CoreContext): BusinessHours[] {
  return all(ctx.sqlite, ctx.qb.selectFrom('business_hours').selectAll().orderBy('weekday').orderBy('open')).map((h) => ({ weekday: h.weekday as Weekday, open: h.open, close: h.close }));
}

/** A practitioner's own hours, or the clinic's when they have none. */
export function practitionerHours(ctx: CoreContext, practitionerId: string): BusinessHours[] {
  const own = all(ctx.sqlite, ctx.qb.selectFrom('practitioner_hours').selectAll().where('practitioner_id', '=', practitionerId).orderBy('weekday').orderBy('open'));
  return own.length ? own.map((h) => ({ weekday: h.weekday as Weekday, open: h.open, close: h.close })) : clinicHours(ctx);
}

export function closedDays(ctx: CoreContext): { date: string; reason: string }[] {
  return all(ctx.sqlite, ctx.qb.selectFrom('closed_days').selectAll().orderBy('date'));
}

export function scheduleSettings(ctx: CoreContext): ScheduleSettings {
  const byPractitioner = new Map<string, HoursEntry[]>();
  for (const h of all(ctx.sqlite, ctx.qb.selectFrom('practitioner_hours').selectAll().orderBy('weekday').orderBy('open'))) {
    const list = byPractitioner.get(h.practitioner_id) ?? [];
    list.push({ weekday: h.weekday, open: h.open, close: h.close });
    byPractitioner.set(h.practitioner_id, list);
  }
  return {
    timeZone: clinicZone(ctx),
    rooms: listRooms(ctx),
    services: listServices(ctx),
    hours: clinicHours(ctx),
    closedDays: closedDays(ctx),
    practitionerHours: [...byPractitioner].map(([practitionerId, hours]) => ({ practitionerId, hours })),
  };
}

function overlappingShift(hours: readonly HoursEntry[]): string | null {
  const sorted = [...hours].sort((a, b) => a.weekday - b.weekday || a.open.localeCompare(b.open));
  for (let i = 1; i < sorted.length; i++) {
    const [prev, cur] = [sorted[i - 1]!, sorted[i]!];
    if (prev.weekday === cur.weekday && cur.open < prev.close) return `Two opening times overlap on the same day (${prev.open}–${prev.close} and ${cur.open}–${cur.close}).`;
  }
  return null;
}

export function saveBusinessHours(ctx: CoreContext, hours: HoursEntry[]): ScheduleSettings {
  const clash = overlappingShift(hours);
  if (clash) throw new AppError('invalid_input', clash, { hours: clash });
  ctx.sqlite.transaction(() => {
    run(ctx.sqlite, ctx.qb.deleteFrom('business_hours'));
    for (const h of hours) run(ctx.sqlite, ctx.qb.insertInto('business_hours').values(h));
  })();
  return scheduleSettings(ctx);
}

export function savePractitionerHours(ctx: CoreContext, practitionerId: string, hours: HoursEntry[]): ScheduleSettings {
  if (!first(ctx.sqlite, ctx.qb.selectFrom('practitioners').select('id').where('id', '=', practitionerId))) throw notFound('That practitioner');
  const clash = overlappingShift(hours);
  if (clash) throw new AppError('invalid_input', clash, { hours: clash });
  ctx.sqlite.transaction(() => {
    run(ctx.sqlite, ctx.qb.deleteFrom('practitioner_hours').where('practitioner_id', '=', practitionerId));
    for (const h of hours) run(ctx.sqlite, ctx.qb.insertInto('practitioner_hours').values({ practitioner_id: practitionerId, ...h }));
  })();
  return scheduleSettings(ctx);
}

export function addClosedDay(ctx: CoreContext, date: string, reason: string): ScheduleSettings {
  run(ctx.sqlite, ctx.qb.insertInto('closed_days').values({ date, reason }).onConflict((oc) => oc.column('date').doUpdateSet({ reason })));
  return scheduleSettings(ctx);
}

export function removeClosedDay(ctx: CoreContext, date: string): ScheduleSettings {
  run(ctx.sqlite, ctx.qb.deleteFrom('closed_days').where('date', '=', date));
  return scheduleSettings(ctx);
}

export function createRoom(ctx: CoreContext, input: { name: string; active: boolean }): ScheduleSettings {
  const now = nowIso(ctx);
  const position = (first(ctx.sqlite, ctx.qb.selectFrom('rooms').select((eb) => eb.fn.max('position').as('p')))?.p ?? 0) + 1;
  run(ctx.sqlite, ctx.qb.insertInto('rooms').values({ id: ctx.newId(), name: input.name, active: input.active ? 1 : 0, position, created_at: now, updated_at: now }));
  return scheduleSettings(ctx);
}

export function updateRoom(ctx: CoreContext, input: { id: string; name: string; active: boolean }): ScheduleSettings {
  if (!input.active) {
    const others = all(ctx.sqlite, ctx.qb.selectFrom('rooms').select('id').where('active', '=', 1).where('id', '!=', input.id));
    if (others.length === 0) throw new AppError('conflict', 'Keep at least one room active: appointments need a room.');
  }
  const changed = run(ctx.sqlite, ctx.qb.updateTable('rooms').set({ name: input.name, active: input.active ? 1 : 0, updated_at: nowIso(ctx) }).where('id', '=', input.id));
  if (changed === 0) throw notFound('That room');
  return scheduleSettings(ctx);
}

export function createService(ctx: CoreContext, input: { name: string; lengthMinutes: number; bufferMinutes: number; active: boolean }): ScheduleSettings {
  const now = nowIso(ctx);
  const position = (first(ctx.sqlite, ctx.qb.selectFrom('services').select((eb) => eb.fn.max('position').as('p')))?.p ?? 0) + 1;
  run(
    ctx.sqlite,
    ctx.qb.insertInto('services').values({
      id: ctx.newId(),
      name: input.name,
      length_minutes: input.lengthMinutes,
      buffer_minutes: input.bufferMinutes,
      active: input.active ? 1 : 0,
      position,
      created_at: now,
      updated_at: now,
    }),
  );
  return scheduleSettings(ctx);
}

export function updateService(ctx: CoreContext, input: { id: string; name: string; lengthMinutes: number; bufferMinutes: number; active: boolean }): ScheduleSettings {
  const changed = run(
    ctx.sqlite,
    ctx.qb
      .updateTable('services')
      .set({ name: input.name, length_minutes: input.lengthMinutes, buffer_minutes: input.bufferMinutes, active: input.active ? 1 : 0, updated_at: nowIso(ctx) })
      .where('id', '=', input.id),
  );
  if (changed === 0) throw notFound('That service');
  return scheduleSettings(ctx);
}
