// Encryption at rest, the core's part: finding the database key when the core opens, what
// Settings shows, and re-sealing the key under a new passphrase or recovery key (the database
// itself is not touched by either). Turning encryption on or off rewrites the database and lives
// with the host, which closes and reopens the core around it (encryption-switch.ts).
//
// The database is encrypted exactly when its file does not start with SQLite's plain header: the
// file, not a setting, says which. A key file beside a plain database is left over (encryption was
// turned off, or turning it on was interrupted before the switch) and is retired, never deleted.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangePassphraseInput, DatabaseLock, EncryptionStatus } from '../../shared/schemas/encryption';
import { backupFilesIn, backupsDir } from './backup-files';
import { DATABASE_FILE } from './backup-restore';
import type { CoreContext } from './context';
import { isDemoFolder } from './demo/marker';
import { CIPHER_LABEL, forgetKey, isPlainFile, rememberKey, unlockedKey } from './encryption-db';
import {
  keyFilePath,
  keyIdOf,
  newRecoveryKey,
  readKeyFile,
  retireKeyFile,
  seal,
  unseal,
  unsealRecovery,
  WrongSecretError,
  writeKeyFile,
  type KeyFile,
  type KeyWrapper,
} from './encryption-key';
import { AppError, EncryptionKeyRequiredError, WrongKeyError } from './errors';

export type { KeyWrapper } from './encryption-key';

/** What openCore may be given to open an encrypted database. */
export interface UnlockOptions {
  /** The computer's keychain (Electron's safeStorage); absent in plain Node. */
  keyWrapper?: KeyWrapper | undefined;
  /** What the owner typed at the unlock screen. */
  passphrase?: string | undefined;
  /** Or the printed recovery key. */
  recoveryKey?: string | undefined;
}

/** What an open core answers to the unlock screen: an open database is an unlocked one. */
export const UNLOCKED: DatabaseLock = { locked: false, protection: null, message: null, canUnlock: true, notice: null };

// ---- Which key the live connection uses ----

interface ConnectionKeys {
  key: Buffer | null;
  wrapper: KeyWrapper | null;
}

const connections = new WeakMap<Database, ConnectionKeys>();

export function registerConnection(sqlite: Database, key: Buffer | null, wrapper: KeyWrapper | undefined): void {
  connections.set(sqlite, { key, wrapper: wrapper ?? null });
}

/** The key `sqlite` was opened with; null when the database is plain. */
export const keyOf = (sqlite: Database): Buffer | null => connections.get(sqlite)?.key ?? null;
export const wrapperOf = (sqlite: Database): KeyWrapper | null => connections.get(sqlite)?.wrapper ?? null;

export function keychainAvailable(wrapper: KeyWrapper | null): boolean {
  try {
    return !!wrapper?.available();
  } catch {
    return false;
  }
}

// ---- Opening ----

function keyFileOf(dataDir: string, protection: KeyFile['protection'] | null = null): KeyFile {
  let file: KeyFile | null;
  try {
    file = readKeyFile(dataDir);
  } catch {
    throw new EncryptionKeyRequiredError(dataDir, 'key-file-unreadable', protection);
  }
  if (!file) throw new EncryptionKeyRequiredError(dataDir, 'key-file-missing', protection);
  return file;
}

/**
 * The key for the database in `dataDir`, before it is opened: null for a plain database. Tried in
 * order: the recovery key or passphrase given (a wrong one is WrongKeyError, even when another way
 * would work), the keychain, a key already unlocked in this process. Otherwise
 * EncryptionKeyRequiredError says what to ask for. Nothing is written, except that a recovery key
 * re-seals the key for this computer's keychain (a data folder moved from another computer).
 */
export async function unlockDatabase(dataDir: string, options: UnlockOptions, now: Date): Promise<Buffer | null> {
  if (isPlainFile(join(dataDir, DATABASE_FILE))) {
    forgetKey(dataDir);
    retireKeyFile(dataDir, now);
    return null;
  }
  // Not plain and no key file: an encrypted database whose key file went missing, or a file that
  // is simply damaged. Only a folder that shows encryption was used gets the first answer; anything
  // else goes on to the start-up check, which reports damage and offers a backup.
  if (!hasKeyFile(dataDir) && !encryptionWasUsed(dataDir)) return null;
  const file = keyFileOf(dataDir);
  const key = await keyFrom(dataDir, file, options, now);
  rememberKey(dataDir, key);
  return key;
}

const hasKeyFile = (dataDir: string) => existsSync(keyFilePath(dataDir));

/** Encrypted backups, or a key file kept from before: this clinic's data has been encrypted. */
function encryptionWasUsed(dataDir: string): boolean {
  const folder = backupsDir(dataDir);
  if (backupFilesIn(folder).some((b) => !isPlainFile(join(folder, b.name)))) return true;
  return readdirSync(dataDir).some((name) => name.startsWith('palpate-key.'));
}

async function keyFrom(dataDir: string, file: KeyFile, options: UnlockOptions, now: Date): Promise<Buffer> {
  if (options.recoveryKey !== undefined) {
    let key: Buffer;
    try {
      key = unsealRecovery(file, options.recoveryKey);
    } catch (error) {
      if (error instanceof WrongSecretError) throw new WrongKeyError('recovery-key');
      throw error;
    }
    if (file.protection === 'os-keychain' && keychainAvailable(options.keyWrapper ?? null)) {
      writeKeyFile(dataDir, { ...file, keychain: (await options.keyWrapper!.wrap(key)).toString('base64'), changedAt: now.toISOString() });
    }
    return key;
  }
  if (options.passphrase !== undefined) {
    if (!file.passphrase) throw new WrongKeyError('passphrase');
    try {
      return unseal(file.passphrase, options.passphrase, 'passphrase');
    } catch (error) {
      if (error instanceof WrongSecretError) throw new WrongKeyError('passphrase');
      throw error;
    }
  }
  const remembered = unlockedKey(dataDir);
  if (remembered && keyIdOf(remembered) === file.keyId) return remembered;
  if (file.protection === 'os-keychain' && file.keychain) {
    const wrapper = options.keyWrapper ?? null;
    if (!keychainAvailable(wrapper)) throw new EncryptionKeyRequiredError(dataDir, 'keychain-unavailable', file.protection);
    try {
      const key = await wrapper!.unwrap(Buffer.from(file.keychain, 'base64'));
      if (keyIdOf(key) === file.keyId) return key;
    } catch {
      // Another computer's or user's keychain: the recovery key is the way in.
    }
    throw new EncryptionKeyRequiredError(dataDir, 'keychain-refused', file.protection);
  }
  throw new EncryptionKeyRequiredError(dataDir, 'passphrase', file.protection);
}

// ---- Settings ----

function setAsideDatabases(dataDir: string): string[] {
  const root = join(dataDir, 'replaced');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .map((folder) => join(root, folder, DATABASE_FILE))
    .filter((path) => existsSync(path));
}

export function encryptionStatus(ctx: CoreContext): EncryptionStatus {
  const key = keyOf(ctx.sqlite);
  const file = key ? readKeyFile(ctx.dataDir) : null;
  const folder = backupsDir(ctx.dataDir);
  const backups = backupFilesIn(folder);
  const aside = setAsideDatabases(ctx.dataDir);
  return {
    enabled: key !== null,
    protection: file?.protection ?? null,
    keychainAvailable: keychainAvailable(wrapperOf(ctx.sqlite)),
    cipher: key ? CIPHER_LABEL : null,
    since: file?.createdAt ?? null,
    changedAt: file?.changedAt ?? null,
    backups: { total: backups.length, mismatched: backups.filter((b) => isPlainFile(join(folder, b.name)) === (key !== null)).length },
    setAside: { total: aside.length, plain: aside.filter((path) => isPlainFile(path)).length },
    demo: isDemoFolder(ctx.dataDir),
  };
}

function requireEncrypted(ctx: CoreContext): { key: Buffer; file: KeyFile } {
  const key = keyOf(ctx.sqlite);
  if (!key) throw new AppError('conflict', 'Encryption is off, so there is no passphrase or recovery key to change. Turn encryption on first.');
  return { key, file: keyFileOf(ctx.dataDir) };
}

/**
 * Seals the key under a new passphrase (and no longer in the keychain). The database and its
 * backups are not rewritten: the key stays the same, only the way to it changes.
 */
export function changePassphrase(ctx: CoreContext, input: ChangePassphraseInput): EncryptionStatus {
  const { key, file } = requireEncrypted(ctx);
  const { keychain: _dropped, ...rest } = file;
  writeKeyFile(ctx.dataDir, { ...rest, protection: 'passphrase', passphrase: seal(key, input.passphrase, 'passphrase'), changedAt: ctx.clock.now().toISOString() });
  return encryptionStatus(ctx);
}

/** A new recovery key (the old one stops working), shown once for printing. */
export function replaceRecoveryKey(ctx: CoreContext): { recoveryKey: string } {
  const { key, file } = requireEncrypted(ctx);
  const recovery = newRecoveryKey();
  writeKeyFile(ctx.dataDir, { ...file, recovery: seal(key, recovery.normalized, 'recovery'), changedAt: ctx.clock.now().toISOString() });
  return { recoveryKey: recovery.printed };
}
