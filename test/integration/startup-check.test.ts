// The start-up check of the database file, on real files: after a clean close the file opens at
// once and is checked right after in a worker; after an unclean one (or when the file changed
// since) it is checked before it opens. Damage found either way is refused or reported, and
// nothing is written to the damaged file.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core';
import { createCoreHost } from '../../electron/core/backup-host';
import { DatabaseDamagedError } from '../../electron/core/backup-restore';
import { openDatabase } from '../../electron/core/db';
import { CLEAN_SHUTDOWN_FILE, needsMigrating, takeCleanShutdown, writeCleanShutdown } from '../../electron/core/startup-check';
import { MIGRATION_NAMES, migrations } from '../../migrations';
import type { AppStatus } from '../../shared/schemas/clinic';
import type { BackupResult, RestoreResult } from '../../shared/schemas/backup';
import { cleanupTestCores, expectOk, makeTempDir, pinnedClock, sha256 } from '../helpers/core';

const SETUP = { clinic: { name: 'Calm Hands', timeZone: 'UTC' }, practitioner: { firstName: 'Pat', lastName: 'Kneader' }, access: { mode: 'none' as const } };

const opened: Core[] = [];
afterEach(() => {
  for (const core of opened.splice(0)) if (core.sqlite.open) core.sqlite.close();
  cleanupTestCores();
});

const clock = pinnedClock();
async function open(dataDir: string): Promise<Core> {
  // The background check is started by the test (checkDatabase), not on a timer.
  const core = await openCore({ dataDir, clock, version: '0.0.0-test', backgroundCheckDelayMs: false, log: () => {} });
  opened.push(core);
  return core;
}

const dbFile = (dataDir: string) => join(dataDir, 'palpate.db');
const changes = (core: Core) => core.sqlite.prepare('SELECT total_changes()').pluck().get() as number;

/** A clinic with clients on several pages and a backup, closed cleanly (the note written). */
async function closedClinic(): Promise<{ dataDir: string; backupFile: string }> {
  const dataDir = makeTempDir();
  const core = await open(dataDir);
  expectOk(core.invoke('clinic/setup', SETUP));
  const insert = core.sqlite.transaction(() => {
    for (let i = 0; i < 200; i++) expectOk(core.invoke('clients/create', { legalFirstName: `Client${i}`, legalLastName: 'Example' }));
  });
  insert();
  const backupFile = expectOk<BackupResult>(await core.call('backups/create', {})).backup.file;
  core.close();
  return { dataDir, backupFile };
}

/**
 * Junk over the header of the clients table's root page: the file still opens (and migrates: the
 * clients table is not read for that), but quick_check finds the broken b-tree.
 */
function damageClientsTable(dataDir: string): void {
  const probe = new BetterSqlite3(dbFile(dataDir), { readonly: true });
  const root = probe.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 'clients'`).pluck().get() as number;
  const pageSize = probe.pragma('page_size', { simple: true }) as number;
  probe.close();
  const bytes = readFileSync(dbFile(dataDir));
  bytes.fill(0xee, (root - 1) * pageSize, (root - 1) * pageSize + 12);
  writeFileSync(dbFile(dataDir), bytes);
}

describe('after a clean close', () => {
  it('leaves a note of the file as it was, and opens without checking first; the check follows in the background', async () => {
    const { dataDir } = await closedClinic();
    expect(existsSync(join(dataDir, CLEAN_SHUTDOWN_FILE))).toBe(true);
    expect(existsSync(`${dbFile(dataDir)}-wal`)).toBe(false);

    const core = await open(dataDir);
    expect(core.health()).toEqual({ state: 'checking' });
    // The note is gone as soon as the file is open: if this run crashes, the next start checks first.
    expect(existsSync(join(dataDir, CLEAN_SHUTDOWN_FILE))).toBe(false);
    expect(await core.checkDatabase()).toEqual({ state: 'checked' });
    expect(core.health()).toEqual({ state: 'checked' });
    expect(expectOk<AppStatus>(core.invoke('app/status', {})).damaged).toBeUndefined();
  });

  it('reports damage found after opening in app/status, refuses everything else, writes nothing, and checks first next time', async () => {
    const { dataDir, backupFile } = await closedClinic();
    damageClientsTable(dataDir);
    // Damage that left the file's size and time alone (the disk, not a program): the note still matches.
    writeCleanShutdown(dataDir, clock.now());

    const core = await open(dataDir);
    expect(core.health().state).toBe('checking');
    const health = await core.checkDatabase();
    expect(health).toMatchObject({ state: 'damaged', problem: expect.stringMatching(/\S/), backup: { file: backupFile } });

    const before = changes(core);
    const status = expectOk<AppStatus>(core.invoke('app/status', {}));
    expect(status.damaged).toEqual({
      message: expect.stringMatching(/^Palpate's database \(.*palpate\.db\) is damaged: .+\. Nothing in it was changed\. The newest good backup is palpate-.*\.db\.$/),
      problem: health.state === 'damaged' ? health.problem : '',
      backup: { file: backupFile, at: expect.any(String) },
    });
    for (const [method, input] of [
      ['clients/create', { legalFirstName: 'Late', legalLastName: 'Writer' }],
      ['clients/list', {}],
      ['audit/verify', {}],
    ] as const) {
      expect(core.invoke(method, input)).toEqual({
        ok: false,
        error: { code: 'unavailable', message: 'Palpate’s database is damaged, so nothing can be opened or saved until a backup is restored. Nothing in it was changed.' },
      });
    }
    expect(await core.call('backups/create', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(changes(core)).toBe(before);

    core.close();
    // No note for a damaged file: the next start checks before opening, and refuses it.
    expect(existsSync(join(dataDir, CLEAN_SHUTDOWN_FILE))).toBe(false);
    const file = sha256(dbFile(dataDir));
    const refused = await open(dataDir).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DatabaseDamagedError);
    expect((refused as DatabaseDamagedError).backup?.file).toBe(backupFile);
    expect(sha256(dbFile(dataDir))).toBe(file);
  });

  it('restores the newest good backup from the damaged-database state, moving the damaged file aside instead of backing it up', async () => {
    const { dataDir, backupFile } = await closedClinic();
    damageClientsTable(dataDir);
    writeCleanShutdown(dataDir, clock.now());
    const core = await open(dataDir);
    await core.checkDatabase();
    const host = createCoreHost({ core, reopen: () => open(dataDir), shell: () => ({}) });
    try {
      const result = expectOk<RestoreResult>(await host.invoke('backups/restore', { file: backupFile }));
      expect(result.undoFile).toBeNull();
      expect(result.message).toMatch(/^Restored the backup of .*: 200 clients, .* The damaged database was kept, unchanged, in .*replaced/);
      expect(readdirSync(join(dataDir, 'backups')).filter((f) => f.includes('before-restore'))).toEqual([]);
      expect(readdirSync(result.movedAsideTo!)).toContain('palpate.db');
      expect(host.core.health()).toEqual({ state: 'checked' });
      expect(expectOk<AppStatus>(await host.invoke('app/status', {})).damaged).toBeUndefined();
      expect(host.core.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(200);
      const restore = host.core.sqlite.prepare(`SELECT detail FROM audit_log WHERE action = 'restore'`).pluck().get() as string;
      expect(JSON.parse(restore)).toEqual({ file: backupFile, reason: 'damaged database' });
    } finally {
      host.close();
    }
  });
});

describe('after an unclean shutdown, or a file changed since', () => {
  it('checks before opening when there is no note (a crash): a damaged file is refused and left as it was', async () => {
    const { dataDir, backupFile } = await closedClinic();
    const core = await open(dataDir);
    // Killed: the connection goes without Core.close(), so no note is written.
    core.sqlite.close();
    expect(existsSync(join(dataDir, CLEAN_SHUTDOWN_FILE))).toBe(false);
    damageClientsTable(dataDir);
    const file = sha256(dbFile(dataDir));
    const refused = await open(dataDir).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DatabaseDamagedError);
    expect((refused as DatabaseDamagedError).backup?.file).toBe(backupFile);
    expect(sha256(dbFile(dataDir))).toBe(file);
  });

  it('checks before opening a sound file after a crash: it opens already checked', async () => {
    const { dataDir } = await closedClinic();
    const crashed = await open(dataDir);
    expectOk(crashed.invoke('clients/create', { legalFirstName: 'Wal', legalLastName: 'Writer' }));
    crashed.sqlite.close();
    const core = await open(dataDir);
    expect(core.health()).toEqual({ state: 'checked' });
    expect(await core.checkDatabase()).toEqual({ state: 'checked' });
  });

  it('checks before opening a file this version would migrate, so a damaged file is never migrated', async () => {
    const dataDir = makeTempDir();
    const older = await openDatabase(dbFile(dataDir), { migrations: Object.fromEntries(MIGRATION_NAMES.slice(0, -1).map((n) => [n, migrations[n]!])) });
    older.prepare(`INSERT INTO clinic (id, name, time_zone, created_at, updated_at) VALUES (1, 'Calm Hands', 'UTC', 'x', 'x')`).run();
    older.close();
    expect(needsMigrating(dataDir, MIGRATION_NAMES)).toBe(true);
    damageClientsTable(dataDir);
    writeCleanShutdown(dataDir, clock.now());
    const file = sha256(dbFile(dataDir));
    await expect(open(dataDir)).rejects.toBeInstanceOf(DatabaseDamagedError);
    expect(sha256(dbFile(dataDir))).toBe(file);
  });

  it('does not trust a note that no longer matches the file: changed by another program, or a -wal left behind', async () => {
    const { dataDir } = await closedClinic();
    const other = new BetterSqlite3(dbFile(dataDir));
    other.pragma('journal_mode = DELETE');
    other.prepare(`UPDATE clinic SET name = 'Changed elsewhere'`).run();
    other.close();
    expect(takeCleanShutdown(dataDir)).toBe(false);
    expect(existsSync(join(dataDir, CLEAN_SHUTDOWN_FILE))).toBe(false);

    writeCleanShutdown(dataDir, clock.now());
    writeFileSync(`${dbFile(dataDir)}-wal`, 'not empty');
    expect(takeCleanShutdown(dataDir)).toBe(false);

    writeFileSync(join(dataDir, CLEAN_SHUTDOWN_FILE), '{"size":');
    expect(takeCleanShutdown(dataDir)).toBe(false);
  });

  it('writes no note while something is left in a -wal', async () => {
    const { dataDir } = await closedClinic();
    const core = await open(dataDir);
    // Another connection keeps the -wal from being checkpointed away when the core closes.
    const reader = new BetterSqlite3(dbFile(dataDir), { readonly: true });
    reader.prepare('SELECT count(*) FROM clients').get();
    expectOk(core.invoke('clients/create', { legalFirstName: 'Wal', legalLastName: 'Writer' }));
    core.close();
    reader.close();
    expect(existsSync(join(dataDir, CLEAN_SHUTDOWN_FILE))).toBe(false);
  });
});
