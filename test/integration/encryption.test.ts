// Encryption at rest on real files: turning it on (a planted client name must not appear in the
// bytes of the database, its -wal or its backups, nor SQLite's plain header), unlocking at start
// (no passphrase, a wrong one, the right one, the recovery key, a keychain), re-sealing the key,
// backups and restores of an encrypted clinic, turning it off, and a swap interrupted at each step.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core';
import { backupFilesIn, backupsDir } from '../../electron/core/backup-files';
import { createCoreHost, type CoreHost } from '../../electron/core/backup-host';
import { keyOf } from '../../electron/core/encryption';
import { forgetAllKeys, isPlainFile } from '../../electron/core/encryption-db';
import { KEY_FILE, type KeyWrapper } from '../../electron/core/encryption-key';
import { openLockableHost } from '../../electron/core/encryption-host';
import { EncryptionKeyRequiredError, WrongKeyError } from '../../electron/core/errors';
import { exportAllData } from '../../electron/core/export';
import { quickCheckInWorker } from '../../electron/core/startup-check';
import type { AuditPage } from '../../shared/schemas/audit';
import type { BackupResult, BackupVerifyReport, RestoreResult } from '../../shared/schemas/backup';
import type { ClientSummary } from '../../shared/schemas/client';
import { NewPassphrase, normalizeRecoveryKey, PassphraseForm, RecoveryKeyText, type DatabaseLock, type EncryptionChange, type EncryptionStatus } from '../../shared/schemas/encryption';
import { cleanupTestCores, expectOk, makeTempDir, openTestCore, pinnedClock, sha256, snapshot, type PinnedClock, type TestCore } from '../helpers/core';

const SETUP = { clinic: { name: 'Calm Hands', timeZone: 'UTC' }, practitioner: { firstName: 'Pat', lastName: 'Kneader' }, access: { mode: 'none' as const } };
// Names no other text in the file could contain by chance.
const FIRST = 'Zebulonia';
const LAST = 'Quartermaine';
const PASSPHRASE = 'quiet harbour lantern';
const WRONG_MESSAGE = "That passphrase does not open this clinic's database. Nothing was changed.";

const hosts: CoreHost[] = [];
afterEach(() => {
  // Hosts first (closing writes notes beside the database), then the folders.
  for (const host of hosts.splice(0)) if (host.core.sqlite.open) host.close();
  cleanupTestCores();
  // Each test starts as a new process would: no key in memory.
  forgetAllKeys();
});

/** What a file's bytes give away: the planted name, SQLite's plain header. */
function leaks(path: string): { first: boolean; last: boolean; header: boolean } {
  const bytes = readFileSync(path);
  return { first: bytes.includes(FIRST), last: bytes.includes(LAST), header: bytes.includes('SQLite format 3') };
}
const SEALED = { first: false, last: false, header: false };

const addClient = (core: Pick<Core, 'invoke'>, first: string, last = 'Client') =>
  expectOk<{ id: string }>(core.invoke('clients/create', { legalFirstName: first, legalLastName: last })).id;
const clientNames = (core: Core) => core.sqlite.prepare('SELECT legal_first_name FROM clients ORDER BY legal_first_name').pluck().all();

async function clinic(): Promise<TestCore> {
  const core = await openTestCore();
  expectOk(core.invoke('clinic/setup', SETUP));
  addClient(core, FIRST, LAST);
  addClient(core, 'Ada');
  return core;
}

function hostFor(core: Core, options: { keyWrapper?: KeyWrapper } = {}): CoreHost {
  const { dataDir, clock } = core.ctx;
  const host = createCoreHost({ core, reopen: () => openCore({ dataDir, clock, log: () => {}, ...options }), shell: () => ({}) });
  hosts.push(host);
  return host;
}

/** Turns encryption on with `passphrase`, or with none (null: the keychain keeps the key). */
async function turnOn(host: CoreHost, passphrase: string | null = PASSPHRASE): Promise<EncryptionChange> {
  return expectOk<EncryptionChange>(await host.invoke('security/setEncryption', passphrase === null ? { enabled: true } : { enabled: true, passphrase }));
}

/** An encrypted clinic, closed, and no key in memory: the state of a computer that was just switched on. */
async function encryptedAndClosed(): Promise<{ dataDir: string; recoveryKey: string; clock: PinnedClock }> {
  const core = await clinic();
  const host = hostFor(core);
  const { recoveryKey } = await turnOn(host);
  host.close();
  forgetAllKeys();
  return { dataDir: core.dataDir, recoveryKey: recoveryKey!, clock: core.clock };
}

/**
 * A stand-in for the operating system's keychain (Electron's safeStorage), which plain Node does
 * not have: real AES-GCM under a secret that belongs to "this computer".
 */
function keychain(machineSecret = randomBytes(32)): KeyWrapper & { calls: number } {
  const k = {
    calls: 0,
    available: () => true,
    wrap(plain: Buffer) {
      k.calls += 1;
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', machineSecret, iv);
      const data = Buffer.concat([c.update(plain), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), data]);
    },
    unwrap(sealed: Buffer) {
      k.calls += 1;
      const d = createDecipheriv('aes-256-gcm', machineSecret, sealed.subarray(0, 12));
      d.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([d.update(sealed.subarray(28)), d.final()]);
    },
  };
  return k;
}

describe('turning encryption on', () => {
  it('without a keychain asks for a passphrase on the field, and changes nothing', async () => {
    const core = await clinic();
    const host = hostFor(core);
    const answer = await host.invoke('security/setEncryption', { enabled: true });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { passphrase: expect.stringMatching(/passphrase/) } } });
    const short = await host.invoke('security/setEncryption', { enabled: true, passphrase: 'short' });
    expect(short).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { passphrase: expect.stringMatching(/at least 10 characters/) } } });
    expect(readdirSync(core.dataDir).filter((name) => name.startsWith('palpate-key') || name.includes('.switch'))).toEqual([]);
    expect(isPlainFile(core.dbFile)).toBe(true);
    expect(expectOk<EncryptionStatus>(await host.invoke('security/encryption', {})).enabled).toBe(false);
  });

  it('encrypts the database, its -wal and every backup: no planted name and no SQLite header in their bytes', async () => {
    const core = await clinic();
    expectOk<BackupResult>(await core.call('backups/create', {}));
    expect(leaks(join(backupsDir(core.dataDir), backupFilesIn(backupsDir(core.dataDir))[0]!.name)).first).toBe(true); // the check can fail
    const host = hostFor(core);
    const before = snapshot(core.sqlite).tables;

    const change = await turnOn(host);
    expect(change.recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){9}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(change.status).toMatchObject({ enabled: true, protection: 'passphrase', keychainAvailable: false, backups: { mismatched: 0 } });
    expect(change.message).toMatch(/Encryption is on/);
    const live = host.core;
    expect(live).not.toBe(core);

    // The same data, search included (the full-text index keys on an explicit INTEGER PRIMARY KEY).
    const { audit_log: auditBefore, ...restBefore } = before;
    const { audit_log: auditAfter, ...restAfter } = snapshot(live.sqlite).tables;
    expect(restAfter).toEqual(restBefore);
    expect(auditAfter!.slice(0, auditBefore!.length)).toEqual(auditBefore);
    const found = expectOk<ClientSummary[]>(await host.invoke('clients/search', { query: FIRST }));
    expect(found.map((c) => c.legalLastName)).toEqual([LAST]);

    // A change after the switch lands in the -wal first: encrypted there too.
    addClient(host.core, 'Wilhelmina', LAST);
    expect(existsSync(`${core.dbFile}-wal`)).toBe(true);
    expect(leaks(`${core.dbFile}-wal`)).toMatchObject({ first: false, last: false });
    host.core.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(leaks(core.dbFile)).toEqual(SEALED);

    // The backup made before, converted; and a new one, made from the encrypted database.
    expectOk<BackupResult>(await host.invoke('backups/create', {}));
    const backups = backupFilesIn(backupsDir(core.dataDir));
    expect(backups.length).toBeGreaterThanOrEqual(3); // before, the switch's safety backup, after
    for (const b of backups) expect(leaks(join(backupsDir(core.dataDir), b.name)), b.name).toEqual(SEALED);

    // Without the key the file is not a database at all.
    const raw = new BetterSqlite3(core.dbFile, { readonly: true });
    expect(() => raw.prepare('SELECT count(*) FROM clients').get()).toThrow(expect.objectContaining({ code: 'SQLITE_NOTADB' }));
    raw.close();

    const audit = expectOk<AuditPage>(await host.invoke('audit/list', {}));
    expect(audit.entries.map((e) => e.summary)).toContain('Turned database encryption on');
    // The key file holds the key sealed, never in the clear, and not the passphrase either.
    const key = keyOf(host.core.sqlite)!;
    expect(key).toHaveLength(32);
    const keyFile = readFileSync(join(core.dataDir, KEY_FILE), 'utf8');
    for (const clear of [key.toString('hex'), key.toString('base64'), PASSPHRASE, change.recoveryKey!]) expect(keyFile).not.toContain(clear);
  });

  it('keeps the key in the keychain when the computer has one: the next start needs nothing typed', async () => {
    const machine = keychain();
    const dataDir = makeTempDir();
    const clock = pinnedClock();
    const core = await openCore({ dataDir, clock, keyWrapper: machine });
    expectOk(core.invoke('clinic/setup', SETUP));
    addClient(core, FIRST, LAST);
    const host = hostFor(core, { keyWrapper: machine });
    const change = await turnOn(host, null);
    expect(change.status).toMatchObject({ enabled: true, protection: 'os-keychain', keychainAvailable: true });
    expect(change.recoveryKey).toBeTruthy();
    expect(readFileSync(join(dataDir, KEY_FILE), 'utf8')).not.toMatch(/"passphrase"/);
    host.close();
    forgetAllKeys();

    const again = await openCore({ dataDir, keyWrapper: machine, clock });
    expect(clientNames(again)).toContain(FIRST);
    again.close();
    forgetAllKeys();

    // Another computer's keychain cannot open it, nor no keychain: the recovery key can, and re-seals it there.
    const other = keychain();
    await expect(openCore({ dataDir, keyWrapper: other, clock })).rejects.toMatchObject({ name: 'EncryptionKeyRequiredError', reason: 'keychain-refused' });
    await expect(openCore({ dataDir, clock })).rejects.toMatchObject({ name: 'EncryptionKeyRequiredError', reason: 'keychain-unavailable' });
    const moved = await openCore({ dataDir, keyWrapper: other, recoveryKey: change.recoveryKey!, clock });
    moved.close();
    forgetAllKeys();
    const next = await openCore({ dataDir, keyWrapper: other, clock });
    expect(clientNames(next)).toContain(FIRST);
    next.close();
  });
});

describe('opening an encrypted clinic', () => {
  it('needs the passphrase: none asks for it, a wrong one is refused in words with every file unchanged, the right one opens', async () => {
    const { dataDir, clock } = await encryptedAndClosed();
    const files = () => Object.fromEntries(readdirSync(dataDir).filter((n) => n !== 'backups').map((n) => [n, sha256(join(dataDir, n))]));
    const before = files();

    const missing = await openCore({ dataDir, clock }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(EncryptionKeyRequiredError);
    expect(missing).toMatchObject({ reason: 'passphrase', protection: 'passphrase', canUnlock: true });
    expect((missing as Error).message).toMatch(/encrypted\. Enter its passphrase/);

    const wrong = await openCore({ dataDir, clock, passphrase: 'quiet harbour lanterns' }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(WrongKeyError);
    expect((wrong as Error).message).toBe(WRONG_MESSAGE);
    expect(files()).toEqual(before);

    const right = await openCore({ dataDir, clock, passphrase: PASSPHRASE });
    expect(clientNames(right)).toEqual(['Ada', FIRST]);
    right.close();
  });

  it('after a clean close opens at once, and the background check reads the file with the key', async () => {
    const { dataDir, clock } = await encryptedAndClosed();
    const core = await openCore({ dataDir, clock, passphrase: PASSPHRASE, backgroundCheckDelayMs: false, log: () => {} });
    expect(core.health()).toEqual({ state: 'checking' });
    expect(await core.checkDatabase()).toEqual({ state: 'checked' });
    expect(clientNames(core)).toContain(FIRST);
    // The worker itself reads the file with the key (not the blocking fallback), and cannot without it.
    expect(await quickCheckInWorker(dataDir, undefined, keyOf(core.sqlite))).toBeNull();
    expect(await quickCheckInWorker(dataDir).then((problem) => problem, (error: unknown) => String(error))).not.toBeNull();
    core.close();
  });

  it('opens with the printed recovery key however it is typed, and refuses a wrong one', async () => {
    const { dataDir, clock, recoveryKey } = await encryptedAndClosed();
    const typed = recoveryKey.replace(/-/g, ' ').toLowerCase();
    const wrong = `${recoveryKey.slice(0, -1)}${recoveryKey.endsWith('0') ? '1' : '0'}`;
    await expect(openCore({ dataDir, clock, recoveryKey: wrong })).rejects.toThrow("That recovery key does not open this clinic's database. Nothing was changed.");
    const core = await openCore({ dataDir, clock, recoveryKey: typed });
    expect(clientNames(core)).toContain(FIRST);
    core.close();
  });

  it('says the key file is missing rather than asking for a passphrase that cannot help', async () => {
    const { dataDir, clock } = await encryptedAndClosed();
    renameSync(join(dataDir, KEY_FILE), join(dataDir, 'elsewhere.json'));
    const error = await openCore({ dataDir, clock, passphrase: PASSPHRASE }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'EncryptionKeyRequiredError', reason: 'key-file-missing', canUnlock: false });
    expect((error as Error).message).toMatch(/key file \(palpate-key\.json\) is missing/);
  });
});

describe('the host before the database is unlocked (the unlock screen)', () => {
  async function lockedHost(dataDir: string, clock: PinnedClock): Promise<CoreHost> {
    const host = await openLockableHost({
      open: (unlock) => openCore({ dataDir, clock, log: () => {}, ...unlock }),
      host: (core) => hostFor(core),
    });
    return host;
  }

  it('answers only the lock until the passphrase opens it, then is the ordinary host', async () => {
    const { dataDir, clock } = await encryptedAndClosed();
    const host = await lockedHost(dataDir, clock);
    expect(expectOk<DatabaseLock>(await host.invoke('security/databaseLock', {}))).toMatchObject({ locked: true, protection: 'passphrase', canUnlock: true });
    expect(await host.invoke('clients/list', {})).toMatchObject({ ok: false, error: { code: 'not_ready' } });
    expect(await host.invoke('app/status', {})).toMatchObject({ ok: false, error: { code: 'not_ready' } });
    expect(() => host.core).toThrow(/locked/);

    expect(await host.invoke('security/unlockDatabase', {})).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { passphrase: expect.any(String) } } });
    expect(await host.invoke('security/unlockDatabase', { passphrase: 'x', recoveryKey: 'y' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await host.invoke('security/unlockDatabase', { passphrase: 'nope nope nope' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: WRONG_MESSAGE, fields: { passphrase: WRONG_MESSAGE } },
    });
    expect(expectOk<DatabaseLock>(await host.invoke('security/databaseLock', {})).locked).toBe(true);

    expect(expectOk<DatabaseLock>(await host.invoke('security/unlockDatabase', { passphrase: PASSPHRASE }))).toMatchObject({ locked: false, notice: null });
    expect(expectOk<DatabaseLock>(await host.invoke('security/databaseLock', {})).locked).toBe(false);
    expect(expectOk<{ legalFirstName: string }[]>(await host.invoke('clients/search', { query: FIRST })).map((c) => c.legalFirstName)).toEqual([FIRST]);
    host.close();
  });

  it('opens with the recovery key, and then reminds the owner to choose a new passphrase', async () => {
    const { dataDir, clock, recoveryKey } = await encryptedAndClosed();
    const host = await lockedHost(dataDir, clock);
    const wrong = await host.invoke('security/unlockDatabase', { recoveryKey: '0000-0000-0000-0000-0000-0000-0000-0000-0000-0000' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { recoveryKey: expect.stringMatching(/recovery key does not open/) } } });
    const opened = expectOk<DatabaseLock>(await host.invoke('security/unlockDatabase', { recoveryKey }));
    expect(opened).toMatchObject({ locked: false, notice: expect.stringMatching(/new passphrase/) });
    host.close();
  });

  it('opens a plain clinic straight away', async () => {
    const core = await clinic();
    const { dataDir, clock } = core.ctx;
    core.close();
    const host = await lockedHost(dataDir, clock as PinnedClock);
    expect(expectOk<DatabaseLock>(await host.invoke('security/databaseLock', {})).locked).toBe(false);
    host.close();
  });
});

describe('the key, re-sealed', () => {
  it('a new passphrase re-seals only the key file: the database bytes stay the same and the old passphrase stops working', async () => {
    const { dataDir, clock } = await encryptedAndClosed();
    const core = await openCore({ dataDir, clock, passphrase: PASSPHRASE });
    const dbFile = join(dataDir, 'palpate.db');
    core.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const dbBefore = sha256(dbFile);
    const keyFileBefore = sha256(join(dataDir, KEY_FILE));
    expectOk<EncryptionStatus>(core.invoke('security/changePassphrase', { passphrase: 'seven green lighthouses' }));
    expect(sha256(dbFile)).toBe(dbBefore);
    expect(sha256(join(dataDir, KEY_FILE))).not.toBe(keyFileBefore);
    const audit = expectOk<AuditPage>(core.invoke('audit/list', {}));
    expect(audit.entries[0]!.summary).toBe('Changed the database passphrase');
    core.close();
    forgetAllKeys();
    await expect(openCore({ dataDir, clock, passphrase: PASSPHRASE })).rejects.toThrow(WRONG_MESSAGE);
    (await openCore({ dataDir, clock, passphrase: 'seven green lighthouses' })).close();
  });

  it('a new recovery key works and the old one no longer does', async () => {
    const { dataDir, clock, recoveryKey } = await encryptedAndClosed();
    const core = await openCore({ dataDir, clock, passphrase: PASSPHRASE });
    const { recoveryKey: fresh } = expectOk<{ recoveryKey: string }>(core.invoke('security/newRecoveryKey', {}));
    expect(fresh).not.toBe(recoveryKey);
    core.close();
    forgetAllKeys();
    await expect(openCore({ dataDir, clock, recoveryKey })).rejects.toBeInstanceOf(WrongKeyError);
    (await openCore({ dataDir, clock, recoveryKey: fresh })).close();
  });
});

describe('backups of an encrypted clinic', () => {
  it('verify and restore with the key, and a plain backup from before is restored encrypted', async () => {
    const core = await clinic();
    const plain = expectOk<BackupResult>(await core.call('backups/create', {}));
    // Kept aside as it was (turning encryption on converts the backups folder).
    const keptPlain = join(core.dataDir, 'kept-plain.db');
    copyFileSync(join(backupsDir(core.dataDir), plain.backup.file), keptPlain);
    const host = hostFor(core);
    await turnOn(host);
    addClient(host.core, 'Bartholomew');
    const made = expectOk<BackupResult>(await host.invoke('backups/create', {}));
    addClient(host.core, 'Cordelia');

    const report = expectOk<BackupVerifyReport>(await host.invoke('backups/verify', { file: made.backup.file }));
    expect(report).toMatchObject({ sound: true, counts: { clients: 3 } });
    expect(expectOk<{ backups: { counts: unknown }[] }>(await host.invoke('backups/list', {})).backups.every((b) => b.counts !== null)).toBe(true);

    const restored = expectOk<RestoreResult>(await host.invoke('backups/restore', { file: made.backup.file }));
    expect(restored.message).toMatch(/Restored/);
    expect(clientNames(host.core)).toEqual(['Ada', 'Bartholomew', FIRST]);
    host.core.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(leaks(core.dbFile)).toEqual(SEALED);

    // A backup from before encryption, put back in the folder: restored, and encrypted on the way in.
    const old = 'palpate-20261101-090000-manual.db';
    copyFileSync(keptPlain, join(backupsDir(core.dataDir), old));
    expectOk<RestoreResult>(await host.invoke('backups/restore', { file: old }));
    expect(clientNames(host.core)).toEqual(['Ada', FIRST]);
    host.core.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(leaks(core.dbFile)).toEqual(SEALED);
    expect(expectOk<EncryptionStatus>(await host.invoke('security/encryption', {})).enabled).toBe(true);
  });
});

describe('an encrypted backup keeps the app answering', () => {
  it('is written on a worker thread: a call made meanwhile is answered, and the backup is sealed and sound', async () => {
    const core = await clinic();
    const host = hostFor(core);
    await turnOn(host);
    let done = false;
    const making = Promise.resolve(host.invoke('backups/create', {})).then((answer) => {
      done = true;
      return answer;
    });
    // One turn of the event loop later the backup is still being written, and the core answers.
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    addClient(host.core, 'Meanwhile');
    const made = expectOk<BackupResult>(await making);
    expect(leaks(join(backupsDir(core.dataDir), made.backup.file))).toEqual(SEALED);
    expect(expectOk<BackupVerifyReport>(await host.invoke('backups/verify', { file: made.backup.file }))).toMatchObject({ sound: true });
  });
});

describe('a new computer, from the second backup folder', () => {
  it('the second folder keeps the sealed key file beside the backups: a backup and it, with the recovery key, open elsewhere', async () => {
    const core = await clinic();
    const usb = makeTempDir('palpate-usb-');
    expectOk(core.invoke('backups/saveSettings', { secondFolder: usb }));
    const host = hostFor(core);
    const { recoveryKey } = await turnOn(host);
    const made = expectOk<BackupResult>(await host.invoke('backups/create', {}));
    expect(made.secondCopy.status).toBe('copied');
    // The sealed key file, byte for byte — never the key itself.
    expect(readFileSync(join(usb, KEY_FILE))).toEqual(readFileSync(join(core.dataDir, KEY_FILE)));
    expect(leaks(join(usb, made.backup.file))).toEqual(SEALED);
    host.close();
    forgetAllKeys();

    // The old computer is gone: a fresh folder gets the backup as its database, and the key file.
    const fresh = makeTempDir('palpate-new-computer-');
    copyFileSync(join(usb, made.backup.file), join(fresh, 'palpate.db'));
    copyFileSync(join(usb, KEY_FILE), join(fresh, KEY_FILE));
    await expect(openCore({ dataDir: fresh, clock: core.clock })).rejects.toThrow(EncryptionKeyRequiredError);
    const elsewhere = await openCore({ dataDir: fresh, clock: core.clock, recoveryKey: recoveryKey! });
    expect(clientNames(elsewhere)).toEqual(['Ada', FIRST]);
    elsewhere.close();
  });
});

describe('other readers of an encrypted clinic', () => {
  it('"Export all data" reads the encrypted database through its own connection, with the key', async () => {
    const core = await clinic();
    const host = hostFor(core);
    await turnOn(host);
    const result = await exportAllData(host.core.ctx, makeTempDir('palpate-export-'));
    expect(result.cancelled).toBe(false);
    expect(readFileSync(join(result.folder, 'csv', 'clients.csv'), 'utf8')).toContain(LAST);
  });
});

describe('turning encryption off', () => {
  it('decrypts the database and every backup with the data intact, and retires the key file without deleting it', async () => {
    const core = await clinic();
    const host = hostFor(core);
    await turnOn(host);
    expectOk<BackupResult>(await host.invoke('backups/create', {}));
    const { audit_log: auditBefore, ...before } = snapshot(host.core.sqlite).tables;

    const change = expectOk<EncryptionChange>(await host.invoke('security/setEncryption', { enabled: false }));
    expect(change).toMatchObject({ recoveryKey: null, status: { enabled: false, protection: null, backups: { mismatched: 0 } } });
    const { audit_log: auditAfter, ...after } = snapshot(host.core.sqlite).tables;
    expect(after).toEqual(before);
    expect(auditAfter!.slice(0, auditBefore!.length)).toEqual(auditBefore);

    host.core.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(leaks(core.dbFile)).toEqual({ first: true, last: true, header: true });
    for (const b of backupFilesIn(backupsDir(core.dataDir))) expect(isPlainFile(join(backupsDir(core.dataDir), b.name)), b.name).toBe(true);
    expect(existsSync(join(core.dataDir, KEY_FILE))).toBe(false);
    expect(readdirSync(core.dataDir).filter((n) => /^palpate-key\.retired-.*\.json$/.test(n))).toHaveLength(1);

    host.close();
    forgetAllKeys();
    const plain = await openCore({ dataDir: core.dataDir, clock: core.clock });
    expect(clientNames(plain)).toEqual(['Ada', FIRST]);
    plain.close();
  });

  it('refuses to restore a backup encrypted with a key the clinic no longer has, in words, changing nothing', async () => {
    const core = await clinic();
    const host = hostFor(core);
    await turnOn(host);
    const made = expectOk<BackupResult>(await host.invoke('backups/create', {}));
    const keptEncrypted = join(core.dataDir, 'kept-encrypted.db');
    copyFileSync(join(backupsDir(core.dataDir), made.backup.file), keptEncrypted);
    expectOk(await host.invoke('security/setEncryption', { enabled: false }));
    const stray = 'palpate-20261101-090000-manual.db';
    copyFileSync(keptEncrypted, join(backupsDir(core.dataDir), stray));
    host.core.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const dbBefore = sha256(core.dbFile);
    const answer = await host.invoke('backups/restore', { file: stray });
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/encrypted with a key this clinic does not have/) } });
    expect(sha256(core.dbFile)).toBe(dbBefore);
  });
});

describe('a switch whose new database will not open', () => {
  /** A host whose next reopen opens the file (as the real one does) and then fails, as if the new file were unusable. */
  function failingOnce(core: Core): CoreHost {
    const { dataDir, clock } = core.ctx;
    let fail = true;
    const host = createCoreHost({
      core,
      reopen: async () => {
        const opened = await openCore({ dataDir, clock, log: () => {} });
        if (!fail) return opened;
        fail = false;
        opened.close();
        throw new Error('simulated: the new file would not open');
      },
      shell: () => ({}),
    });
    hosts.push(host);
    return host;
  }

  it('turning on: the plain database is put back and opened, the new key file retired', async () => {
    const core = await clinic();
    const host = failingOnce(core);
    const answer = await host.invoke('security/setEncryption', { enabled: true, passphrase: PASSPHRASE });
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/could not be turned on \(simulated.*nothing was lost/) } });
    expect(clientNames(host.core)).toEqual(['Ada', FIRST]);
    expect(isPlainFile(core.dbFile)).toBe(true);
    expect(existsSync(join(core.dataDir, KEY_FILE))).toBe(false);
    expect(readdirSync(core.dataDir).filter((n) => n.includes('.switch'))).toEqual([]);
    expect(expectOk<EncryptionStatus>(await host.invoke('security/encryption', {})).enabled).toBe(false);
  });

  it('turning off: the encrypted database and its key file are put back, and it still opens with the passphrase', async () => {
    const core = await clinic();
    const host = hostFor(core);
    await turnOn(host);
    host.close();
    const again = failingOnce(await openCore({ dataDir: core.dataDir, clock: core.clock, passphrase: PASSPHRASE }));
    const answer = await again.invoke('security/setEncryption', { enabled: false });
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/could not be turned off.*still encrypted/) } });
    expect(clientNames(again.core)).toEqual(['Ada', FIRST]);
    expect(isPlainFile(core.dbFile)).toBe(false);
    expect(existsSync(join(core.dataDir, KEY_FILE))).toBe(true);
    again.close();
    forgetAllKeys();
    const reopened = await openCore({ dataDir: core.dataDir, clock: core.clock, passphrase: PASSPHRASE });
    expect(clientNames(reopened)).toEqual(['Ada', FIRST]);
    reopened.close();
  });
});

describe('a switch interrupted by a crash', () => {
  /** The files as turning encryption on leaves them just before the swap: the encrypted copy staged, the key file written. */
  async function stagedSwitch(): Promise<{ dataDir: string; clock: PinnedClock; staged: string }> {
    const core = await clinic();
    const host = hostFor(core);
    await turnOn(host);
    host.core.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const encrypted = join(core.dataDir, 'encrypted.db');
    copyFileSync(core.dbFile, encrypted);
    expectOk(await host.invoke('security/setEncryption', { enabled: false }));
    host.close();
    forgetAllKeys();
    // Back to: plain palpate.db, and the key file and the checked encrypted copy beside it.
    const retired = readdirSync(core.dataDir).find((n) => n.startsWith('palpate-key.retired-'))!;
    renameSync(join(core.dataDir, retired), join(core.dataDir, KEY_FILE));
    const staged = join(core.dataDir, 'palpate.db.switching');
    renameSync(encrypted, staged);
    return { dataDir: core.dataDir, clock: core.clock, staged };
  }

  it('before the swap: the plain database opens as it was, the staged copy is dropped and the key file retired', async () => {
    const { dataDir, clock, staged } = await stagedSwitch();
    const core = await openCore({ dataDir, clock });
    expect(clientNames(core)).toEqual(['Ada', FIRST]);
    expect(existsSync(staged)).toBe(false);
    expect(existsSync(join(dataDir, KEY_FILE))).toBe(false);
    expect(expectOk<EncryptionStatus>(core.invoke('security/encryption', {})).enabled).toBe(false);
    core.close();
  });

  it('in the middle of the swap (palpate.db moved out, its -wal with it): the encrypted copy is put in place and opens with the passphrase', async () => {
    const { dataDir, clock, staged } = await stagedSwitch();
    const live = join(dataDir, 'palpate.db');
    renameSync(live, join(dataDir, 'palpate.db.switched-out'));
    const core = await openCore({ dataDir, clock, passphrase: PASSPHRASE });
    expect(clientNames(core)).toEqual(['Ada', FIRST]);
    expect(existsSync(staged)).toBe(false);
    expect(existsSync(join(dataDir, 'palpate.db.switched-out'))).toBe(false);
    core.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(leaks(live)).toEqual(SEALED);
    core.close();
  });

  it('after the swap, before the old file was removed: the old file is removed and the new one opens', async () => {
    const { dataDir, clock, staged } = await stagedSwitch();
    const live = join(dataDir, 'palpate.db');
    renameSync(live, join(dataDir, 'palpate.db.switched-out'));
    renameSync(staged, live);
    const core = await openCore({ dataDir, clock, passphrase: PASSPHRASE });
    expect(clientNames(core)).toEqual(['Ada', FIRST]);
    expect(readdirSync(dataDir).filter((n) => n.includes('switch'))).toEqual([]);
    core.close();
  });
});

describe('the passphrase and recovery key rules (shared by the forms and main)', () => {
  it('asks for a long passphrase, kept exactly as typed, and typed the same twice', () => {
    expect(NewPassphrase.safeParse('short').error?.issues[0]?.message).toMatch(/at least 10 characters/);
    expect(NewPassphrase.safeParse(' leading space pass').error?.issues[0]?.message).toMatch(/No spaces at the start or end/);
    expect(NewPassphrase.safeParse('aaaaaaaaaaaa').error?.issues[0]?.message).toMatch(/one character repeated/);
    expect(NewPassphrase.parse(PASSPHRASE)).toBe(PASSPHRASE);
    const mismatch = PassphraseForm.safeParse({ passphrase: PASSPHRASE, confirm: `${PASSPHRASE}!` });
    expect(mismatch.error?.issues[0]).toMatchObject({ path: ['confirm'], message: 'The two passphrases are not the same' });
  });

  it('reads a recovery key however it was copied: case, spaces, dashes, and O/I/L for 0/1', () => {
    const printed = 'R076-K449-FF4T-5TT6-EQHP-WVDB-X9KJ-98JP-GN1M-1B4R';
    expect(RecoveryKeyText.parse(printed)).toBe(printed.replace(/-/g, ''));
    expect(RecoveryKeyText.parse(' r076 k449 ff4t 5tt6 eqhp wvdb x9kj 98jp gn1m lb4r ')).toBe(printed.replace(/-/g, ''));
    expect(normalizeRecoveryKey('rO76-k449')).toBe('R076K449');
    expect(RecoveryKeyText.safeParse('R076-K449').error?.issues[0]?.message).toMatch(/40 letters and digits/);
    expect(RecoveryKeyText.safeParse(printed.replace('R', 'U')).success).toBe(false);
  });
});
