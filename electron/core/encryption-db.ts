// The SQLite side of encryption at rest (SQLite3 Multiple Ciphers, through
// better-sqlite3-multiple-ciphers): keying a connection, telling an encrypted file from a plain
// one, and writing a copy of a database in the other form. Copies are made by SQLite itself
// (VACUUM INTO, then PRAGMA rekey on the copy), never by copying the live file.
//
// Why not the backup API: SQLite3 Multiple Ciphers refuses a backup between an encrypted source
// and a target opened without the key, and better-sqlite3 opens the target itself with no way to
// key it. VACUUM INTO writes its target with the source's own cipher and key.
import BetterSqlite3, { type Database } from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';

/** The first 16 bytes of every unencrypted SQLite file. An SQLCipher file starts with its random salt. */
const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** What the cipher is called in Settings. */
export const CIPHER_LABEL = 'SQLCipher 4: AES-256 with HMAC-SHA512';

/**
 * True when `path` is an unencrypted SQLite file, or empty, or missing (a new database starts
 * plain). Anything else is treated as encrypted: opening it without the key fails as SQLITE_NOTADB.
 */
export function isPlainFile(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return true;
  }
  try {
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, 16, 0);
    return read === 0 || head.subarray(0, read).equals(PLAIN_HEADER.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

function setCipher(db: Database): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
}

/**
 * Keys a fresh connection. The key is passed raw (x'…'), so SQLCipher uses the 32 bytes as they
 * are: no PBKDF2 at every open (the key is already random; the passphrase was stretched when the
 * key was sealed).
 */
export function applyKey(db: Database, key: Buffer): void {
  for (const pragma of keyPragmas(key)) db.pragma(pragma);
}

/** The pragmas that key a connection, in order (also sent to the start-up check's worker thread). */
export const keyPragmas = (key: Buffer): string[] => [`cipher = 'sqlcipher'`, 'legacy = 4', `key = "x'${key.toString('hex')}'"`];

/** The file is encrypted and none of the keys this process holds opens it. Reads like damage to callers that check codes. */
export class UnknownKeyError extends Error {
  readonly code = 'SQLITE_NOTADB';
  constructor(readonly file: string) {
    super('it is encrypted with a key this clinic does not have');
    this.name = 'UnknownKeyError';
  }
}

// ---- Keys unlocked in this process ----
// A key stays in memory for the life of the process once unlocked (as the open database's pages
// do), so the connections that backups, verification, exports and restores open beside the live
// one — and reopening the core after a restore or the demo — need no passphrase again.

const unlocked = new Map<string, Buffer>();

export const rememberKey = (dataDir: string, key: Buffer) => void unlocked.set(resolve(dataDir), key);
export const forgetKey = (dataDir: string) => void unlocked.delete(resolve(dataDir));
export const unlockedKey = (dataDir: string): Buffer | null => unlocked.get(resolve(dataDir)) ?? null;
/** Tests: start as a new process would, with no key in memory. */
export const forgetAllKeys = () => unlocked.clear();

export interface SqliteOpenOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
  nativeBinding?: string | undefined;
  /**
   * The key the file may be encrypted with; null: it must be plain. Left out: every key unlocked
   * in this process is tried (a backup, a verify scratch copy, an export reader).
   */
  key?: Buffer | null;
}

const isNotADb = (error: unknown) => (error as { code?: unknown }).code === 'SQLITE_NOTADB';

/**
 * better-sqlite3 on `path`, keyed when the file is encrypted. A plain file opens plain whatever
 * key is offered, so a folder holding both kinds (an interrupted conversion) reads either way.
 * An encrypted file none of the offered keys opens throws UnknownKeyError; with no key at all,
 * the connection opens and its first read fails with SQLITE_NOTADB (a damaged file looks the same).
 */
export function openSqlite(path: string, options: SqliteOpenOptions = {}): Database {
  const settings = {
    ...(options.readonly ? { readonly: true } : {}),
    ...(options.fileMustExist ? { fileMustExist: true } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  };
  if (isPlainFile(path)) return new BetterSqlite3(path, settings);
  const candidates = options.key === undefined ? [...unlocked.values()] : options.key ? [options.key] : [];
  // No key to try: SQLite itself says what the file is not (SQLITE_NOTADB at the first read).
  if (candidates.length === 0) return new BetterSqlite3(path, settings);
  for (const key of candidates) {
    const db = new BetterSqlite3(path, settings);
    try {
      applyKey(db, key);
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
      return db;
    } catch (error) {
      db.close();
      if (!isNotADb(error)) throw error;
    }
  }
  throw new UnknownKeyError(path);
}

/** True when `path` is plain, or encrypted with `key`. */
export function opensWith(path: string, key: Buffer | null, nativeBinding?: string): boolean {
  if (isPlainFile(path)) return true;
  if (!key) return false;
  try {
    openSqlite(path, { readonly: true, fileMustExist: true, nativeBinding, key }).close();
    return true;
  } catch (error) {
    if (error instanceof UnknownKeyError) return false;
    throw error;
  }
}

/**
 * Writes the database open on `source` (encrypted with `from`, or plain when null) to `target`,
 * which must not exist, encrypted with `to` (or plain when null). SQLite writes it: VACUUM INTO
 * keeps the source's form; PRAGMA rekey then changes the copy's, inside SQLite's own journal. The
 * result is a single rollback-journal file (no -wal).
 */
export function exportDatabase(source: Database, target: string, from: Buffer | null, to: Buffer | null, nativeBinding?: string): void {
  source.prepare('VACUUM INTO ?').run(target);
  const copy = new BetterSqlite3(target, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    if (from) applyKey(copy, from);
    else setCipher(copy);
    copy.pragma('journal_mode = DELETE');
    if (!sameKey(from, to)) rekey(copy, to);
  } finally {
    copy.close();
  }
}

/** Changes a closed file's form in place (a staging copy nobody else has open). */
export function convertFileInPlace(path: string, from: Buffer | null, to: Buffer | null, nativeBinding?: string): void {
  if (sameKey(from, to)) return;
  const db = new BetterSqlite3(path, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    if (from) applyKey(db, from);
    else setCipher(db);
    db.pragma('journal_mode = DELETE');
    rekey(db, to);
  } finally {
    db.close();
  }
}

function rekey(db: Database, to: Buffer | null): void {
  db.pragma(to ? `rekey = "x'${to.toString('hex')}'"` : `rekey = ''`);
}

const sameKey = (a: Buffer | null, b: Buffer | null) => (a === null || b === null ? a === b : a.equals(b));
