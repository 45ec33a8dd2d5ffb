// Backups and restore: what the renderer may ask for, and what it gets back.
import { z } from 'zod';

/** Why a backup was made; it ends the file name ("palpate-20261127-140500-manual.db"). */
export const BACKUP_REASONS = ['manual', 'auto', 'quit', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * A backup's file name: palpate-YYYYMMDD-HHMMSS-<reason>[-N].db, the time in UTC. Calls name a
 * backup by file name only, never by path, so no input can point the core at another file.
 */
export const BACKUP_FILE_PATTERN = /^palpate-(\d{8})-(\d{6})-([a-z]+(?:-[a-z]+)*?)(?:-(\d{1,3}))?\.db$/;

export const BackupFileName = z
  .string({ error: 'Choose a backup' })
  .max(80, 'That is not a Palpate backup')
  .regex(BACKUP_FILE_PATTERN, 'That is not a Palpate backup');

/** An absolute folder path on Linux/macOS (/…), Windows (C:\…) or a share (\\server\share). */
export const absoluteFolder = z
  .string({ error: 'Choose a folder' })
  .trim()
  .min(1, 'Choose a folder')
  .max(1000, 'That folder path is too long')
  .refine((v) => !v.includes('\0'), 'That is not a folder path')
  .refine((v) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(v), 'Choose a folder by its full path');

export const BackupCreateInput = z.object({ reason: z.enum(['manual'], { error: 'Unknown backup reason' }).default('manual') }).strict();
export const BackupAutoInput = z
  .object({ trigger: z.enum(['timer', 'quit'], { error: 'Say what started the backup: timer or quit' }).default('timer') })
  .strict();
export const BackupVerifyInput = z.object({ file: BackupFileName.optional() }).strict();
export const BackupRestoreInput = z.object({ file: BackupFileName }).strict();

const keep = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be at least ${min}`)
    .max(max, `${label} must be ${max} or fewer`);

export const backupRotationFields = {
  keepToday: keep('Backups kept from today', 1, 50),
  keepDays: keep('Days with a daily backup', 0, 366),
  keepMonths: keep('Months with a monthly backup', 0, 120),
};

/** Only what is given changes; `secondFolder: null` removes the second destination. */
export const BackupSettingsInput = z
  .object({
    secondFolder: absoluteFolder.nullable().optional(),
    keepToday: backupRotationFields.keepToday.optional(),
    keepDays: backupRotationFields.keepDays.optional(),
    keepMonths: backupRotationFields.keepMonths.optional(),
  })
  .strict();
export type BackupSettingsInput = z.output<typeof BackupSettingsInput>;

/** The rotation form in Settings (all three numbers at once). */
export const BackupRotationForm = z.object(backupRotationFields).strict();
export type BackupRotationForm = z.output<typeof BackupRotationForm>;

export interface BackupSettings {
  /** A second folder (USB drive, NAS) that gets a copy of every backup; null when none. */
  secondFolder: string | null;
  keepToday: number;
  keepDays: number;
  keepMonths: number;
}

/** Rows in the tables a person recognises, as counted in a backup or the live database. */
export interface BackupCounts {
  clients: number;
  intakes: number;
  referrals: number;
  sessions: number;
  findings: number;
  appointments: number;
  invoices: number;
  payments: number;
  auditEntries: number;
}

export interface BackupInfo {
  file: string;
  /** When it was made (UTC ISO), read from the file name. */
  at: string;
  reason: string;
  sizeBytes: number;
  /** Null when the file could not be read (it is listed so nothing disappears silently). */
  counts: BackupCounts | null;
}

export interface SecondCopy {
  status: 'not-set' | 'copied' | 'missing' | 'failed';
  folder: string | null;
  message: string | null;
  /** True the first time the folder is found missing (or failing): say it once, not every time. */
  notify: boolean;
}

export interface BackupResult {
  backup: BackupInfo;
  secondCopy: SecondCopy;
  /** Older backups removed by the rotation (only files Palpate named, never the newest). */
  rotatedOut: string[];
}

export interface BackupAutoResult {
  created: BackupResult | null;
  /** Why nothing was made: 'unchanged' (nothing changed since the last backup) or 'not-set-up'. */
  skipped: 'unchanged' | 'not-set-up' | null;
}

export interface BackupVerifyReport {
  file: string | null;
  at: string | null;
  sound: boolean;
  counts: BackupCounts | null;
  /** Plain words: "The backup of 27 Nov 2026 14:05 is sound: 5,012 clients, 60,110 sessions, …". */
  message: string;
}

export interface BackupOverview {
  folder: string;
  /** Newest first. */
  backups: BackupInfo[];
  settings: BackupSettings;
  /** The second folder cannot be reached right now (unplugged drive, unmounted share). */
  secondFolderMissing: boolean;
  /** Set when the most recent attempt failed (an automatic one, say): what went wrong. */
  lastFailure: { at: string; message: string } | null;
  /** Something changed since the last backup this session. */
  changedSinceLastBackup: boolean;
  /** The latest restore in the last 24 hours, with the backup that undoes it. */
  lastRestore: { at: string; file: string; backupAt: string | null; undoFile: string; undoAvailable: boolean } | null;
}

export interface RestoreResult {
  restored: BackupInfo;
  /**
   * The backup of the database as it was just before: restoring it undoes this restore. Null when
   * that database was damaged: it cannot be backed up, and was moved aside (movedAsideTo) instead.
   */
  undoFile: string | null;
  /** Where the replaced database files were moved (never deleted). */
  movedAsideTo: string | null;
  message: string;
}

export type ChosenFolder = { cancelled: true } | { cancelled: false; path: string };
