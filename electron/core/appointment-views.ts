// Appointments as screens show them: names, local times, precaution and referral badges.
import { tzOffset } from '@date-fns/tz';
import type { Kysely } from 'kysely';
import { evaluatePrecautions } from '../../shared/domain/precautions';
import type { AppointmentView } from '../../shared/schemas/schedule';
import { clinicToday } from './clinic';
import { compiled } from './compiled';
import type { CoreContext } from './context';
import { intakesForAlerts } from './intakes';
import { currentPrecautionRules } from './precaution-rules';
import { referralBadgesFor } from './referrals';
import { clinicZone } from './schedule-settings';
import type { DB } from './schema';
import type { all } from './sql';

function baseQuery(qb: Kysely<DB>) {
  return qb
    .selectFrom('appointments as a')
    .innerJoin('clients as c', 'c.id', 'a.client_id')
    .innerJoin('practitioners as p', 'p.id', 'a.practitioner_id')
    .innerJoin('rooms as r', 'r.id', 'a.room_id')
    .leftJoin('services as s', 's.id', 'a.service_id')
    .select([
      'a.id',
      'a.client_id',
      'a.practitioner_id',
      'a.room_id',
      'a.service_id',
      'a.starts_at',
      'a.ends_at',
      'a.status',
      'a.status_reason',
      'a.notes',
      'a.series_id',
      'a.session_id',
      'c.legal_first_name',
      'c.legal_last_name',
      'c.preferred_name',
      'c.phone',
      'p.first_name as p_first',
      'p.last_name as p_last',
      'r.name as room_name',
      's.name as service_name',
    ]);
}

/**
 * Badges for each distinct client once, not once per appointment, and in a few queries for all
 * of them (a week holds a hundred clients: one query each made the calendar too slow).
 */
function badgesFor(ctx: CoreContext, clientIds: Iterable<string>) {
  const rules = currentPrecautionRules(ctx).rules;
  const today = clinicToday(ctx);
  const ids = [...new Set(clientIds)];
  const intakes = intakesForAlerts(ctx, ids);
  const referrals = referralBadgesFor(ctx, ids, today);
  const badges = new Map<string, Pick<AppointmentView, 'alerts' | 'referralWarnings'>>();
  for (const clientId of ids) {
    const intake = intakes.get(clientId);
    badges.set(clientId, { alerts: intake ? alertChips(intake.answers, rules, today) : [], referralWarnings: referrals.get(clientId)?.warnings.map((w) => w.message) ?? [] });
  }
  return badges;
}

type Chips = AppointmentView['alerts'];
/**
 * A client's alert chips, remembered per (parsed answers, rule set, day): the parsed answers and
 * rules are shared objects that change identity whenever their content does (intakes.ts,
 * precaution-rules.ts), so the week calendar evaluates each client once a day, not on every view.
 */
const chipsByAnswers = new WeakMap<object, { rules: object; today: string; chips: Chips }>();

function alertChips(answers: Parameters<typeof evaluatePrecautions>[0], rules: Parameters<typeof evaluatePrecautions>[1], today: string): Chips {
  const known = chipsByAnswers.get(answers);
  if (known && known.rules === rules && known.today === today) return known.chips;
  const chips = evaluatePrecautions(answers, rules, today).map(({ ruleId, severity, title }) => ({ ruleId, severity, title }));
  chipsByAnswers.set(answers, { rules: rules ?? [], today, chips });
  return chips;
}

type Row = ReturnType<typeof all<ReturnType<typeof baseQuery>>>[number];

// utcToZoned builds a TZDate for every instant: a few microseconds each, twice per appointment.
// A zone's offset is constant through most UTC days, so look it up once per day and zone, and
// exactly (per instant) only on the days the offset changes (DST).
const DAY_MS = 86_400_000;
const dayOffsets = new Map<string, number | null>();

function offsetMs(zone: string, ms: number): number {
  return Math.round(tzOffset(zone, new Date(ms)) * 60_000);
}

/** The local date (YYYY-MM-DD) and wall-clock time (HH:MM) of an instant: utcToZoned's, faster. */
export function localDateTime(iso: string, zone: string): { date: string; time: string } {
  const ms = Date.parse(iso);
  const day = Math.floor(ms / DAY_MS);
  const key = `${zone}|${day}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    const atStart = offsetMs(zone, day * DAY_MS);
    offset = atStart === offsetMs(zone, (day + 1) * DAY_MS - 1) ? atStart : null;
    if (dayOffsets.size > 50_000) dayOffsets.clear();
    dayOffsets.set(key, offset);
  }
  const local = new Date(ms + (offset ?? offsetMs(zone, ms))).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

function toViews(ctx: CoreContext, rows: Row[]): AppointmentView[] {
  if (rows.length === 0) return [];
  const zone = clinicZone(ctx);
  const badges = badgesFor(
    ctx,
    rows.map((r) => r.client_id),
  );
  return rows.map((r) => {
    const start = localDateTime(r.starts_at, zone);
    const end = localDateTime(r.ends_at, zone);
    return {
      id: r.id,
      clientId: r.client_id,
      clientName: `${r.preferred_name || r.legal_first_name} ${r.legal_last_name}`,
      clientPhone: r.phone,
      practitionerId: r.practitioner_id,
      practitionerName: `${r.p_first} ${r.p_last}`,
      roomId: r.room_id,
      roomName: r.room_name,
      serviceId: r.service_id,
      serviceName: r.service_name ?? 'Appointment',
      start: r.starts_at,
      end: r.ends_at,
      localDate: start.date,
      localStart: start.time,
      localEnd: end.time,
      status: r.status,
      statusReason: r.status_reason,
      notes: r.notes,
      seriesId: r.series_id,
      sessionId: r.session_id,
      ...badges.get(r.client_id)!,
    };
  });
}

// The calendar asks for a range on every week it shows: compiled once (compiled.ts), one query per
// combination of filters, so each keeps its own plan (a practitioner's week reads their index).
const rangeQuery = (byPractitioner: boolean, byRoom: boolean) =>
  compiled((qb, from: string, to: string, practitionerId: string, roomId: string) => {
    let q = baseQuery(qb).where('a.starts_at', '>=', from).where('a.starts_at', '<', to);
    if (byPractitioner) q = q.where('a.practitioner_id', '=', practitionerId);
    if (byRoom) q = q.where('a.room_id', '=', roomId);
    return q.orderBy('a.starts_at').orderBy('a.id');
  });
const inRange = [rangeQuery(false, false), rangeQuery(true, false), rangeQuery(false, true), rangeQuery(true, true)] as const;
const byId = compiled((qb, id: string) => baseQuery(qb).where('a.id', '=', id));
const ofClient = compiled((qb, clientId: string) => baseQuery(qb).where('a.client_id', '=', clientId).orderBy('a.starts_at', 'desc').limit(200));

/** Every appointment (all statuses: cancelled ones stay visible) starting in [from, to). */
export function appointmentsInRange(ctx: CoreContext, input: { from: string; to: string; practitionerId?: string | undefined; roomId?: string | undefined }): AppointmentView[] {
  const query = inRange[(input.practitionerId ? 1 : 0) + (input.roomId ? 2 : 0)]!;
  return toViews(ctx, query.all(ctx, input.from, input.to, input.practitionerId ?? '', input.roomId ?? ''));
}

export function getAppointment(ctx: CoreContext, id: string): AppointmentView | null {
  return toViews(ctx, byId.all(ctx, id))[0] ?? null;
}

export function clientAppointments(ctx: CoreContext, clientId: string): AppointmentView[] {
  return toViews(ctx, ofClient.all(ctx, clientId));
}
