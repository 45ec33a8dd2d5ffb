// Encryption at rest: turning it on or off, the passphrase, the recovery key, and unlocking the
// database at start-up. The same schemas check the Settings card's form and the call in main.
import { z } from 'zod';

/** How the database key is kept on this computer (always also sealed by the printed recovery key). */
export const KEY_PROTECTIONS = ['os-keychain', 'passphrase'] as const;
export type KeyProtection = (typeof KEY_PROTECTIONS)[number];

export const PASSPHRASE_MIN = 10;

/**
 * A new passphrase. Long rather than complicated: four ordinary words beat "P@ss1". It is never
 * trimmed or changed, so what the owner types at start-up must match exactly.
 */
export const NewPassphrase = z
  .string({ error: 'Choose a passphrase' })
  .min(PASSPHRASE_MIN, `Use at least ${PASSPHRASE_MIN} characters (a few words are easier to remember than symbols)`)
  .max(256, 'Use 256 characters or fewer')
  .refine((v) => v.trim().length === v.length, 'No spaces at the start or end')
  .refine((v) => !/^(.)\1+$/.test(v), 'Use something other than one character repeated');

/** What is typed at the unlock screen: never checked for shape, only tried against the key file. */
const typedPassphrase = z.string({ error: 'Enter the passphrase' }).min(1, 'Enter the passphrase').max(256, 'That passphrase is too long');

/**
 * A recovery key as printed: 40 letters and digits in groups of four. Case, spaces and dashes do
 * not matter, and the letters people misread (O, I, L) count as the digits they look like.
 */
export const RecoveryKeyText = z
  .string({ error: 'Enter the recovery key' })
  .max(120, 'That is not a recovery key')
  .transform((v) => normalizeRecoveryKey(v))
  .refine((v) => v.length === RECOVERY_KEY_LENGTH && /^[0-9A-HJKMNP-TV-Z]+$/.test(v), 'A recovery key has 40 letters and digits, in groups of four');

export const RECOVERY_KEY_LENGTH = 40;

export function normalizeRecoveryKey(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** "ABCD-EFGH-…": how a recovery key is shown and printed. */
export function formatRecoveryKey(normalized: string): string {
  return normalized.match(/.{1,4}/g)?.join('-') ?? normalized;
}

/** Turn encryption on (with a passphrase when this computer has no keychain Palpate can use) or off. */
export const SetEncryptionInput = z
  .object({
    enabled: z.boolean({ error: 'Say whether encryption should be on or off' }),
    /** Only when turning it on: protect the key with this passphrase instead of the computer's keychain. */
    passphrase: NewPassphrase.optional(),
  })
  .strict();
export type SetEncryptionInput = z.output<typeof SetEncryptionInput>;

export const ChangePassphraseInput = z.object({ passphrase: NewPassphrase }).strict();
export type ChangePassphraseInput = z.output<typeof ChangePassphraseInput>;

/** The start-up unlock: the passphrase, or the printed recovery key (exactly one). */
export const UnlockDatabaseInput = z
  .object({ passphrase: typedPassphrase.optional(), recoveryKey: RecoveryKeyText.optional() })
  .strict()
  .refine((v) => (v.passphrase === undefined) !== (v.recoveryKey === undefined), { message: 'Enter the passphrase or the recovery key', path: ['passphrase'] });
export type UnlockDatabaseInput = z.output<typeof UnlockDatabaseInput>;

/** The Settings form: the passphrase twice, so a typo cannot lock the clinic out. */
export const PassphraseForm = z
  .object({ passphrase: NewPassphrase, confirm: z.string({ error: 'Type the passphrase again' }) })
  .strict()
  .refine((v) => v.passphrase === v.confirm, { message: 'The two passphrases are not the same', path: ['confirm'] });
export type PassphraseFormValues = z.input<typeof PassphraseForm>;

export interface EncryptionStatus {
  enabled: boolean;
  /** How the key is kept on this computer; null when encryption is off. */
  protection: KeyProtection | null;
  /** Whether this computer offers a keychain Palpate can keep the key in (Electron's safeStorage). */
  keychainAvailable: boolean;
  /** The file format, for the curious and for support: "SQLCipher 4: AES-256 with HMAC-SHA512". */
  cipher: string | null;
  /** When encryption was turned on, and when the passphrase or recovery key last changed. */
  since: string | null;
  changedAt: string | null;
  /** Backups in Palpate's backups folder, and how many are not in the database's current form. */
  backups: { total: number; mismatched: number };
  /** Databases set aside by restores (replaced/), which stay as they were. */
  setAside: { total: number; plain: number };
  /** The demo clinic is never encrypted. */
  demo: boolean;
}

export interface EncryptionChange {
  status: EncryptionStatus;
  /** Shown once, for printing: the only way in if the passphrase is forgotten or the keychain is lost. */
  recoveryKey: string | null;
  message: string;
}

/** Whether the database is waiting to be unlocked, answered to anyone before any data. */
export interface DatabaseLock {
  locked: boolean;
  protection: KeyProtection | null;
  /** Why it is locked, in words for the unlock screen (a missing key file, the keychain refusing). */
  message: string | null;
  /** False when nothing typed can help (the key file is missing): the screen says what to do instead. */
  canUnlock: boolean;
  /** After unlocking with the recovery key: a reminder to set a new passphrase. */
  notice: string | null;
}
