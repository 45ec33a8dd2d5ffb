// The database key and the file that keeps it (palpate-key.json beside the database). The key is
// 32 random bytes that SQLCipher uses as is; it never touches the disk in the clear. The key file
// holds it sealed twice: once by the computer's keychain (Electron's safeStorage) or by the owner's
// passphrase, and once by the printed recovery key. Sealing is AES-256-GCM under a key stretched
// from the secret with scrypt, so a wrong secret is told apart from a damaged file by the GCM tag.
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { formatRecoveryKey, normalizeRecoveryKey, RECOVERY_KEY_LENGTH, type KeyProtection } from '../../shared/schemas/encryption';
import { fsyncDir } from './backup-files';

export const KEY_FILE = 'palpate-key.json';
export const KEY_BYTES = 32;

/**
 * Seals and opens the key with the operating system's keychain: Electron's safeStorage (macOS
 * Keychain, Windows DPAPI, the Secret Service on Linux). Plain Node — the tests, the harness — has
 * none, and the owner sets a passphrase instead.
 */
export interface KeyWrapper {
  available(): boolean;
  wrap(plain: Buffer): Buffer | Promise<Buffer>;
  /** Throws (or rejects) when this computer's keychain cannot open it (another computer, another user). */
  unwrap(sealed: Buffer): Buffer | Promise<Buffer>;
}

interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** OWASP's scrypt minimum for passwords: about 0.6 s and 128 MiB per try on a small machine. */
const PASSPHRASE_KDF: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
/** The recovery key is 200 random bits: stretching adds nothing, a light scrypt keeps one format. */
const RECOVERY_KDF: ScryptParams = { N: 2 ** 14, r: 8, p: 1 };

export interface Sealed {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

export interface KeyFile {
  format: 'palpate-key';
  version: 1;
  /** SQLite3 Multiple Ciphers' scheme and its compatibility level: SQLCipher 4, AES-256, HMAC-SHA512. */
  cipher: 'sqlcipher';
  legacy: 4;
  /** A fingerprint of the key (not the key): which database key this file holds. */
  keyId: string;
  protection: KeyProtection;
  createdAt: string;
  changedAt: string;
  keychain?: string;
  passphrase?: Sealed;
  recovery: Sealed;
}

/** A wrong passphrase or recovery key: the GCM tag did not match. */
export class WrongSecretError extends Error {
  constructor() {
    super('wrong secret');
    this.name = 'WrongSecretError';
  }
}

export const keyFilePath = (dataDir: string) => join(dataDir, KEY_FILE);

export const newDatabaseKey = () => randomBytes(KEY_BYTES);

export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('palpate database key id\0').update(key).digest('hex').slice(0, 16);
}

// Crockford's base32: no I, L, O or U, so a printed key cannot be misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 40 characters (200 random bits), shown as ten groups of four. */
export function newRecoveryKey(): { normalized: string; printed: string } {
  const bytes = randomBytes(RECOVERY_KEY_LENGTH);
  let normalized = '';
  for (const byte of bytes) normalized += ALPHABET[byte & 31];
  return { normalized, printed: formatRecoveryKey(normalized) };
}

const aad = (purpose: string) => Buffer.from(`palpate-key v1 ${purpose}`);

function stretch(secret: string, salt: Buffer, params: ScryptParams): Buffer {
  return scryptSync(secret.normalize('NFC'), salt, 32, { ...params, maxmem: 256 * 1024 * 1024 });
}

export function seal(key: Buffer, secret: string, purpose: 'passphrase' | 'recovery'): Sealed {
  const params = purpose === 'passphrase' ? PASSPHRASE_KDF : RECOVERY_KDF;
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', stretch(secret, salt, params), iv);
  cipher.setAAD(aad(purpose));
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  return { kdf: 'scrypt', ...params, salt: salt.toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

export function unseal(sealed: Sealed, secret: string, purpose: 'passphrase' | 'recovery'): Buffer {
  const params = { N: sealed.N, r: sealed.r, p: sealed.p };
  const decipher = createDecipheriv('aes-256-gcm', stretch(secret, Buffer.from(sealed.salt, 'base64'), params), Buffer.from(sealed.iv, 'base64'));
  decipher.setAAD(aad(purpose));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
  } catch {
    throw new WrongSecretError();
  }
}

export const unsealRecovery = (file: KeyFile, recoveryKey: string) => unseal(file.recovery, normalizeRecoveryKey(recoveryKey), 'recovery');

/** A key file for `key`: kept by the keychain when `passphrase` is null, else by the passphrase; always by `recovery`. */
export async function buildKeyFile(key: Buffer, options: { wrapper: KeyWrapper | null; passphrase: string | null; recovery: string; now: Date }): Promise<KeyFile> {
  const at = options.now.toISOString();
  const base = { format: 'palpate-key', version: 1, cipher: 'sqlcipher', legacy: 4, keyId: keyIdOf(key), createdAt: at, changedAt: at, recovery: seal(key, options.recovery, 'recovery') } as const;
  if (options.passphrase !== null) return { ...base, protection: 'passphrase', passphrase: seal(key, options.passphrase, 'passphrase') };
  if (!options.wrapper) throw new Error('No keychain and no passphrase to keep the key with');
  return { ...base, protection: 'os-keychain', keychain: (await options.wrapper.wrap(key)).toString('base64') };
}

/** The key file of `dataDir`, or null when there is none. A file that is not one throws. */
export function readKeyFile(dataDir: string): KeyFile | null {
  const path = keyFilePath(dataDir);
  if (!existsSync(path)) return null;
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<KeyFile>;
  if (parsed.format !== 'palpate-key' || parsed.version !== 1 || !parsed.recovery || typeof parsed.keyId !== 'string') {
    throw new Error(`${path} is not a Palpate key file`);
  }
  return parsed as KeyFile;
}

/** Written whole or not at all: a temporary name, fsync, rename, fsync of the folder. */
export function writeKeyFile(dataDir: string, file: KeyFile): void {
  const path = keyFilePath(dataDir);
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(file, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
  fsyncDir(dataDir);
}

/**
 * A key file that no longer belongs to the database (encryption was turned off, or turning it on
 * was interrupted) is renamed, never deleted: a stray encrypted copy may still need it.
 */
export function retireKeyFile(dataDir: string, now: Date): string | null {
  const path = keyFilePath(dataDir);
  if (!existsSync(path)) return null;
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  let target = join(dataDir, `palpate-key.retired-${stamp}.json`);
  for (let n = 2; existsSync(target); n++) target = join(dataDir, `palpate-key.retired-${stamp}-${n}.json`);
  renameSync(path, target);
  fsyncDir(dataDir);
  return target;
}

/**
 * Puts back the newest retired key file holding the key `keyId` (turning encryption off failed
 * after opening the plain copy had retired it, and the encrypted database is back). True when done.
 */
export function unretireKeyFile(dataDir: string, keyId: string): boolean {
  if (existsSync(keyFilePath(dataDir))) return true;
  const retired = readdirSync(dataDir)
    .filter((name) => /^palpate-key\.retired-.*\.json$/.test(name))
    .sort()
    .reverse();
  for (const name of retired) {
    try {
      const file = JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as Partial<KeyFile>;
      if (file.keyId !== keyId) continue;
    } catch {
      continue;
    }
    renameSync(join(dataDir, name), keyFilePath(dataDir));
    fsyncDir(dataDir);
    return true;
  }
  return false;
}
