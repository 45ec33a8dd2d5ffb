// Restoring on real files: the file switch with stale -wal/-shm, the host's close → safety backup →
// switch → reopen, undo, a damaged backup refused, an older backup migrated; the start-up check
// (quick_check → DatabaseDamagedError naming the newest good backup); a half-done restore finished
// at start-up; a data folder on a network share refused, one in a sync folder warned about.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core';
import { backupsDir } from '../../electron/core/backup-files';
import { createCoreHost, type CoreHost } from '../../electron/core/backup-host';
import { cloudSyncServiceOf, DataFolderOnNetworkError, macMountOf, mountOf, networkFilesystemOf, refuseNetworkFolder } from '../../electron/core/backup-location';
import { DatabaseDamagedError, prepareRestore, recoverInterruptedRestore, restoreFile } from '../../electron/core/backup-restore';
import { openDatabase } from '../../electron/core/db';
import { MIGRATION_NAMES, migrations } from '../../migrations';
import type { AuditPage } from '../../shared/schemas/audit';
import type { BackupOverview, BackupResult, RestoreResult } from '../../shared/schemas/backup';
import { damagePages } from '../helpers/backup';
import { cleanupTestCores, expectOk, makeTempDir, openTestCore, sha256, type TestCore } from '../helpers/core';

afterEach(cleanupTestCores);

const SETUP = { clinic: { name: 'Calm Hands', timeZone: 'UTC' }, practitioner: { firstName: 'Pat', lastName: 'Kneader' }, access: { mode: 'none' as const } };
const hosts: CoreHost[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) if (host.core.sqlite.open) host.close();
});

async function clinic(): Promise<TestCore> {
  const core = await openTestCore();
  expectOk(core.invoke('clinic/setup', SETUP));
  return core;
}

const addClient = (core: Pick<Core, 'invoke'>, name: string) => expectOk<{ id: string }>(core.invoke('clients/create', { legalFirstName: name, legalLastName: 'Client' })).id;
const names = (core: Pick<Core, 'sqlite'>) => core.sqlite.prepare('SELECT legal_first_name FROM clients ORDER BY legal_first_name').pluck().all();
const backUp = async (core: TestCore) => expectOk<BackupResult>(await core.call('backups/create', {}));

function hostFor(core: TestCore): CoreHost {
  const host = createCoreHost({ core, reopen: () => openCore({ dataDir: core.dataDir, clock: core.clock, log: () => {} }), shell: () => ({}) });
  hosts.push(host);
  return host;
}

describe('restoreFile', () => {
  it('replaces the database and moves it, with its stale -wal and -shm, aside instead of replaying them', async () => {
    const core = await clinic();
    addClient(core, 'Ada');
    const made = await backUp(core);
    // What a crash leaves: palpate.db plus a -wal holding commits not yet checkpointed (Walter).
    core.sqlite.pragma('wal_autocheckpoint = 0');
    addClient(core, 'Walter');
    const crashed = makeTempDir('palpate-crashed-');
    for (const f of ['palpate.db', 'palpate.db-wal', 'palpate.db-shm']) copyFileSync(join(core.dataDir, f), join(crashed, f));
    core.close();

    const { movedAsideTo } = restoreFile({ dataDir: crashed, backupPath: join(backupsDir(core.dataDir), made.backup.file), now: new Date('2026-11-27T16:00:00Z') });
    expect(movedAsideTo).toBe(join(crashed, 'replaced', '20261127-160000'));
    expect(readdirSync(crashed).sort()).toEqual(['palpate.db', 'replaced']);
    expect(readdirSync(movedAsideTo!).sort()).toEqual(['palpate.db', 'palpate.db-shm', 'palpate.db-wal']);

    const restored = await openTestCore({ dataDir: crashed });
    expect(names(restored)).toEqual(['Ada']);
    restored.close();
    // Nothing was lost: the files moved aside still open with Walter in them.
    const aside = await openTestCore({ dataDir: movedAsideTo! });
    expect(names(aside)).toEqual(['Ada', 'Walter']);
  });

  it('refuses a damaged backup before touching anything', async () => {
    const core = await clinic();
    for (let i = 0; i < 300; i++) addClient(core, `P${i}`);
    const made = await backUp(core);
    const backupPath = join(backupsDir(core.dataDir), made.backup.file);
    damagePages(backupPath);
    expect(() => prepareRestore({ dataDir: core.dataDir, backupPath })).toThrow(/damaged and cannot be restored/);
    expect(readdirSync(core.dataDir).filter((f) => f.includes('restor'))).toEqual([]);
  });
});

describe('backups/restore through the host', () => {
  it('backs up the current data first, swaps the database, reports it, and undoes by restoring that backup', async () => {
    const core = await clinic();
    const host = hostFor(core);
    addClient(core, 'Ada');
    const before = expectOk<BackupResult>(await host.invoke('backups/create', {}));
    addClient(core, 'Walter');

    const pending = host.invoke('backups/restore', { file: before.backup.file });
    // Nothing reaches the database while it is being replaced.
    expect(host.invoke('clients/create', { legalFirstName: 'Late', legalLastName: 'Writer' })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const result = expectOk<RestoreResult>(await pending);
    expect(result.restored).toMatchObject({ file: before.backup.file, counts: { clients: 1 } });
    expect(result.undoFile).toBe('palpate-20261127-150000-before-restore.db');
    expect(result.message).toBe(
      'Restored the backup of 27 Nov 2026 15:00: 1 client, 0 sessions, 0 findings, 0 appointments and 0 invoices. ' +
        'Your data as it was just before is kept as the backup palpate-20261127-150000-before-restore.db: restore it to undo this.',
    );
    expect(host.core).not.toBe(core);
    expect(core.sqlite.open).toBe(false);
    expect(names(host.core)).toEqual(['Ada']);
    expect(readdirSync(result.movedAsideTo!)).toEqual(['palpate.db']);

    const overview = expectOk<BackupOverview>(await host.invoke('backups/list', {}));
    expect(overview.lastRestore).toEqual({
      at: '2026-11-27T15:00:00.000Z',
      file: before.backup.file,
      backupAt: '2026-11-27T15:00:00.000Z',
      undoFile: result.undoFile,
      undoAvailable: true,
    });
    expect(overview.backups.map((b) => b.reason)).toEqual(['before-restore', 'manual']);

    // Undo: just another restore, of the backup made before.
    const undo = expectOk<RestoreResult>(await host.invoke('backups/restore', { file: result.undoFile }));
    expect(names(host.core)).toEqual(['Ada', 'Walter']);
    expect(undo.undoFile).toBe('palpate-20261127-150000-before-restore-2.db');

    const restores = expectOk<AuditPage>(await host.invoke('audit/list', { action: 'restore' })).entries;
    expect(restores.map((e) => [e.summary, e.detail])).toEqual([['Restored the backup of 27 Nov 2026 15:00', { file: result.undoFile, undoFile: undo.undoFile }]]);
    expect(expectOk<{ intact: boolean }>(await host.invoke('audit/verify', {})).intact).toBe(true);
  });

  it('refuses a damaged or unknown backup and leaves the data as it was', async () => {
    const core = await clinic();
    const host = hostFor(core);
    for (let i = 0; i < 300; i++) addClient(core, `P${i}`);
    const made = await backUp(core);
    damagePages(join(backupsDir(core.dataDir), made.backup.file));
    addClient(core, 'After');
    expect(await host.invoke('backups/restore', { file: made.backup.file })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/damaged/) } });
    expect(await host.invoke('backups/restore', { file: 'palpate-20200101-000000-manual.db' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(host.core).toBe(core);
    expect(names(core)).toContain('After');
    expect(readdirSync(backupsDir(core.dataDir))).toEqual([made.backup.file]);
  });

  it('brings an older backup up to date: migrations run when it is reopened', async () => {
    const core = await clinic();
    const host = hostFor(core);
    // A backup made before the audit trail existed.
    const oldDir = makeTempDir();
    const upTo0005 = Object.fromEntries(MIGRATION_NAMES.filter((n) => n <= '20261127_0005_billing').map((n) => [n, migrations[n]!]));
    const old = await openDatabase(join(oldDir, 'palpate.db'), { migrations: upTo0005 });
    old.prepare(`INSERT INTO clinic (id, name, time_zone, created_at, updated_at) VALUES (1, 'Old Clinic', 'UTC', 'x', 'x')`).run();
    old.close();
    mkdirSync(backupsDir(core.dataDir), { recursive: true });
    copyFileSync(join(oldDir, 'palpate.db'), join(backupsDir(core.dataDir), 'palpate-20250101-120000-manual.db'));

    expectOk(await host.invoke('backups/restore', { file: 'palpate-20250101-120000-manual.db' }));
    expect(host.core.sqlite.prepare('SELECT name FROM clinic').pluck().get()).toBe('Old Clinic');
    expect(host.core.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1);
  });
});

describe('the start-up check', () => {
  async function damagedCopy(): Promise<{ dataDir: string; backups: string[] }> {
    const core = await clinic();
    for (let i = 0; i < 300; i++) addClient(core, `P${i}`);
    const older = await backUp(core);
    core.clock.advance(60_000);
    const newer = await backUp(core);
    core.close();
    // A copy of the closed data folder, damaged by overwriting bytes in its pages.
    const dataDir = makeTempDir('palpate-damaged-');
    cpSync(core.dataDir, dataDir, { recursive: true });
    damagePages(join(dataDir, 'palpate.db'));
    return { dataDir, backups: [newer.backup.file, older.backup.file] };
  }

  it('refuses a damaged database without changing it, naming the newest good backup', async () => {
    const { dataDir, backups } = await damagedCopy();
    const before = sha256(join(dataDir, 'palpate.db'));
    const files = readdirSync(dataDir).sort();
    const error = await openCore({ dataDir }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseDamagedError);
    const damaged = error as DatabaseDamagedError;
    expect(damaged.backup).toEqual({ path: join(backupsDir(dataDir), backups[0]!), file: backups[0], at: '2026-11-27T15:01:00.000Z' });
    // What SQLite reports varies with the pages hit ("Tree 3 page 3: …", "database disk image is malformed"): one line of it.
    expect(damaged.message).toMatch(/^Palpate's database \(.+\) is damaged: [^\n]+\. Nothing in it was changed\. The newest good backup is palpate-20261127-150100-manual\.db\.$/);
    expect(sha256(join(dataDir, 'palpate.db'))).toBe(before);
    expect(readdirSync(dataDir).sort()).toEqual(files);

    // The newest backup damaged too: the one before it is offered.
    damagePages(join(backupsDir(dataDir), backups[0]!));
    await expect(openCore({ dataDir })).rejects.toMatchObject({ backup: { file: backups[1] } });

    // Restoring it (what the app offers) gives a working database; the damaged one is kept aside.
    restoreFile({ dataDir, backupPath: join(backupsDir(dataDir), backups[1]!) });
    const restored = await openTestCore({ dataDir });
    expect(restored.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(300);
    expect(readdirSync(join(dataDir, 'replaced'))).toHaveLength(1);
  });

  it('treats a file that is not a database at all as damaged', async () => {
    const dataDir = makeTempDir();
    writeFileSync(join(dataDir, 'palpate.db'), 'This is not a database. '.repeat(400));
    await expect(openCore({ dataDir })).rejects.toMatchObject({ name: 'DatabaseDamagedError', backup: null });
  });

  it('finishes a restore that was killed after the old database moved aside, or drops one that never switched', async () => {
    const core = await clinic();
    addClient(core, 'Ada');
    const made = await backUp(core);
    addClient(core, 'Walter');
    core.close();
    const backupPath = join(backupsDir(core.dataDir), made.backup.file);

    // Killed before the switch: the live database stays, the staged copy goes.
    prepareRestore({ dataDir: core.dataDir, backupPath });
    expect(recoverInterruptedRestore(core.dataDir)).toBe('discarded');
    const same = await openTestCore({ dataDir: core.dataDir });
    expect(names(same)).toEqual(['Ada', 'Walter']);
    same.close();

    // Killed after palpate.db moved aside, with a stale -wal still beside where it was.
    prepareRestore({ dataDir: core.dataDir, backupPath });
    mkdirSync(join(core.dataDir, 'replaced', '20261127-150000'), { recursive: true });
    copyFileSync(join(core.dataDir, 'palpate.db'), join(core.dataDir, 'replaced', '20261127-150000', 'palpate.db'));
    writeFileSync(join(core.dataDir, 'palpate.db-wal'), 'stale');
    const { rmSync } = await import('node:fs');
    rmSync(join(core.dataDir, 'palpate.db'));
    expect(recoverInterruptedRestore(core.dataDir)).toBe('completed');
    expect(existsSync(join(core.dataDir, 'palpate.db-wal'))).toBe(false);
    // The note of the audit trail's newest entry goes with the database it describes.
    expect(readdirSync(join(core.dataDir, 'replaced', '20261127-150000')).sort()).toEqual(['audit-anchor.json', 'palpate.db', 'palpate.db-wal']);
    const restored = await openTestCore({ dataDir: core.dataDir });
    expect(names(restored)).toEqual(['Ada']);
  });
});

describe('where the data folder may live', () => {
  const MOUNTS = [
    'sysfs /sys sysfs rw,nosuid 0 0',
    '/dev/sda1 / ext4 rw,relatime 0 0',
    'nas:/export/clinic /mnt/nas nfs4 rw,relatime,vers=4.2 0 0',
    '//server/share /mnt/smb cifs rw,relatime 0 0',
    '/dev/sdb1 /mnt/nas/local\\040disk ext4 rw 0 0',
    'me@host:/srv /home/me/remote fuse.sshfs rw,nosuid 0 0',
    'drvfs /mnt/c 9p rw,noatime 0 0',
    'tmpfs /tmp tmpfs rw 0 0',
  ].join('\n');

  it.each([
    ['/mnt/nas/Palpate', 'nfs4'],
    ['/mnt/smb/clinic/Palpate', 'cifs'],
    ['/home/me/remote/palpate', 'fuse.sshfs'],
    ['/mnt/c/Users/pat/Palpate', '9p'],
    ['/mnt/nas/local disk/Palpate', null],
    ['/mnt/nasty/Palpate', null],
    ['/home/pat/.config/Palpate', null],
    ['/tmp/palpate-test', null],
  ])('Linux: %s is on %s', (folder, filesystem) => {
    expect(networkFilesystemOf(folder, { platform: 'linux', mounts: MOUNTS })).toBe(filesystem);
  });

  it('finds the innermost mount, reading /proc/mounts escapes', () => {
    expect(mountOf('/mnt/nas/local disk/x', MOUNTS)).toEqual({ mountPoint: '/mnt/nas/local disk', fsType: 'ext4' });
    expect(mountOf('/mnt/nas', MOUNTS)).toEqual({ mountPoint: '/mnt/nas', fsType: 'nfs4' });
  });

  it('Windows: a UNC path, or a mapped drive that resolves to one', () => {
    expect(networkFilesystemOf('\\\\nas\\clinic\\Palpate', { platform: 'win32' })).toBe('a Windows network share');
    expect(networkFilesystemOf('Z:\\Palpate', { platform: 'win32', resolved: '\\\\nas\\clinic\\Palpate' })).toBe('a Windows network share');
    expect(networkFilesystemOf('C:\\Users\\pat\\AppData\\Roaming\\Palpate', { platform: 'win32', resolved: 'C:\\Users\\pat\\AppData\\Roaming\\Palpate' })).toBeNull();
  });

  it('macOS: a /Volumes folder mounted over SMB or AFP', () => {
    const mount = [
      '/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)',
      '//pat@nas._smb._tcp.local/Clinic on /Volumes/Clinic (smbfs, nodev, nosuid, mounted by pat)',
      '/dev/disk5s1 on /Volumes/USB Stick (msdos, local, nodev, nosuid, noowners)',
    ].join('\n');
    expect(macMountOf('/Volumes/USB Stick/Palpate', mount)).toEqual({ mountPoint: '/Volumes/USB Stick', fsType: 'msdos' });
    expect(networkFilesystemOf('/Volumes/Clinic/Palpate', { platform: 'darwin', macMounts: mount })).toBe('smbfs');
    expect(networkFilesystemOf('/Volumes/USB Stick/Palpate', { platform: 'darwin', macMounts: mount })).toBeNull();
  });

  it('refuses a network data folder with an explanation, before opening anything', () => {
    const refuse = () => refuseNetworkFolder('/mnt/nas/Palpate', { platform: 'linux', mounts: MOUNTS });
    expect(refuse).toThrow(DataFolderOnNetworkError);
    expect(refuse).toThrow(/is on a network drive \(nfs4\)\. SQLite, the database Palpate uses, cannot keep a database safe on a network drive/);
  });

  it.each([
    ['/Users/pat/Dropbox/Palpate', 'Dropbox'],
    ['C:\\Users\\pat\\OneDrive - Calm Hands\\Palpate', 'OneDrive'],
    ['/Users/pat/Library/Mobile Documents/com~apple~CloudDocs/Palpate', 'iCloud Drive'],
    ['/Users/pat/Library/CloudStorage/GoogleDrive-pat@example.com/My Drive/Palpate', 'Google Drive'],
    ['/home/pat/.config/Palpate', null],
    ['/home/pat/Dropboxes/Palpate', null],
  ])('sync folders: %s → %s', (folder, service) => {
    expect(cloudSyncServiceOf(folder)).toBe(service);
  });

  it('warns in app/status when the data folder is inside a sync folder, and opens it anyway', async () => {
    const dataDir = join(makeTempDir(), 'Dropbox', 'Palpate');
    const core = await openTestCore({ dataDir });
    const status = expectOk<{ storageWarning: string | null }>(core.invoke('app/status', {}));
    expect(status.storageWarning).toMatch(/^Palpate's data folder is inside Dropbox\. .*choose a Dropbox folder as the second backup folder instead\.$/);
    const plain = await openTestCore();
    expect(expectOk<{ storageWarning: string | null }>(plain.invoke('app/status', {})).storageWarning).toBeNull();
  });
});
