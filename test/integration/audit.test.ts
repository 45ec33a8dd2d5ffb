// The audit trail on real files: one entry per committed change (and per view, print, export),
// none for a refused call; append-only (triggers); a hash chain that exposes an edit of history.
import BetterSqlite3, { type Statement } from 'better-sqlite3-multiple-ciphers';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCore } from '../../electron/core';
import { auditHash, GENESIS_HASH } from '../../electron/core/audit';
import { ANCHOR_DELAY_MS, AUDIT_ANCHOR_FILE, flushAuditAnchor, readAuditAnchor } from '../../electron/core/audit-anchor';
import { createCoreHost } from '../../electron/core/backup-host';
import { openDatabase } from '../../electron/core/db';
import { MIGRATION_NAMES, migrations } from '../../migrations';
import type { AuditEntry, AuditPage, AuditVerifyReport } from '../../shared/schemas/audit';
import type { BackupResult, RestoreResult } from '../../shared/schemas/backup';
import { cleanupTestCores, count, expectOk, makeTempDir, openTestCore, snapshot, type TestCore } from '../helpers/core';

afterEach(() => {
  vi.useRealTimers();
  cleanupTestCores();
});

const SETUP = { clinic: { name: 'Calm Hands', timeZone: 'America/New_York' }, practitioner: { firstName: 'Pat', lastName: 'Kneader' }, access: { mode: 'none' as const } };

interface Clinic {
  core: TestCore;
  practitionerId: string;
  /** The owner user set-up created: with no sign-in, always the one at the keyboard. */
  ownerId: string;
  clientId: string;
}

async function clinic(): Promise<Clinic> {
  const core = await openTestCore();
  expectOk(core.invoke('clinic/setup', SETUP));
  const practitionerId = expectOk<{ id: string }[]>(core.invoke('practitioners/list', {}))[0]!.id;
  const ownerId = expectOk<{ id: string }[]>(core.invoke('users/list', {}))[0]!.id;
  const clientId = expectOk<{ id: string }>(core.invoke('clients/create', { legalFirstName: 'Cara', legalLastName: 'Client' })).id;
  return { core, practitionerId, ownerId, clientId };
}

const entries = (core: TestCore, input: object = {}) => expectOk<AuditPage>(core.invoke('audit/list', input)).entries;
const newest = (core: TestCore) => entries(core, { limit: 1 })[0]!;
const verify = (core: TestCore) => expectOk<AuditVerifyReport>(core.invoke('audit/verify', {}));
const rows = (core: TestCore) => count(core.sqlite, 'audit_log');

describe('what is recorded', () => {
  it('records creating, changing, signing and viewing, with the record, its client and who', async () => {
    const { core, practitionerId, ownerId, clientId } = await clinic();
    expectOk(core.invoke('clients/update', { id: clientId, legalFirstName: 'Cara', legalLastName: 'Clientele' }));
    const sessionId = expectOk<{ id: string }>(core.invoke('sessions/start', { clientId, practitionerId, sessionDate: '2026-11-27' })).id;
    expectOk(core.invoke('sessions/sign', { id: sessionId, signedBy: practitionerId, practitionerId, sessionDate: '2026-11-27', subjective: 'Better' }));
    expectOk(core.invoke('sessions/get', { id: sessionId }));
    expectOk(core.invoke('clients/get', { id: clientId }));
    const intakeId = expectOk<{ id: string }>(core.invoke('intakes/saveDraft', { clientId, answers: { reasonForVisit: 'Neck' } })).id;
    expectOk(core.invoke('intakes/get', { id: intakeId }));

    const summary = (e: AuditEntry) => [e.action, e.entity, e.entityId, e.clientId, e.actor, e.summary];
    expect(entries(core).map(summary)).toEqual([
      ['view', 'intake', intakeId, clientId, ownerId, 'Viewed intake'],
      ['update', 'intake', intakeId, clientId, ownerId, 'Changed intake (draft)'],
      ['view', 'client', clientId, clientId, ownerId, 'Viewed client record'],
      ['view', 'session', sessionId, clientId, ownerId, 'Viewed session note'],
      ['sign', 'session', sessionId, clientId, ownerId, 'Signed session note'],
      ['create', 'session', sessionId, clientId, ownerId, 'Created session note'],
      ['update', 'client', clientId, clientId, ownerId, 'Changed client record'],
      ['create', 'client', clientId, clientId, ownerId, 'Created client record'],
      ['create', 'clinic', null, null, ownerId, 'Created clinic'],
    ]);
    const signed = entries(core, { action: 'sign' })[0]!;
    expect(signed).toMatchObject({ actorName: 'Pat Kneader', clientName: 'Cara Clientele', detail: { method: 'sessions/sign' } });
    expect(Date.parse(signed.at)).toBe(Date.parse('2026-11-27T15:00:00Z'));
    expect(verify(core)).toEqual({ intact: true, checked: 9, firstBrokenSeq: null, message: 'The audit trail is intact: all 9 entries match their fingerprints.' });
  });

  it('adds exactly one entry per committed write, and none for a refused input or a refused change', async () => {
    const { core, practitionerId, clientId } = await clinic();
    const writes: [string, object][] = [
      ['clients/create', { legalFirstName: 'Dan', legalLastName: 'Doe' }],
      ['clients/archive', { id: clientId }],
      ['clients/unarchive', { id: clientId }],
      ['referrals/create', { clientId, physicianName: 'Dr. Rivera', diagnoses: ['M54.50'], visitsAuthorized: 12, startDate: '2026-11-01', endDate: '2027-02-01' }],
      ['appointments/book', { clientId, practitionerId, roomId: '01JD000000000000000000R00M', start: '2026-12-02T17:00:00.000Z', lengthMinutes: 60 }],
      ['payments/record', { clientId, paidOn: '2026-11-27', amountCents: 5000, method: 'cash' }],
      ['backups/saveSettings', { keepToday: 5 }],
    ];
    for (const [method, input] of writes) {
      const before = rows(core);
      expectOk(core.invoke(method, input));
      expect(rows(core), method).toBe(before + 1);
    }
    expect(entries(core, { limit: 3 }).map((e) => [e.action, e.entity, e.clientId, e.summary])).toEqual([
      ['update', 'backups', null, 'Changed backups'],
      ['create', 'payment', clientId, 'Created payment'],
      ['create', 'appointment', clientId, 'Created appointment'],
    ]);

    const before = snapshot(core.sqlite);
    // Refused by validation: the handler never runs.
    expect(core.invoke('clients/create', { legalFirstName: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // Refused by the handler: its writes and the audit entry roll back together.
    expect(core.invoke('clinic/setup', SETUP)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(core.invoke('invoices/void', { id: '01JD0000000000000000000000', reason: 'Typo' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // Lists and searches are not recorded.
    expectOk(core.invoke('clients/search', { query: 'cara' }));
    expectOk(core.invoke('clients/list', { status: 'all' }));
    expect(snapshot(core.sqlite).tables).toEqual(before.tables);
  });

  it('records a repeated view or an autosave burst once, then again after a pause', async () => {
    const { core, practitionerId, clientId } = await clinic();
    const before = rows(core);
    expectOk(core.invoke('clients/get', { id: clientId }));
    expectOk(core.invoke('clients/get', { id: clientId }));
    expect(rows(core)).toBe(before + 1);
    core.clock.advance(6 * 60_000);
    expectOk(core.invoke('clients/get', { id: clientId }));
    expect(rows(core)).toBe(before + 2);

    const sessionId = expectOk<{ id: string }>(core.invoke('sessions/start', { clientId, practitionerId, sessionDate: '2026-11-27' })).id;
    const draft = (text: string) => expectOk(core.invoke('sessions/saveDraft', { id: sessionId, practitionerId, sessionDate: '2026-11-27', subjective: text }));
    for (const text of ['S', 'So', 'Sor', 'Sore']) {
      draft(text);
      core.clock.advance(1000);
    }
    expect(entries(core, { clientId }).filter((e) => e.entity === 'session').map((e) => e.action)).toEqual(['update', 'create']);
    core.clock.advance(11 * 60_000);
    draft('Sore neck');
    expect(entries(core, { clientId }).filter((e) => e.entity === 'session').map((e) => e.action)).toEqual(['update', 'update', 'create']);
  });

  it('records a document once it was saved or printed, not when the dialog was cancelled', async () => {
    const { core, clientId } = await clinic();
    let saved = true;
    const invoke = core.withShell({
      'documents/savePdf': async () => ({ saved, path: saved ? '/tmp/report.pdf' : null }),
      'documents/print': async () => ({ printed: false }),
    });
    const before = rows(core);
    expectOk(await invoke('documents/savePdf', { kind: 'progress-report', id: clientId }));
    expect(newest(core)).toMatchObject({ action: 'print', entity: 'client', entityId: clientId, clientId, detail: { kind: 'progress-report', method: 'documents/savePdf' } });
    saved = false;
    expectOk(await invoke('documents/savePdf', { kind: 'progress-report', id: clientId }));
    expectOk(await invoke('documents/print', { kind: 'intake-blank' }));
    expect(rows(core)).toBe(before + 1);
  });
});

describe('append-only, and tamper-evident', () => {
  it('refuses UPDATE and DELETE in the database itself', async () => {
    const { core } = await clinic();
    expect(() => core.sqlite.prepare(`UPDATE audit_log SET actor = 'someone' WHERE seq = 1`).run()).toThrow(/The audit trail cannot be changed/);
    expect(() => core.sqlite.prepare(`DELETE FROM audit_log WHERE seq = 1`).run()).toThrow(/The audit trail cannot be changed/);
    expect(verify(core).intact).toBe(true);
  });

  it('chains each entry to the one before', async () => {
    const { core } = await clinic();
    const chain = core.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').all() as { seq: number; prev_hash: string; hash: string }[];
    expect(chain.map((r) => r.seq)).toEqual([1, 2]);
    expect(chain[0]!.prev_hash).toBe(GENESIS_HASH);
    expect(chain[1]!.prev_hash).toBe(chain[0]!.hash);
    expect(auditHash(chain[0]!.hash, chain[1]! as never)).toBe(chain[1]!.hash);
  });

  it('finds an entry edited behind Palpate’s back (triggers dropped), and a removed one', async () => {
    const { core, clientId } = await clinic();
    for (let i = 0; i < 3; i++) expectOk(core.invoke('clients/update', { id: clientId, legalFirstName: `Cara${i}`, legalLastName: 'Client' }));
    expect(verify(core)).toMatchObject({ intact: true, checked: 5 });

    core.sqlite.exec('DROP TRIGGER audit_log_no_update');
    core.sqlite.prepare(`UPDATE audit_log SET actor = 'nobody' WHERE seq = 3`).run();
    const report = verify(core);
    expect(report).toMatchObject({ intact: false, checked: 2, firstBrokenSeq: 3 });
    expect(report.message).toBe(
      'The audit trail was changed outside Palpate: entry 3 does not match its fingerprint. Entries 1 to 2 are intact. ' +
        'Keep this database and your backups as they are, and find out who had access to the file.',
    );

    const other = await clinic();
    expectOk(other.core.invoke('clients/get', { id: other.clientId }));
    other.core.sqlite.exec('DROP TRIGGER audit_log_no_delete');
    other.core.sqlite.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect(verify(other.core)).toMatchObject({ intact: false, firstBrokenSeq: 2 });
  });
});

describe('the note of the newest entry, kept beside the database', () => {
  const head = (core: TestCore) => core.sqlite.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
  const noted = (core: TestCore) => readAuditAnchor(core.dataDir);
  /** Removes entries from the end the way someone with the file and a SQLite tool would: triggers dropped, through another connection. */
  function removeNewest(file: string, fromSeq: number): void {
    const raw = new BetterSqlite3(file);
    raw.exec('DROP TRIGGER audit_log_no_delete');
    raw.prepare('DELETE FROM audit_log WHERE seq >= ?').run(fromSeq);
    raw.close();
  }
  const reopen = (core: TestCore) => openTestCore({ dataDir: core.dataDir, now: core.clock.iso() });

  it('follows the committed head a moment after a burst of writes, and once per burst', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { core, clientId } = await clinic();
    vi.advanceTimersByTime(ANCHOR_DELAY_MS);
    expect(noted(core)).toEqual({ ...head(core), at: '2026-11-27T15:00:00.000Z' });
    const settled = noted(core)!;

    for (let i = 0; i < 20; i++) expectOk(core.invoke('clients/update', { id: clientId, legalFirstName: `Cara${i}`, legalLastName: 'Client' }));
    // Twenty commits, and the file is still as it was: one rewrite follows for the whole burst.
    expect(noted(core)).toEqual(settled);
    core.clock.advance(1000);
    vi.advanceTimersByTime(ANCHOR_DELAY_MS);
    expect(noted(core)).toEqual({ seq: settled.seq + 20, hash: head(core).hash, at: '2026-11-27T15:00:01.000Z' });
    expect(readdirSync(core.dataDir).filter((f) => f.startsWith(AUDIT_ANCHOR_FILE))).toEqual([AUDIT_ANCHOR_FILE]);
  });

  it('never notes an entry that was rolled back with its change', async () => {
    const { core } = await clinic();
    flushAuditAnchor(core.ctx);
    const before = noted(core);
    // The handler refuses: the change and its audit entry roll back together.
    expect(core.invoke('clinic/setup', SETUP)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    flushAuditAnchor(core.ctx);
    expect(noted(core)).toEqual(before);
    expect(noted(core)!.seq).toBe(rows(core));
  });

  it('finds entries removed from the end, and keeps that evidence while new entries are written', async () => {
    const { core, clientId } = await clinic();
    for (let i = 0; i < 3; i++) expectOk(core.invoke('clients/update', { id: clientId, legalFirstName: `Cara${i}`, legalLastName: 'Client' }));
    const recorded = rows(core);
    flushAuditAnchor(core.ctx);
    core.close();
    removeNewest(core.dbFile, recorded - 1);

    const after = await reopen(core);
    const left = recorded - 2;
    // What is left is still a whole chain: only the note outside the database shows the removal.
    expect(verify(after)).toEqual({
      intact: false,
      checked: left,
      firstBrokenSeq: left + 1,
      message:
        `Entries were removed from the end of the audit trail: Palpate had recorded ${recorded} entries, and only ${left} are left (those match their fingerprints). ` +
        'Keep this database and your backups as they are, and find out who had access to the file.',
    });
    expect(noted(after)!.seq).toBe(recorded);

    // New entries take the removed numbers: the noted one is now a different entry, and the note stays put.
    after.clock.advance(60_000);
    for (let i = 0; i < 3; i++) expectOk(after.invoke('clients/update', { id: clientId, legalFirstName: `Dan${i}`, legalLastName: 'Client' }));
    flushAuditAnchor(after.ctx);
    expect(noted(after)!.seq).toBe(recorded);
    expect(verify(after)).toEqual({
      intact: false,
      checked: recorded - 1,
      firstBrokenSeq: recorded,
      message:
        `Entries were removed from the end of the audit trail: entry ${recorded} is not the entry Palpate recorded under that number, so the entries Palpate wrote ` +
        'from there on were removed and others put in their place. Keep this database and your backups as they are, and find out who had access to the file.',
    });
  });

  it('finds a trail emptied of every entry', async () => {
    const { core } = await clinic();
    flushAuditAnchor(core.ctx);
    core.close();
    removeNewest(core.dbFile, 1);
    const after = await reopen(core);
    expect(verify(after)).toMatchObject({
      intact: false,
      checked: 0,
      firstBrokenSeq: 1,
      message: expect.stringMatching(/^Entries were removed from the end of the audit trail: Palpate had recorded \d+ entries, and none are left\./),
    });
  });

  it('does not take a note left behind by a crash for tampering, and catches it up when the core opens', async () => {
    const { core, clientId } = await clinic();
    flushAuditAnchor(core.ctx);
    const lagging = noted(core)!;
    for (let i = 0; i < 4; i++) expectOk(core.invoke('clients/update', { id: clientId, legalFirstName: `Cara${i}`, legalLastName: 'Client' }));
    // Killed before the note was rewritten: the connection goes, the note stays behind.
    core.sqlite.close();
    expect(noted(core)).toEqual(lagging);

    const after = await reopen(core);
    expect(rows(after)).toBe(lagging.seq + 4);
    expect(verify(after)).toEqual({
      intact: true,
      checked: lagging.seq + 4,
      firstBrokenSeq: null,
      message: `The audit trail is intact: all ${lagging.seq + 4} entries match their fingerprints. None is missing from the end.`,
    });
    expect(noted(after)).toMatchObject(head(after));
  });

  it('treats an unreadable note as none, and writes a fresh one', async () => {
    const { core } = await clinic();
    core.close();
    writeFileSync(join(core.dataDir, AUDIT_ANCHOR_FILE), '{"seq": 9');
    const after = await reopen(core);
    expect(noted(after)).toMatchObject(head(after));
    expect(verify(after).intact).toBe(true);
  });

  it('follows a restore: the replaced database keeps its note, the restored trail gets its own, with the restore recorded', async () => {
    const { core } = await clinic();
    const host = createCoreHost({ core, reopen: () => openCore({ dataDir: core.dataDir, clock: core.clock, log: () => {} }), shell: () => ({}) });
    const made = expectOk<BackupResult>(await host.invoke('backups/create', {}));
    for (let i = 0; i < 5; i++) expectOk(core.invoke('clients/create', { legalFirstName: `Later${i}`, legalLastName: 'Client' }));
    flushAuditAnchor(core.ctx);
    const replacedHead = noted(core)!;

    // The restored trail is shorter than the note: without the note following, verify would report a removal.
    const result = expectOk<RestoreResult>(await host.invoke('backups/restore', { file: made.backup.file }));
    try {
      expect(readAuditAnchor(result.movedAsideTo!)).toEqual(replacedHead);
      flushAuditAnchor(host.core.ctx);
      const restored = host.core.sqlite.prepare('SELECT seq, action, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; action: string; hash: string };
      expect(restored.action).toBe('restore');
      expect(restored.seq).toBeLessThan(replacedHead.seq);
      expect(readAuditAnchor(core.dataDir)).toMatchObject({ seq: restored.seq, hash: restored.hash });
      expect(expectOk<AuditVerifyReport>(await host.invoke('audit/verify', {})).intact).toBe(true);
    } finally {
      host.close();
    }
  });

  it('writes no note for an empty trail', async () => {
    const core = await openTestCore();
    flushAuditAnchor(core.ctx);
    expect(existsSync(join(core.dataDir, AUDIT_ANCHOR_FILE))).toBe(false);
    expect(verify(core)).toMatchObject({ intact: true, checked: 0, message: 'The audit trail is empty.' });
  });
});

describe('the viewer', () => {
  it('filters by client, action, who and the clinic’s days, newest first, a page at a time', async () => {
    const { core, practitionerId, ownerId, clientId } = await clinic();
    const otherId = expectOk<{ id: string }>(core.invoke('clients/create', { legalFirstName: 'Olga', legalLastName: 'Other' })).id;
    const sessionId = expectOk<{ id: string }>(core.invoke('sessions/start', { clientId, practitionerId, sessionDate: '2026-11-27' })).id;
    // 23:30 in New York on Nov 27 is Nov 28 in UTC: still the 27th for the clinic.
    core.clock.set('2026-11-28T04:30:00Z');
    expectOk(core.invoke('sessions/sign', { id: sessionId, signedBy: practitionerId, practitionerId, sessionDate: '2026-11-27' }));
    core.clock.set('2026-11-28T15:00:00Z');
    expectOk(core.invoke('clients/get', { id: otherId }));

    expect(entries(core, { clientId }).map((e) => e.action)).toEqual(['sign', 'create', 'create']);
    expect(entries(core, { clientId: otherId }).map((e) => e.action)).toEqual(['view', 'create']);
    expect(entries(core, { action: 'view' }).map((e) => e.clientName)).toEqual(['Olga Other']);
    expect(entries(core, { actor: ownerId, action: 'sign' }).map((e) => e.action)).toEqual(['sign']);
    expect(entries(core, { actor: 'system' })).toEqual([]);
    expect(entries(core, { from: '2026-11-27', to: '2026-11-27' }).map((e) => e.action)).toEqual(['sign', 'create', 'create', 'create', 'create']);
    expect(entries(core, { from: '2026-11-28' }).map((e) => e.action)).toEqual(['view']);
    expect(core.invoke('audit/list', { from: '2026-11-28', to: '2026-11-27' })).toMatchObject({ ok: false, error: { fields: { to: 'To must be on or after From' } } });

    const first = expectOk<AuditPage>(core.invoke('audit/list', { limit: 2 }));
    expect(first.entries.map((e) => e.seq)).toEqual([6, 5]);
    const second = expectOk<AuditPage>(core.invoke('audit/list', { limit: 2, before: first.nextBefore! }));
    expect(second.entries.map((e) => e.seq)).toEqual([4, 3]);
    expect(expectOk<AuditPage>(core.invoke('audit/list', { limit: 10, before: 3 })).nextBefore).toBeNull();
  });

  it('exports the filtered trail as CSV, formula-safe, with the hashes, and records the export', async () => {
    const { core } = await clinic();
    const trickyId = expectOk<{ id: string }>(core.invoke('clients/create', { legalFirstName: '=HYPERLINK("x")', legalLastName: 'Client' })).id;
    const { fileName, csv } = expectOk<{ fileName: string; csv: string }>(core.invoke('audit/csv', { clientId: trickyId }));
    expect(fileName).toBe('Audit trail - 2026-11-27.csv');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Seq,Time (UTC),Actor,Actor name,Action,What,Record,Record id,Client id,Client,Detail,Previous hash,Hash');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"") Client"`);
    expect(lines[1]).toMatch(/,[0-9a-f]{64},[0-9a-f]{64}$/);
    expect(newest(core)).toMatchObject({ action: 'export', entity: 'audit_log', summary: 'Exported audit trail', detail: { method: 'audit/csv', clientId: trickyId } });
  });

  it('finds one client’s entries through its index, not a full scan', async () => {
    const { core, clientId } = await clinic();
    const ran: string[] = [];
    const proto = Object.getPrototypeOf(core.sqlite.prepare('SELECT 1')) as Statement;
    const original = proto.all;
    proto.all = function (this: Statement, ...params: unknown[]) {
      if (/audit_log/.test(this.source)) ran.push(this.source);
      return (original as (...a: unknown[]) => unknown[]).apply(this, params);
    } as Statement['all'];
    try {
      entries(core, { clientId });
    } finally {
      proto.all = original;
    }
    expect(ran).toHaveLength(1);
    const plan = (core.sqlite.prepare(`EXPLAIN QUERY PLAN ${ran[0]!}`).all(clientId, 101) as { detail: string }[]).map((r) => r.detail);
    expect(plan.join('\n')).toMatch(/SEARCH audit_log USING INDEX audit_log_by_client/);
  });
});

it('migration 0007 adds an empty, STRICT, append-only audit_log to a database with data', async () => {
  const file = join(makeTempDir(), 'palpate.db');
  const upTo = (last: string) => Object.fromEntries(MIGRATION_NAMES.slice(0, MIGRATION_NAMES.indexOf(last) + 1).map((n) => [n, migrations[n]!]));
  const before = await openDatabase(file, { migrations: upTo(MIGRATION_NAMES[MIGRATION_NAMES.indexOf('20261127_0007_audit') - 1]!) });
  before.prepare(`INSERT INTO clinic (id, name, time_zone, created_at, updated_at) VALUES (1, 'Calm Hands', 'UTC', 'x', 'x')`).run();
  expect(before.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'audit_log'`).pluck().get()).toBe(0);
  before.close();

  const after = await openDatabase(file, { migrations: upTo('20261127_0007_audit') });
  expect(after.prepare('SELECT name FROM clinic').pluck().get()).toBe('Calm Hands');
  expect(after.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0);
  const table = (after.prepare('PRAGMA table_list').all() as { name: string; strict: number }[]).find((t) => t.name === 'audit_log');
  expect(table?.strict).toBe(1);
  expect(after.prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name`).pluck().all()).toEqual([
    'audit_log_no_delete',
    'audit_log_no_update',
  ]);
  after.close();
});
