import type { AppErrorShape, ErrorCode } from '../../shared/result';

/** An error the user is meant to read. Anything else thrown by a handler is reported as `internal`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found. It may have been removed; reload and try again.`);

/** The database file was written by a newer Palpate: refuse it rather than touch it. */
export class DatabaseFromNewerVersionError extends Error {
  constructor(
    readonly file: string,
    readonly unknownMigrations: string[],
  ) {
    super(
      `This clinic database (${file}) was written by a newer version of Palpate. ` +
        `Install the newer Palpate to open it. Nothing in the file was changed.`,
    );
    this.name = 'DatabaseFromNewerVersionError';
  }
}

/** Why an encrypted database is waiting: what the unlock screen should ask for. */
export type KeyRequiredReason = 'passphrase' | 'keychain-unavailable' | 'keychain-refused' | 'key-file-missing' | 'key-file-unreadable';

const KEY_REQUIRED_MESSAGES: Record<KeyRequiredReason, (dataDir: string) => string> = {
  passphrase: () => 'This clinic’s database is encrypted. Enter its passphrase, or the printed recovery key, to open it.',
  'keychain-unavailable': () =>
    'This clinic’s database is encrypted, and its key is kept in a computer keychain that is not available here. Enter the printed recovery key to open it.',
  'keychain-refused': () =>
    'The computer’s keychain would not hand Palpate the database key (was the data folder copied from another computer or user account?). Enter the printed recovery key to open it.',
  'key-file-missing': (dir) =>
    `This clinic’s database is encrypted, but its key file (palpate-key.json) is missing from ${dir}. Put the key file back beside palpate.db and start Palpate again. Nothing was changed.`,
  'key-file-unreadable': (dir) =>
    `This clinic’s database is encrypted, but its key file (palpate-key.json in ${dir}) cannot be read. Put back a good copy of it and start Palpate again. Nothing was changed.`,
};

/** The database is encrypted and nothing given so far opens it: ask for the passphrase or the recovery key. */
export class EncryptionKeyRequiredError extends Error {
  constructor(
    readonly dataDir: string,
    readonly reason: KeyRequiredReason,
    readonly protection: 'os-keychain' | 'passphrase' | null,
  ) {
    super(KEY_REQUIRED_MESSAGES[reason](dataDir));
    this.name = 'EncryptionKeyRequiredError';
  }

  /** Whether typing something can help (not when the key file itself is gone). */
  get canUnlock(): boolean {
    return this.reason !== 'key-file-missing' && this.reason !== 'key-file-unreadable';
  }
}

/** A passphrase or recovery key that does not open the key file. Nothing was read or written. */
export class WrongKeyError extends Error {
  constructor(readonly secret: 'passphrase' | 'recovery-key') {
    super(
      secret === 'passphrase'
        ? "That passphrase does not open this clinic's database. Nothing was changed."
        : "That recovery key does not open this clinic's database. Nothing was changed.",
    );
    this.name = 'WrongKeyError';
  }
}
