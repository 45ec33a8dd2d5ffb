// Backups on real files: made through SQLite's online backup API (never a copy of the live file),
// checked, rotated over simulated weeks with a pinned clock, copied to a second folder, verified.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFilesIn, backupsDir, parseBackupName } from '../../electron/core/backup-files';
import { backupsToRemove, DEFAULT_ROTATION, type DatedBackup, type RotationPolicy } from '../../electron/core/backup-rotation';
import { todayIn } from '../../shared/domain/dates';
import type { BackupAutoResult, BackupOverview, BackupResult, BackupVerifyReport } from '../../shared/schemas/backup';
import { damagePages } from '../helpers/backup';
import { cleanupTestCores, count, expectOk, makeTempDir, openTestCore, snapshot, type TestCore } from '../helpers/core';

afterEach(cleanupTestCores);

const SETUP = { clinic: { name: 'Calm Hands', timeZone: 'UTC' }, practitioner: { firstName: 'Pat', lastName: 'Kneader' }, access: { mode: 'none' as const } };

async function clinic(options: { now?: string; timeZone?: string } = {}): Promise<TestCore> {
  const core = await openTestCore({ now: options.now });
  expectOk(core.invoke('clinic/setup', { ...SETUP, clinic: { ...SETUP.clinic, timeZone: options.timeZone ?? 'UTC' } }));
  return core;
}

const addClient = (core: TestCore, name: string) => expectOk<{ id: string }>(core.invoke('clients/create', { legalFirstName: name, legalLastName: 'Client' })).id;
const backUp = async (core: TestCore) => expectOk<BackupResult>(await core.call('backups/create', {}));
const list = (core: TestCore) => expectOk<BackupOverview>(core.invoke('backups/list', {}));
const readOnly = (path: string) => new BetterSqlite3(path, { readonly: true, fileMustExist: true });

describe('backups/create', () => {
  it('copies through the online backup API, including commits still only in the WAL, into a checked single file', async () => {
    const core = await clinic();
    addClient(core, 'Ada');
    // Until a checkpoint, commits live in palpate.db-wal: a copy of palpate.db alone misses them
    // (here, everything, even the tables). The backup API reads through the connection instead.
    core.sqlite.pragma('wal_autocheckpoint = 0');
    addClient(core, 'Walter');
    const rawCopy = join(makeTempDir(), 'copy.db');
    copyFileSync(core.dbFile, rawCopy);
    const raw = readOnly(rawCopy);
    expect(raw.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'clients'`).pluck().get()).toBe(0);
    raw.close();

    const made = await backUp(core);
    expect(made.backup.file).toMatch(/^palpate-20261127-150000-manual\.db$/);
    expect(made.backup.reason).toBe('manual');
    expect(made.backup.counts).toMatchObject({ clients: 2, sessions: 0 });
    expect(made.secondCopy).toEqual({ status: 'not-set', folder: null, message: null, notify: false });

    const path = join(backupsDir(core.dataDir), made.backup.file);
    // A self-contained rollback-journal file: no -wal/-shm beside it, nothing half-written.
    expect(readdirSync(backupsDir(core.dataDir))).toEqual([made.backup.file]);
    expect([...readFileSync(path).subarray(18, 20)]).toEqual([1, 1]);
    const backup = readOnly(path);
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(backup.prepare('SELECT legal_first_name FROM clients ORDER BY legal_first_name').pluck().all()).toEqual(['Ada', 'Walter']);
    backup.close();
    expect(readdirSync(backupsDir(core.dataDir))).toEqual([made.backup.file]);

    // Recorded in the audit trail of the live database.
    expect(core.sqlite.prepare(`SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 1`).get()).toEqual({
      action: 'backup',
      detail: JSON.stringify({ file: made.backup.file, reason: 'manual' }),
    });
  });

  it('never reuses a name within one second, and clears what an interrupted backup left', async () => {
    const core = await clinic();
    const folder = backupsDir(core.dataDir);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'palpate-20261127-145959-auto.db.partial'), 'half a backup');
    writeFileSync(join(folder, 'notes.txt'), 'the owner’s own file');
    const first = await backUp(core);
    const second = await backUp(core);
    expect([first.backup.file, second.backup.file]).toEqual(['palpate-20261127-150000-manual.db', 'palpate-20261127-150000-manual-2.db']);
    expect(readdirSync(folder).sort()).toEqual(['notes.txt', first.backup.file, second.backup.file].sort());
    expect(parseBackupName(second.backup.file)).toEqual({ at: new Date('2026-11-27T15:00:00Z'), reason: 'manual' });
  });

  it('runs one backup at a time, and keeps answering other calls meanwhile', async () => {
    const core = await clinic();
    for (let i = 0; i < 200; i++) addClient(core, `Bulk${i}`);
    const a = core.call('backups/create', {});
    const b = core.call('backups/create', {});
    // The backup steps through the event loop; a call in between is answered at once.
    expectOk(core.invoke('clients/create', { legalFirstName: 'During', legalLastName: 'Backup' }));
    const [first, second] = [expectOk<BackupResult>(await a), expectOk<BackupResult>(await b)];
    expect(first.backup.counts!.clients).toBeLessThanOrEqual(second.backup.counts!.clients);
    expect(second.backup.counts!.clients).toBe(201);
  });

  it('remembers a failed attempt for the Settings card and clears it after the next success', async () => {
    const core = await clinic();
    writeFileSync(backupsDir(core.dataDir), 'a file where the backups folder should be');
    const failed = await core.call('backups/create', {});
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(list(core).lastFailure).toMatchObject({ at: '2026-11-27T15:00:00.000Z' });
    rmSync(backupsDir(core.dataDir));
    await backUp(core);
    expect(list(core).lastFailure).toBeNull();
  });
});

describe('backups/auto', () => {
  it('backs up only a set-up clinic, and only when something changed since the last backup', async () => {
    const core = await openTestCore();
    expect(expectOk<BackupAutoResult>(await core.call('backups/auto', { trigger: 'timer' }))).toEqual({ created: null, skipped: 'not-set-up' });
    expectOk(core.invoke('clinic/setup', SETUP));
    const first = expectOk<BackupAutoResult>(await core.call('backups/auto', {}));
    expect(first.created?.backup.reason).toBe('auto');
    expect(list(core).changedSinceLastBackup).toBe(false);
    expect(expectOk<BackupAutoResult>(await core.call('backups/auto', {}))).toEqual({ created: null, skipped: 'unchanged' });

    addClient(core, 'Newcomer');
    expect(list(core).changedSinceLastBackup).toBe(true);
    core.clock.advance(15 * 60_000);
    const onQuit = expectOk<BackupAutoResult>(await core.call('backups/auto', { trigger: 'quit' }));
    expect(onQuit.created?.backup).toMatchObject({ reason: 'quit', file: 'palpate-20261127-151500-quit.db' });
  });
});

/** An independent statement of the rotation rules, to check the implementation against. */
function expectedKeep(backups: DatedBackup[], now: Date, policy: RotationPolicy): Set<string> {
  const newest = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const today = todayIn(now, 'UTC');
  const keep = new Set<string>([newest[0]!.name, ...newest.filter((b) => todayIn(b.at, 'UTC') === today).slice(0, policy.keepToday).map((b) => b.name)]);
  const dayMs = 86_400_000;
  for (let d = 1; d <= policy.keepDays; d++) {
    const day = todayIn(new Date(Date.parse(`${today}T00:00:00Z`) - d * dayMs), 'UTC');
    const hit = newest.find((b) => todayIn(b.at, 'UTC') === day);
    if (hit) keep.add(hit.name);
  }
  for (let m = 1; m <= policy.keepMonths; m++) {
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - m, 1));
    const month = first.toISOString().slice(0, 7);
    const hit = newest.find((b) => b.at.toISOString().slice(0, 7) === month);
    if (hit) keep.add(hit.name);
  }
  return keep;
}

describe('rotation', () => {
  it('over 40 simulated days of backups every 15 minutes: today’s newest 10, one a day for 30 days, one a month', () => {
    const policy = DEFAULT_ROTATION;
    let folder: DatedBackup[] = [];
    const start = Date.parse('2026-10-19T09:00:00Z');
    let now = new Date(start);
    for (let day = 0; day < 40; day++) {
      for (let slot = 0; slot < 32; slot++) {
        now = new Date(start + day * 86_400_000 + slot * 15 * 60_000);
        folder.push({ name: `b-${now.toISOString()}`, at: now, reason: 'auto' });
        const doomed = new Set(backupsToRemove(folder, now, policy, 'UTC'));
        expect(doomed.has(folder[folder.length - 1]!.name)).toBe(false); // never the newest
        folder = folder.filter((b) => !doomed.has(b.name));
        expect(folder.length).toBeLessThanOrEqual(policy.keepToday + policy.keepDays + policy.keepMonths + 1);
      }
    }
    const all: DatedBackup[] = [];
    for (let day = 0; day < 40; day++) for (let slot = 0; slot < 32; slot++) {
      const at = new Date(start + day * 86_400_000 + slot * 15 * 60_000);
      all.push({ name: `b-${at.toISOString()}`, at, reason: 'auto' });
    }
    expect(new Set(folder.map((b) => b.name))).toEqual(expectedKeep(all, now, policy));
    // 10 from today (Nov 27), the last of each of Oct 28 – Nov 26, and October's last (Oct 31 is also a daily one).
    expect(folder.filter((b) => todayIn(b.at, 'UTC') === '2026-11-27')).toHaveLength(10);
    expect(folder).toHaveLength(10 + 30 + 0);
    expect(folder.some((b) => b.name === 'b-2026-10-27T16:45:00.000Z')).toBe(false);
  });

  it('keeps one a month for a year, the before-restore backups of the daily window, and never the only one', () => {
    const at = (iso: string, reason = 'auto'): DatedBackup => ({ name: `${iso}-${reason}`, at: new Date(iso), reason });
    const backups = [
      at('2025-10-15T12:00:00Z'), // 13 months ago: gone
      at('2025-11-10T12:00:00Z'), // 12 months ago: kept
      at('2026-06-01T12:00:00Z'),
      at('2026-06-30T12:00:00Z'), // June's newest: kept
      at('2026-11-20T10:00:00Z', 'before-restore'), // the undo of a restore, 7 days ago: kept
      at('2026-11-20T11:00:00Z'), // that day's newest: kept
      at('2026-11-20T09:00:00Z'), // gone
    ];
    const doomed = backupsToRemove(backups, new Date('2026-11-27T15:00:00Z'), DEFAULT_ROTATION, 'UTC');
    expect(doomed.sort()).toEqual(['2025-10-15T12:00:00Z-auto', '2026-06-01T12:00:00Z-auto', '2026-11-20T09:00:00Z-auto']);
    expect(backupsToRemove([backups[0]!], new Date('2026-11-27T15:00:00Z'), { keepToday: 1, keepDays: 0, keepMonths: 0 })).toEqual([]);
  });

  it('counts days on the clinic’s calendar', () => {
    // 03:00 UTC on Nov 27 is still Nov 26 in New York.
    const b = (iso: string) => ({ name: iso, at: new Date(iso), reason: 'auto' });
    const backups = [b('2026-11-27T03:00:00Z'), b('2026-11-27T02:00:00Z'), b('2026-11-27T16:00:00Z')];
    const policy = { keepToday: 1, keepDays: 30, keepMonths: 0 };
    expect(backupsToRemove(backups, new Date('2026-11-27T17:00:00Z'), policy, 'America/New_York')).toEqual(['2026-11-27T02:00:00Z']);
    expect(backupsToRemove(backups, new Date('2026-11-27T17:00:00Z'), policy, 'UTC').sort()).toEqual(['2026-11-27T02:00:00Z', '2026-11-27T03:00:00Z']);
  });

  it('rotates the real folder after each backup over 40 days with a pinned clock, touching nothing else', async () => {
    const core = await clinic({ now: '2026-10-19T09:00:00Z' });
    const folder = backupsDir(core.dataDir);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'palpate-keep-me.db'), 'not a name Palpate gives');
    const made: DatedBackup[] = [];
    for (let day = 0; day < 40; day++) {
      for (const hour of ['09:00', '17:30']) {
        core.clock.set(`${todayIn(new Date(Date.parse('2026-10-19T00:00:00Z') + day * 86_400_000), 'UTC')}T${hour}:00Z`);
        addClient(core, `Day${day}`);
        const result = await backUp(core);
        made.push({ name: result.backup.file, at: new Date(result.backup.at), reason: 'manual' });
        for (const gone of result.rotatedOut) expect(existsSync(join(folder, gone))).toBe(false);
      }
    }
    const left = backupFilesIn(folder).map((b) => b.name);
    expect(new Set(left)).toEqual(expectedKeep(made, core.clock.now(), DEFAULT_ROTATION));
    expect(readdirSync(folder)).toContain('palpate-keep-me.db');
    // The newest holds every client added.
    expect(list(core).backups[0]!.counts!.clients).toBe(80);
  }, 120_000);

  it('uses the rotation numbers saved in Settings', async () => {
    const core = await clinic();
    expect(expectOk(core.invoke('backups/saveSettings', { keepToday: 2 }))).toEqual({ secondFolder: null, keepToday: 2, keepDays: 30, keepMonths: 12 });
    for (let i = 0; i < 4; i++) {
      await backUp(core);
      core.clock.advance(60_000);
    }
    expect(list(core).backups.map((b) => b.file)).toEqual(['palpate-20261127-150300-manual.db', 'palpate-20261127-150200-manual.db']);
    expect(core.invoke('backups/saveSettings', { keepToday: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { keepToday: expect.any(String) } } });
  });
});

describe('the second backup folder', () => {
  it('gets a checked copy of each backup; a missing folder is reported once, until a copy gets through again', async () => {
    const core = await clinic();
    const usb = makeTempDir('palpate-usb-');
    expect(expectOk(core.invoke('backups/saveSettings', { secondFolder: usb }))).toMatchObject({ secondFolder: usb });

    const first = await backUp(core);
    expect(first.secondCopy).toEqual({ status: 'copied', folder: usb, message: null, notify: false });
    expect(readdirSync(usb)).toEqual([first.backup.file]);
    const copy = readOnly(join(usb, first.backup.file));
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();

    // The drive is unplugged.
    rmSync(usb, { recursive: true });
    core.clock.advance(60_000);
    const missing = await backUp(core);
    expect(missing.secondCopy).toMatchObject({ status: 'missing', folder: usb, notify: true });
    expect(missing.secondCopy.message).toMatch(/was not found/);
    expect(existsSync(join(backupsDir(core.dataDir), missing.backup.file))).toBe(true);
    expect(list(core).secondFolderMissing).toBe(true);
    core.clock.advance(60_000);
    expect((await backUp(core)).secondCopy).toMatchObject({ status: 'missing', notify: false });

    // Plugged back in: copies resume, and a later absence is reported again.
    mkdirSync(usb);
    core.clock.advance(60_000);
    expect((await backUp(core)).secondCopy).toMatchObject({ status: 'copied', notify: false });
    expect(list(core).secondFolderMissing).toBe(false);
    rmSync(usb, { recursive: true });
    core.clock.advance(60_000);
    expect((await backUp(core)).secondCopy).toMatchObject({ status: 'missing', notify: true });
  });

  it('refuses a folder that does not exist or lies inside the data folder, and can be cleared', async () => {
    const core = await clinic();
    const refused = core.invoke('backups/saveSettings', { secondFolder: join(makeTempDir(), 'nope') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { secondFolder: expect.stringMatching(/not found/) } } });
    mkdirSync(join(core.dataDir, 'inside'));
    expect(core.invoke('backups/saveSettings', { secondFolder: join(core.dataDir, 'inside') })).toMatchObject({
      ok: false,
      error: { fields: { secondFolder: expect.stringMatching(/outside/) } },
    });
    expect(core.invoke('backups/saveSettings', { secondFolder: 'relative/path' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const usb = makeTempDir('palpate-usb-');
    expectOk(core.invoke('backups/saveSettings', { secondFolder: usb }));
    expect(expectOk(core.invoke('backups/saveSettings', { secondFolder: null }))).toMatchObject({ secondFolder: null });
    expect(expectOk(core.invoke('backups/settings', {}))).toEqual({ secondFolder: null, keepToday: 10, keepDays: 30, keepMonths: 12 });
    // Kept beside the database, not in it: a restore does not roll the settings back.
    expect(JSON.parse(readFileSync(join(core.dataDir, 'backup-settings.json'), 'utf8'))).toMatchObject({ secondFolder: null });
  });
});

describe('backups/verify', () => {
  it('reports on the latest backup in plain words, with its date and counts', async () => {
    const core = await clinic();
    expect(expectOk<BackupVerifyReport>(core.invoke('backups/verify', {}))).toMatchObject({ sound: false, message: 'There is no backup yet. Use “Back up now” to make one.' });
    const clientId = addClient(core, 'Ada');
    addClient(core, 'Ben');
    const practitionerId = expectOk<{ id: string }[]>(core.invoke('practitioners/list', {}))[0]!.id;
    expectOk(core.invoke('sessions/start', { clientId, practitionerId, sessionDate: '2026-11-27' }));
    core.clock.set('2026-11-27T14:05:00Z');
    await backUp(core);
    const report = expectOk<BackupVerifyReport>(core.invoke('backups/verify', {}));
    expect(report).toMatchObject({ file: 'palpate-20261127-140500-manual.db', sound: true, counts: { clients: 2, sessions: 1 } });
    expect(report.message).toBe('The backup of 27 Nov 2026 14:05 is sound: 2 clients, 1 session, 0 findings, 0 appointments and 0 invoices.');
    // Verifying only reads: nothing is left in the backups folder but the backup.
    expect(readdirSync(backupsDir(core.dataDir))).toEqual(['palpate-20261127-140500-manual.db']);
  });

  it('says when a backup is damaged, and refuses names that are not backups', async () => {
    const core = await clinic();
    for (let i = 0; i < 300; i++) addClient(core, `Person${i}`);
    const made = await backUp(core);
    const path = join(backupsDir(core.dataDir), made.backup.file);
    damagePages(path);
    const report = expectOk<BackupVerifyReport>(core.invoke('backups/verify', { file: made.backup.file }));
    expect(report.sound).toBe(false);
    expect(report.message).toMatch(/^The backup of 27 Nov 2026 15:00 cannot be restored: /);
    expect(core.invoke('backups/verify', { file: 'palpate-20200101-000000-manual.db' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    for (const file of ['../palpate.db', '/etc/passwd', 'palpate.db', 'palpate-20261127-150000-manual.db/../../x.db']) {
      expect(core.invoke('backups/verify', { file })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { file: 'That is not a Palpate backup' } } });
    }
  });
});

it('lists backups newest first with date, size and counts', async () => {
  const core = await clinic();
  addClient(core, 'Ada');
  await backUp(core);
  core.clock.advance(3600_000);
  addClient(core, 'Ben');
  await backUp(core);
  const overview = list(core);
  expect(overview.folder).toBe(backupsDir(core.dataDir));
  expect(overview.backups.map((b) => [b.file, b.counts?.clients])).toEqual([
    ['palpate-20261127-160000-manual.db', 2],
    ['palpate-20261127-150000-manual.db', 1],
  ]);
  expect(overview.backups[0]!.sizeBytes).toBeGreaterThan(4096);
  expect(count(core.sqlite, 'clients')).toBe(2);
});

it('answers random input to every backup and audit method with a clear refusal, writing nothing, never crashing', async () => {
  const core = await clinic();
  const methods = ['backups/list', 'backups/create', 'backups/verify', 'backups/settings', 'backups/saveSettings', 'backups/auto', 'backups/restore', 'backups/chooseFolder', 'audit/list', 'audit/verify', 'audit/csv'];
  fc.assert(
    fc.property(fc.constantFrom(...methods), fc.anything(), (method, input) => {
      const before = snapshot(core.sqlite).tables;
      const files = readdirSync(core.dataDir).sort();
      const answer = core.invoke(method, input);
      if (answer.ok) return; // a random value can be valid ({} for backups/list): then it did what it says
      expect(['invalid_input', 'unavailable']).toContain(answer.error.code);
      expect(answer.error.message.length).toBeGreaterThan(10);
      expect(snapshot(core.sqlite).tables).toEqual(before);
      expect(readdirSync(core.dataDir).sort()).toEqual(files);
    }),
    { numRuns: 300 },
  );
});
