// The hot paths the benchmark times (npm run bench) must keep using their indexes and a fixed
// number of statements: search, the chart, the week calendar, Today, booking (the clash check),
// signing (completing the appointment) and a client's statement. Seeded with the demo generator;
// checked as the app runs (no statistics) and after ANALYZE. Plus migration 0006 and the calendar's
// fast local-time conversion.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utcToZoned, zonedToUtc } from '../../shared/domain/schedule';
import { addDays } from '../../shared/domain/schedule-time';
import { localDateTime } from '../../electron/core/appointment-views';
import { openDatabase } from '../../electron/core/db';
import { generateClinic } from '../../electron/core/demo/generate';
import { MIGRATION_NAMES, migrations } from '../../migrations';
import { prepareReplay, recordStatements, type Ran } from '../bench/sql-replay';
import { cleanupTestCores, expectOk, makeTempDir, openTestCore, type TestCore } from '../helpers/core';

const NOW = '2026-11-27T15:00:00.000Z';
const TODAY = '2026-11-27';
/** Tables that grow with the years: never read whole. */
const BIG = ['clients', 'intakes', 'referrals', 'treatment_plans', 'sessions', 'session_findings', 'session_modalities', 'appointments', 'appointment_history', 'invoices', 'invoice_lines', 'payments'];

let core: TestCore;
let clientId: string;
let busiest: string;
let practitionerId: string;

beforeAll(async () => {
  core = await openTestCore({ now: NOW });
  await generateClinic(core, { years: 1, clients: 200, therapists: 3, seed: 11, now: NOW });
  busiest = core.sqlite.prepare(`SELECT client_id FROM sessions GROUP BY client_id ORDER BY count(*) DESC LIMIT 1`).pluck().get() as string;
  clientId = core.sqlite.prepare(`SELECT id FROM clients WHERE status = 'active' ORDER BY row_id LIMIT 1 OFFSET 7`).pluck().get() as string;
  practitionerId = core.sqlite.prepare(`SELECT id FROM practitioners ORDER BY id LIMIT 1`).pluck().get() as string;
}, 120_000);
afterAll(cleanupTestCores);

function plan({ sql, params }: Ran): string[] {
  return (core.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}

const fullScans = (steps: string[]) => steps.filter((s) => BIG.some((t) => new RegExp(`^SCAN ${t}\\b`).test(s)) && !/USING (COVERING )?INDEX/.test(s));

function run(method: string, input: unknown): { ran: Ran[]; plans: string[][] } {
  const ran = recordStatements(core.sqlite, () => expectOk(core.invoke(method, input)));
  return { ran, plans: ran.filter((r) => /^\s*(select|with)\b/i.test(r.sql)).map(plan) };
}

const weekOf = (monday: string) => ({ from: zonedToUtc(monday, '00:00', 'America/New_York'), to: zonedToUtc(addDays(monday, 7), '00:00', 'America/New_York') });

describe.each([
  ['as the app runs (no statistics)', false],
  ['after ANALYZE', true],
])('hot queries %s', (_label, analyze) => {
  beforeAll(() => {
    if (analyze) core.sqlite.exec('ANALYZE');
  });

  it.each([
    ['clients/search, one letter', 'clients/search', () => ({ query: 'm' })],
    ['clients/search, four letters', 'clients/search', () => ({ query: 'mart' })],
    ['clients/header', 'clients/header', () => ({ id: busiest })],
    ['sessions/list', 'sessions/list', () => ({ clientId: busiest })],
    ['clients/progress', 'clients/progress', () => ({ id: busiest })],
    ['appointments/range (a week)', 'appointments/range', () => weekOf('2026-11-23')],
    ['schedule/today', 'schedule/today', () => ({ date: TODAY })],
    ['billing/statement', 'billing/statement', () => ({ clientId: busiest })],
  ])('%s reads no big table whole', (_name, method, input) => {
    const { plans } = run(method, input());
    expect(plans.length).toBeGreaterThan(0);
    for (const steps of plans) expect(fullScans(steps), steps.join('\n')).toEqual([]);
  });

  it('the week calendar asks a fixed number of questions, however many clients the week holds', () => {
    const busy = run('appointments/range', weekOf('2026-11-23'));
    // One day of the same week: fewer clients, the same number of statements.
    const quiet = run('appointments/range', { from: zonedToUtc('2026-11-25', '00:00', 'America/New_York'), to: zonedToUtc('2026-11-26', '00:00', 'America/New_York') });
    expect((expectOk(core.invoke('appointments/range', { from: zonedToUtc('2026-11-25', '00:00', 'America/New_York'), to: zonedToUtc('2026-11-26', '00:00', 'America/New_York') })) as unknown[]).length).toBeGreaterThan(0);
    const shown = (expectOk(core.invoke('appointments/range', weekOf('2026-11-23'))) as unknown[]).length;
    expect(shown).toBeGreaterThan(20);
    expect(busy.ran.length).toBeLessThanOrEqual(8);
    expect(busy.ran.length).toBe(quiet.ran.length);
  });

  it('the intake and referral badges of a week come from one query each, through their indexes', () => {
    const { ran } = run('appointments/range', weekOf('2026-11-23'));
    const intakes = ran.filter((r) => /"intakes"/.test(r.sql) && /json_each/.test(r.sql)).map(plan);
    const referrals = ran.filter((r) => /"referrals"/.test(r.sql) && /json_each/.test(r.sql)).map(plan);
    expect(intakes.length).toBeGreaterThanOrEqual(1);
    expect(referrals.length).toBe(2);
    for (const steps of intakes) expect(steps.join('\n')).toMatch(/SEARCH intakes USING (COVERING )?INDEX/);
    for (const steps of referrals) expect(steps.join('\n')).toMatch(/SEARCH (referrals|r) USING (COVERING )?INDEX/);
  });

  it('booking checks clashes through the end-time indexes (only appointments that end after the new one starts)', () => {
    const roomId = core.sqlite.prepare(`SELECT id FROM rooms ORDER BY position LIMIT 1`).pluck().get() as string;
    const start = zonedToUtc('2026-12-30', '09:00', 'America/New_York');
    const ran = recordStatements(core.sqlite, () => core.invoke('appointments/book', { clientId, practitionerId, roomId, start, lengthMinutes: 60, confirmOutsideHours: true }));
    const clash = ran.find((r) => /from "appointments" where "status" in/.test(r.sql));
    expect(clash).toBeDefined();
    const steps = plan(clash!).join('\n');
    expect(steps).toMatch(/appointments_by_practitioner_end/);
    expect(steps).toMatch(/appointments_by_room_end/);
  });

  it('signing finds the appointment to complete by its session', () => {
    const steps = plan({ sql: `select "id", "status" from "appointments" where "session_id" = ?`, params: ['x'] }).join('\n');
    expect(steps).toMatch(/USING (COVERING )?INDEX appointments_by_session/);
  });

  it("a client's statement reads their issued invoices through invoices_by_client_status", () => {
    const { ran } = run('billing/statement', { clientId: busiest });
    const invoices = ran.find((r) => /from "invoices" where "client_id" = \? and "status" = \?/.test(r.sql));
    expect(plan(invoices!).join('\n')).toMatch(/invoices_by_client_status/);
  });

  it('replaying the recorded reads gives the same rows (the benchmark compares like with like)', () => {
    const ran = recordStatements(core.sqlite, () => core.invoke('clients/header', { id: busiest }));
    const replay = prepareReplay(core.sqlite, ran);
    expect(replay.reads).toBeGreaterThan(2);
    expect(() => replay.run()).not.toThrow();
  });
});

describe('migration 20261127_0006_indexes', () => {
  it('adds the indexes to a database that already holds appointments and invoices, keeping them', async () => {
    const file = `${makeTempDir()}/palpate.db`;
    const upTo = (name: string) => Object.fromEntries(MIGRATION_NAMES.slice(0, MIGRATION_NAMES.indexOf(name) + 1).map((n) => [n, migrations[n]!]));
    const before = await openDatabase(file, { migrations: upTo('20261127_0005_billing') });
    before.exec(`INSERT INTO clinic (id, name, time_zone, created_at, updated_at) VALUES (1, 'C', 'UTC', 'x', 'x')`);
    const indexes = () => before.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND name IN ('appointments_by_practitioner_end', 'appointments_by_room_end', 'appointments_by_session', 'invoices_by_client_status', 'payments_by_client_package')`).pluck().all();
    expect(indexes()).toEqual([]);
    before.close();
    const after = await openDatabase(file, { migrations: upTo('20261127_0006_indexes') });
    expect(after.prepare(`SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN ('appointments_by_practitioner_end', 'appointments_by_room_end', 'appointments_by_session', 'invoices_by_client_status', 'payments_by_client_package')`).pluck().get()).toBe(5);
    expect(after.prepare(`SELECT name FROM clinic`).pluck().get()).toBe('C');
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    after.close();
    expect(new BetterSqlite3(file).prepare('SELECT 1').pluck().get()).toBe(1);
  });
});

describe("the calendar's local times", () => {
  it.each(['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata'])('match utcToZoned across a year in %s, DST days included', (zone) => {
    for (let ms = Date.parse('2026-01-01T00:00:00Z'); ms < Date.parse('2027-01-01T00:00:00Z'); ms += 37 * 60_000) {
      const iso = new Date(ms).toISOString();
      const exact = utcToZoned(iso, zone);
      expect(localDateTime(iso, zone)).toEqual({ date: exact.date, time: exact.time });
    }
  });
});
