// Booking, clashes, hours, statuses, series across DST, starting the visit and completing it.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppointmentHistoryEntry, AppointmentView, SeriesPreviewItem, TodayView } from '../../shared/schemas/schedule';
import type { Session } from '../../shared/schemas/session';
import { cleanupTestCores, count, expectOk, makeTempDir, openTestCore, snapshot, type TestCore } from '../helpers/core';

afterEach(cleanupTestCores);

const ROOM = '01JD000000000000000000R00M';
// America/New_York; 2026-12-01 is a Tuesday. 15:00Z = 10:00 local.
const TUE_10 = '2026-12-01T15:00:00.000Z';

let core: TestCore;
let clientId: string;
let otherClientId: string;
let practitionerId: string;
beforeEach(async () => {
  core = await openTestCore({ now: '2026-11-27T15:00:00.000Z' });
  expectOk(core.invoke('clinic/setup', { clinic: { name: 'Calm', timeZone: 'America/New_York' }, practitioner: { firstName: 'Maya', lastName: 'Okafor' }, access: { mode: 'none' } }));
  practitionerId = expectOk<{ id: string }[]>(core.invoke('practitioners/list', {}))[0]!.id;
  clientId = expectOk<{ id: string }>(core.invoke('clients/create', { legalFirstName: 'Eleanor', legalLastName: 'Vance', phone: '555-0142' })).id;
  otherClientId = expectOk<{ id: string }>(core.invoke('clients/create', { legalFirstName: 'Ben', legalLastName: 'Brooks' })).id;
});

const book = (over: Record<string, unknown> = {}) => core.invoke('appointments/book', { clientId, practitionerId, roomId: ROOM, start: TUE_10, lengthMinutes: 60, ...over });

describe('booking', () => {
  it('books an appointment and shows it in the week with local times', () => {
    const a = expectOk<AppointmentView>(book({ notes: 'First visit' }));
    expect(a).toMatchObject({ clientName: 'Eleanor Vance', localDate: '2026-12-01', localStart: '10:00', localEnd: '11:00', status: 'booked', roomName: 'Treatment room' });
    const week = expectOk<AppointmentView[]>(core.invoke('appointments/range', { from: '2026-11-30T05:00:00.000Z', to: '2026-12-07T05:00:00.000Z' }));
    expect(week.map((x) => x.id)).toEqual([a.id]);
  });

  it('never lets the practitioner or the room hold two overlapping appointments, and names the clash', () => {
    expectOk(book());
    const before = snapshot(core.sqlite);
    const clash = book({ clientId: otherClientId, start: '2026-12-01T15:30:00.000Z' }) as { ok: boolean; error?: { code: string; message: string } };
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(clash.error!.message).toMatch(/Eleanor Vance/);
    expect(clash.error!.message).toMatch(/10:00–11:00/);
    expect(snapshot(core.sqlite)).toEqual(before);
    // Back to back is fine.
    expect(book({ clientId: otherClientId, start: '2026-12-01T16:00:00.000Z' }).ok).toBe(true);
  });

  it("asks before booking inside a service's turnover buffer, either side, and books when confirmed", () => {
    const SERVICE_60 = '01JD0000000000000000SERV01'; // 60 minutes + 15 minutes turnover
    expectOk(book({ serviceId: SERVICE_60 }));
    const before = snapshot(core.sqlite);
    // 11:00 is right after Eleanor's 10:00–11:00, inside its 15 minutes.
    const tooSoon = book({ clientId: otherClientId, start: '2026-12-01T16:00:00.000Z' });
    expect(tooSoon).toMatchObject({ ok: false, error: { code: 'needs_confirmation' } });
    expect((tooSoon as { error: { message: string } }).error.message).toBe(
      "Eleanor Vance's appointment ends at 11:00 and its service needs 15 minutes after it. Book it anyway?",
    );
    // 09:00–09:50 with the same service would leave its own turnover running into 10:00.
    const ownTurnover = book({ clientId: otherClientId, start: '2026-12-01T14:00:00.000Z', lengthMinutes: 50, serviceId: SERVICE_60 });
    expect((ownTurnover as { error: { message: string } }).error.message).toMatch(/This service needs 15 minutes after it, and Eleanor Vance's appointment starts at 10:00/);
    expect(snapshot(core.sqlite)).toEqual(before);
    // 11:15 is clear; and the desk may click through the warning.
    expectOk(book({ clientId: otherClientId, start: '2026-12-01T16:15:00.000Z', lengthMinutes: 30 }));
    expectOk(book({ clientId: otherClientId, start: '2026-12-01T14:00:00.000Z', lengthMinutes: 50, serviceId: SERVICE_60, confirmOutsideHours: true }));
  });

  it('frees the slot when an appointment is cancelled, which stays visible with its reason', () => {
    const a = expectOk<AppointmentView>(book());
    expect(core.invoke('appointments/setStatus', { id: a.id, status: 'cancelled' })).toMatchObject({ ok: false, error: { fields: { reason: expect.any(String) } } });
    expectOk(core.invoke('appointments/setStatus', { id: a.id, status: 'cancelled', reason: 'Client is ill' }));
    expect(book({ clientId: otherClientId }).ok).toBe(true);
    const day = expectOk<AppointmentView[]>(core.invoke('appointments/range', { from: '2026-12-01T05:00:00.000Z', to: '2026-12-02T05:00:00.000Z' }));
    expect(day.map((x) => [x.clientName, x.status])).toEqual([
      ['Eleanor Vance', 'cancelled'],
      ['Ben Brooks', 'booked'],
    ]);
    // Rebooking the cancelled one now clashes.
    expect(core.invoke('appointments/setStatus', { id: a.id, status: 'booked' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('asks before booking outside business hours or on a closed day', () => {
    const early = book({ start: '2026-12-01T12:00:00.000Z' }); // 07:00 local
    expect(early).toMatchObject({ ok: false, error: { code: 'needs_confirmation' } });
    expect(count(core.sqlite, 'appointments')).toBe(0);
    expect(book({ start: '2026-12-01T12:00:00.000Z', confirmOutsideHours: true }).ok).toBe(true);
    expectOk(core.invoke('schedule/addClosedDay', { date: '2026-12-08', reason: 'Training' }));
    expect(book({ start: '2026-12-08T15:00:00.000Z' })).toMatchObject({ ok: false, error: { code: 'needs_confirmation' } });
  });

  it('refuses unknown ids, zero and 24-hour lengths, and bad times with field messages', () => {
    const before = snapshot(core.sqlite);
    expect(book({ practitionerId: '01JBXD3Q5W9Z8Y7X6V5T4S3R2Q' })).toMatchObject({ ok: false, error: { fields: { practitionerId: expect.any(String) } } });
    expect(book({ roomId: '01JBXD3Q5W9Z8Y7X6V5T4S3R2Q' })).toMatchObject({ ok: false, error: { fields: { roomId: expect.any(String) } } });
    expect(book({ clientId: '01JBXD3Q5W9Z8Y7X6V5T4S3R2Q' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(book({ lengthMinutes: 0 })).toMatchObject({ ok: false, error: { fields: { lengthMinutes: expect.any(String) } } });
    expect(book({ lengthMinutes: 24 * 60 })).toMatchObject({ ok: false, error: { fields: { lengthMinutes: expect.any(String) } } });
    expect(book({ start: '2026-12-01 10:00' })).toMatchObject({ ok: false, error: { fields: { start: expect.any(String) } } });
    expect(core.invoke('appointments/range', { from: '2026-12-07T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' })).toMatchObject({ ok: false, error: { fields: { to: expect.any(String) } } });
    expect(snapshot(core.sqlite)).toEqual(before);
  });

  it('moves by drag (a new start) and records the history of changes', () => {
    const a = expectOk<AppointmentView>(book());
    const moved = expectOk<AppointmentView>(core.invoke('appointments/move', { id: a.id, start: '2026-12-02T19:00:00.000Z', lengthMinutes: 90 }));
    expect(moved).toMatchObject({ localDate: '2026-12-02', localStart: '14:00', localEnd: '15:30' });
    expectOk(core.invoke('appointments/setStatus', { id: a.id, status: 'confirmed' }));
    const history = expectOk<AppointmentHistoryEntry[]>(core.invoke('appointments/history', { id: a.id }));
    expect(history.map((h) => h.summary)).toEqual(['Booked for 2026-12-01 10:00', 'Moved from 2026-12-01 10:00 to 2026-12-02 14:00', 'Booked → Confirmed']);
  });

  it('finds the next free slot for a length, practitioner and room', () => {
    expectOk(book({ start: '2026-11-30T14:00:00.000Z', lengthMinutes: 120 })); // Mon 09:00–11:00
    const slot = expectOk<{ start: string } | null>(core.invoke('appointments/freeSlot', { practitionerId, roomId: ROOM, lengthMinutes: 60, from: '2026-11-30T14:00:00.000Z' }));
    expect(slot!.start).toBe('2026-11-30T16:00:00.000Z'); // 11:00 local
  });
});

describe('series from a plan', () => {
  const series = (over: Record<string, unknown> = {}) => ({ clientId, practitionerId, roomId: ROOM, startDate: '2026-10-13', time: '10:00', lengthMinutes: 60, weeks: 8, ...over });

  it('keeps 10:00 local across the November DST change and skips closed days', () => {
    expectOk(core.invoke('schedule/addClosedDay', { date: '2026-10-27', reason: 'Closed' }));
    const preview = expectOk<SeriesPreviewItem[]>(core.invoke('series/preview', series({ weeks: undefined, count: 8 })));
    const real = preview.filter((p) => p.state !== 'closed');
    expect(real).toHaveLength(8);
    expect(preview.find((p) => p.state === 'closed')!.date).toBe('2026-10-27');
    expect(real[0]!.start).toBe('2026-10-13T14:00:00.000Z');
    expect(real[real.length - 1]!.start).toMatch(/T15:00:00.000Z$/); // after 1 Nov: EST
  });

  it('proposes the nearest free slot where an occurrence clashes, then books all or nothing', () => {
    expectOk(book({ clientId: otherClientId, start: '2026-10-20T14:00:00.000Z' })); // the 2nd Tuesday, 10:00
    const preview = expectOk<SeriesPreviewItem[]>(core.invoke('series/preview', series({ weeks: 3 })));
    expect(preview.map((p) => p.state)).toEqual(['free', 'clash', 'free']);
    const proposed = preview[1]!.proposed!;
    expect(proposed.start).not.toBe(preview[1]!.start);

    const before = snapshot(core.sqlite);
    const refused = core.invoke('series/create', { series: series({ weeks: 3 }), starts: preview.map((p) => p.start) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // All or nothing: the first occurrence was written, then rolled back with the rest.
    expect(snapshot(core.sqlite).tables).toEqual(before.tables);

    const starts = preview.map((p) => p.proposed?.start ?? p.start);
    const created = expectOk<{ appointmentIds: string[] }>(core.invoke('series/create', { series: series({ weeks: 3 }), starts }));
    expect(created.appointmentIds).toHaveLength(3);
  });

  it('moves and cancels this and all following occurrences', () => {
    const preview = expectOk<SeriesPreviewItem[]>(core.invoke('series/preview', series({ weeks: 4 })));
    const { appointmentIds } = expectOk<{ appointmentIds: string[] }>(core.invoke('series/create', { series: series({ weeks: 4 }), starts: preview.map((p) => p.start) }));
    // Second occurrence and the rest move from 10:00 to 14:00 local, across DST.
    const second = expectOk<AppointmentView>(core.invoke('appointments/get', { id: appointmentIds[1]! }));
    expectOk(core.invoke('appointments/move', { id: second.id, start: second.start.replace('T14:', 'T18:'), lengthMinutes: 60, scope: 'following' }));
    const after = appointmentIds.map((id) => expectOk<AppointmentView>(core.invoke('appointments/get', { id })));
    expect(after.map((a) => a.localStart)).toEqual(['10:00', '14:00', '14:00', '14:00']);
    expectOk(core.invoke('appointments/setStatus', { id: appointmentIds[2]!, status: 'cancelled', reason: 'Plan finished early', scope: 'following' }));
    expect(appointmentIds.map((id) => expectOk<AppointmentView>(core.invoke('appointments/get', { id })).status)).toEqual(['booked', 'booked', 'cancelled', 'cancelled']);
  });
});

describe('the visit', () => {
  it('starts the session from the appointment (arrived) and signing it completes the appointment', () => {
    const a = expectOk<AppointmentView>(book({ start: '2026-11-27T16:00:00.000Z' }));
    const today = expectOk<TodayView>(core.invoke('schedule/today', {}));
    expect(today.appointments.map((x) => x.id)).toEqual([a.id]);
    const session = expectOk<Session>(core.invoke('appointments/startSession', { appointmentId: a.id }));
    expect(session).toMatchObject({ appointmentId: a.id, sessionDate: '2026-11-27', startTime: '11:00' });
    expect(expectOk<AppointmentView>(core.invoke('appointments/get', { id: a.id }))).toMatchObject({ status: 'arrived', sessionId: session.id });
    // Starting again reopens the same note.
    expect(expectOk<Session>(core.invoke('appointments/startSession', { appointmentId: a.id })).id).toBe(session.id);
    expectOk(core.invoke('sessions/sign', { id: session.id, signedBy: practitionerId, practitionerId, sessionDate: '2026-11-27' }));
    expect(expectOk<AppointmentView>(core.invoke('appointments/get', { id: a.id })).status).toBe('completed');
  });
});

describe('concurrency and query plans', () => {
  it('lets only one of several processes racing for the same slot book it', async () => {
    const dataDir = makeTempDir('palpate-race-');
    const seed = await openTestCore({ dataDir });
    expectOk(seed.invoke('clinic/setup', { clinic: { name: 'Race', timeZone: 'America/New_York' }, practitioner: { firstName: 'P', lastName: 'Q' }, access: { mode: 'none' } }));
    const pid = expectOk<{ id: string }[]>(seed.invoke('practitioners/list', {}))[0]!.id;
    const cids = [0, 1, 2].map((i) => expectOk<{ id: string }>(seed.invoke('clients/create', { legalFirstName: `C${i}`, legalLastName: 'Racer' })).id);
    seed.close();
    const go = join(dataDir, 'go');
    const racers = cids.map((cid) => {
      const input = JSON.stringify({ clientId: cid, practitionerId: pid, roomId: ROOM, start: TUE_10, lengthMinutes: 60 });
      const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'concurrency/book-writer.ts'), dataDir, go, input], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      const ready = new Promise<void>((ok) => child.stdout.on('data', (c: Buffer) => ((out += c.toString()), out.includes('ready') && ok())));
      const done = new Promise<string>((ok) => child.on('close', () => ok(out)));
      return { ready, done };
    });
    await Promise.all(racers.map((r) => r.ready));
    writeFileSync(go, '');
    const results = (await Promise.all(racers.map((r) => r.done))).map((out) => JSON.parse(out.trim().split('\n').pop()!) as { ok: boolean; code?: string });
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => r.code)).toEqual(['conflict', 'conflict']);
  }, 60_000);

  it('reads a week through the start-time index, never a full scan', () => {
    expectOk(book());
    // Record the SQL the week view really runs, then ask SQLite how it plans it.
    const seen: string[] = [];
    const prepare = core.sqlite.prepare.bind(core.sqlite);
    core.sqlite.prepare = ((text: string) => (seen.push(text), prepare(text))) as typeof core.sqlite.prepare;
    try {
      expectOk(core.invoke('appointments/range', { from: '2026-11-30T05:00:00.000Z', to: '2026-12-07T05:00:00.000Z' }));
    } finally {
      core.sqlite.prepare = prepare;
    }
    const weekSql = seen.find((t) => /from "appointments" as "a"/.test(t) && /"a"."starts_at" >= \?/.test(t));
    expect(weekSql).toBeDefined();
    const steps = (core.sqlite.prepare(`EXPLAIN QUERY PLAN ${weekSql}`).all('2026-11-30T05:00:00.000Z', '2026-12-07T05:00:00.000Z') as { detail: string }[]).map((p) => p.detail);
    expect(steps.some((s) => /SEARCH a USING INDEX appointments_by_start/.test(s)), steps.join('\n')).toBe(true);
    expect(steps.some((s) => /^SCAN a\b/.test(s)), steps.join('\n')).toBe(false);
  });
});
