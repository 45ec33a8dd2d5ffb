// The demo clinic generator (electron/core/demo): deterministic from its seed, realistic in shape,
// written through the core's API into a database that passes its integrity check; and the demo
// folder that app/openDemo opens, marked so app/status says "demo".
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluatePrecautions } from '../../shared/domain/precautions';
import type { AppStatus } from '../../shared/schemas/clinic';
import { IntakeDraftAnswers } from '../../shared/schemas/intake';
import { openCore, type Core } from '../../electron/core/index';
import { generateClinic, type GenerateSummary } from '../../electron/core/demo/generate';
import { DEMO_FOLDER, isDemoFolder } from '../../electron/core/demo/marker';
import { openDemoCore } from '../../electron/core/demo/switch';
import { cleanupTestCores, expectOk, makeTempDir, openTestCore, type TestCore } from '../helpers/core';

const NOW = '2026-11-27T15:00:00.000Z';
const SMALL = { years: 1, clients: 30, therapists: 2, seed: 7, now: NOW };

let core: TestCore;
let summary: GenerateSummary;

beforeAll(async () => {
  core = await openTestCore({ now: NOW });
  summary = await generateClinic(core, SMALL);
}, 120_000);
afterAll(cleanupTestCores);

const rows = <T>(sql: string, ...params: unknown[]) => core.sqlite.prepare(sql).all(...params) as T[];
const one = (sql: string, ...params: unknown[]) => core.sqlite.prepare(sql).pluck().get(...params) as number;

describe('generateClinic', () => {
  it('is deterministic: the same seed gives the same clinic', async () => {
    const again = await openTestCore({ now: NOW });
    const second = await generateClinic(again, SMALL);
    expect(second.counts).toEqual(summary.counts);
    expect(second.firstClient).toBe(summary.firstClient);
    const names = (c: Core) => c.sqlite.prepare('SELECT legal_first_name, legal_last_name, date_of_birth FROM clients ORDER BY row_id').all();
    expect(names(again)).toEqual(names(core));
    // And a different seed gives a different one.
    const other = await openTestCore({ now: NOW });
    const third = await generateClinic(other, { ...SMALL, seed: 8 });
    expect(third.firstClient === summary.firstClient && third.counts.sessions === summary.counts.sessions).toBe(false);
  }, 120_000);

  it('sets up the demo clinic: name, time zone, therapists with a room each', () => {
    const status = expectOk<AppStatus>(core.invoke('app/status', {}));
    expect(status.clinic).toMatchObject({ name: 'Riverside Medical Massage (DEMO)', timeZone: 'America/New_York' });
    expect(summary.counts.practitioners).toBe(2);
    expect(summary.counts.clients).toBe(30);
    expect(one(`SELECT count(*) FROM rooms WHERE active = 1`)).toBe(2);
  });

  it('writes signed intakes, and some of them raise precaution alerts', () => {
    const intakes = rows<{ answers: string; signed_at: string | null }>('SELECT answers, signed_at FROM intakes');
    expect(intakes.length).toBeGreaterThanOrEqual(30);
    expect(intakes.every((i) => i.signed_at !== null)).toBe(true);
    const withAlerts = intakes.filter((i) => evaluatePrecautions(IntakeDraftAnswers.parse(JSON.parse(i.answers)), undefined, '2026-11-27').length > 0);
    expect(withAlerts.length).toBeGreaterThan(0);
  });

  it('writes referrals with bundled ICD-10-CM codes and treatment plans with goals', () => {
    const referrals = rows<{ diagnoses: string }>('SELECT diagnoses FROM referrals');
    expect(referrals.length).toBeGreaterThan(0);
    for (const r of referrals) expect((JSON.parse(r.diagnoses) as string[]).every((code) => /^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/.test(code))).toBe(true);
    const plans = rows<{ goals: string }>('SELECT goals FROM treatment_plans');
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.every((p) => (JSON.parse(p.goals) as unknown[]).length > 0)).toBe(true);
  });

  it('books appointments with cancellations and no-shows, and completes the ones that were charted', () => {
    const by = summary.counts.appointmentsByStatus;
    expect(by.completed).toBeGreaterThan(100);
    expect(by.cancelled).toBeGreaterThan(0);
    expect((by.cancelled ?? 0) / summary.counts.appointments).toBeLessThan(0.12);
    expect(one(`SELECT count(*) FROM appointments WHERE series_id IS NOT NULL`)).toBeGreaterThan(0);
    // Every completed appointment has its signed note.
    expect(one(`SELECT count(*) FROM appointments a JOIN sessions s ON s.id = a.session_id WHERE a.status = 'completed' AND s.status = 'signed'`)).toBe(by.completed);
  });

  it('signs sessions with 2–6 findings that improve over a plan', () => {
    const perSession = rows<{ n: number }>(`SELECT count(f.id) AS n FROM sessions s LEFT JOIN session_findings f ON f.session_id = s.id WHERE s.status = 'signed' GROUP BY s.id`);
    expect(perSession.length).toBe(summary.counts.signedSessions);
    expect(perSession.every((r) => r.n >= 2 && r.n <= 6)).toBe(true);
    // Pain falls from the first to the last visits of plans of six visits or more.
    const trend = rows<{ first: number; last: number }>(`
      WITH ranked AS (
        SELECT plan_id, pain_before, row_number() OVER (PARTITION BY plan_id ORDER BY session_date) AS k, count(*) OVER (PARTITION BY plan_id) AS n
        FROM sessions WHERE status = 'signed' AND plan_id IS NOT NULL)
      SELECT avg(CASE WHEN k <= 2 THEN pain_before END) AS first, avg(CASE WHEN k > n - 2 THEN pain_before END) AS last FROM ranked WHERE n >= 6`)[0]!;
    expect(trend.first).toBeGreaterThan(trend.last);
    expect(one(`SELECT count(*) FROM session_modalities`)).toBeGreaterThan(summary.counts.signedSessions);
  });

  it('invoices sessions and records payments, some left open for the aging report', () => {
    expect(summary.counts.invoices).toBeGreaterThan(50);
    expect(summary.counts.payments).toBeGreaterThan(50);
    const open = one(`SELECT count(*) FROM invoices i WHERE status = 'issued' AND total_cents > (SELECT coalesce(sum(amount_cents), 0) FROM payments p WHERE p.invoice_id = i.id)`);
    expect(open).toBeGreaterThan(0);
    expect(one(`SELECT count(DISTINCT payer_id) FROM invoices`)).toBeGreaterThanOrEqual(1);
  });

  it('leaves a database that passes integrity and foreign-key checks', () => {
    expect(core.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(core.sqlite.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('the demo folder', () => {
  it('is generated once, marked as the demo, and reopened as it is', async () => {
    const base = makeTempDir();
    const folder = join(base, DEMO_FOLDER);
    const openAt = (dataDir: string) => openCore({ dataDir, version: '0.0.0-test' });
    const first = await openDemoCore(folder, openAt, Date.parse(NOW));
    expect(isDemoFolder(folder)).toBe(true);
    const status = expectOk<AppStatus>(first.invoke('app/status', {}));
    expect(status.demo).toBe(true);
    expect(status.clinic?.name).toContain('(DEMO)');
    const clients = first.sqlite.prepare('SELECT count(*) FROM clients').pluck().get();
    const id = first.sqlite.prepare('SELECT id FROM clients ORDER BY row_id LIMIT 1').pluck().get();
    first.close();
    const again = await openDemoCore(folder, openAt, Date.parse(NOW) + 60_000);
    expect(again.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(clients);
    expect(again.sqlite.prepare('SELECT id FROM clients ORDER BY row_id LIMIT 1').pluck().get()).toBe(id);
    again.close();
    // The clinic's own folder is not the demo.
    const own = await openCore({ dataDir: base, version: '0.0.0-test' });
    expect(expectOk<AppStatus>(own.invoke('app/status', {})).demo).toBe(false);
    own.close();
  }, 120_000);
});
