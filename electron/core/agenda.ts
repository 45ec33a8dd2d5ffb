// Today: the day's appointments in order, overdue notes, referrals running out; and starting the
// session from an appointment (signing that session marks the appointment completed).
import { addMinutes, utcToZoned, zonedToUtc } from '../../shared/domain/schedule';
import type { Session } from '../../shared/schemas/session';
import type { TodayView } from '../../shared/schemas/schedule';
import { appointmentsInRange } from './appointment-views';
import { getAppointmentRow, recordHistory } from './appointments';
import { clinicToday } from './clinic';
import { nowIso, type CoreContext } from './context';
import { AppError } from './errors';
import { currentReferral } from './referrals';
import { clinicZone } from './schedule-settings';
import { overdueDrafts } from './session-lists';
import { getSession, startSession } from './sessions';
import { all, run } from './sql';

/** Local midnight to the next local midnight, as UTC instants (23 or 25 hours on DST days). */
export function dayRange(date: string, zone: string): { from: string; to: string } {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { from: zonedToUtc(date, '00:00', zone), to: zonedToUtc(next, '00:00', zone) };
}

export function today(ctx: CoreContext, date?: string): TodayView {
  const day = date ?? clinicToday(ctx);
  const zone = clinicZone(ctx);
  const appointments = appointmentsInRange(ctx, dayRange(day, zone));
  const overdueNotes = overdueDrafts(ctx).map((s) => ({ id: s.id, clientId: s.clientId, clientName: s.clientName, sessionDate: s.sessionDate }));
  // Referrals of active clients that end within the warning window or have few visits left.
  const soon = addMinutes(zonedToUtc(day, '00:00', zone), 15 * 24 * 60).slice(0, 10);
  const candidates = all(
    ctx.sqlite,
    ctx.qb
      .selectFrom('referrals')
      .innerJoin('clients', 'clients.id', 'referrals.client_id')
      .select(['referrals.client_id', 'clients.legal_first_name', 'clients.legal_last_name'])
      .where('clients.status', '=', 'active')
      .where('referrals.end_date', '>=', day)
      .where('referrals.end_date', '<=', soon)
      .distinct(),
  );
  const seen = new Set<string>();
  const referralsRunningOut: TodayView['referralsRunningOut'] = [];
  for (const c of candidates) {
    if (seen.has(c.client_id)) continue;
    seen.add(c.client_id);
    const r = currentReferral(ctx, c.client_id);
    if (r && r.warnings.length > 0) {
      referralsRunningOut.push({ id: r.id, clientId: c.client_id, clientName: `${c.legal_first_name} ${c.legal_last_name}`, badge: r.badge, warnings: r.warnings.map((w) => w.message) });
    }
  }
  return { date: day, appointments, overdueNotes, referralsRunningOut };
}

/** Opens (or reopens) the note for an appointment; the client has arrived. */
export function startSessionFromAppointment(ctx: CoreContext, appointmentId: string): Session {
  const a = getAppointmentRow(ctx, appointmentId);
  if (a.session_id) return getSession(ctx, a.session_id);
  if (['cancelled', 'late_cancelled', 'no_show'].includes(a.status)) throw new AppError('conflict', 'This appointment was cancelled or missed: rebook it before charting.');
  const { date, time } = utcToZoned(a.starts_at, clinicZone(ctx));
  return ctx.sqlite.transaction(() => {
    const session = startSession(ctx, { clientId: a.client_id, practitionerId: a.practitioner_id, sessionDate: date, startTime: time, from: 'blank' });
    run(ctx.sqlite, ctx.qb.updateTable('sessions').set({ appointment_id: a.id }).where('id', '=', session.id));
    const status = a.status === 'booked' || a.status === 'confirmed' ? 'arrived' : a.status;
    run(ctx.sqlite, ctx.qb.updateTable('appointments').set({ session_id: session.id, status, updated_at: nowIso(ctx) }).where('id', '=', a.id));
    recordHistory(ctx, a.id, 'session', { sessionId: session.id });
    if (status !== a.status) recordHistory(ctx, a.id, 'status', { from: a.status, to: status, reason: '' });
    return { ...session, appointmentId: a.id };
  })();
}
