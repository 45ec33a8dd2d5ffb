// Backup settings live in a small JSON file beside the database, not in it: where backups go is a
// fact about this computer, and restoring an older backup must not roll it back (or forget the
// USB drive the owner chose after that backup was made).
import { accessSync, constants, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { BackupSettings, BackupSettingsInput } from '../../shared/schemas/backup';
import { fsyncDir, fsyncFile } from './backup-files';
import { DEFAULT_ROTATION } from './backup-rotation';
import type { CoreContext } from './context';
import { AppError } from './errors';

export const SETTINGS_FILE = 'backup-settings.json';

export interface StoredBackupSettings extends BackupSettings {
  /** The owner was told the second folder is missing; not again until it has worked once more. */
  missingNoticeGiven: boolean;
}

const DEFAULTS: StoredBackupSettings = { secondFolder: null, ...DEFAULT_ROTATION, missingNoticeGiven: false };

const wholeIn = (v: unknown, min: number, max: number, fallback: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fallback;

/** The saved settings, or the defaults for anything missing or unreadable. */
export function readBackupSettings(dataDir: string): StoredBackupSettings {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dataDir, SETTINGS_FILE), 'utf8'));
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // No file yet (or a damaged one): the defaults, until the owner saves.
  }
  return {
    secondFolder: typeof raw.secondFolder === 'string' && raw.secondFolder !== '' ? raw.secondFolder : null,
    keepToday: wholeIn(raw.keepToday, 1, 50, DEFAULTS.keepToday),
    keepDays: wholeIn(raw.keepDays, 0, 366, DEFAULTS.keepDays),
    keepMonths: wholeIn(raw.keepMonths, 0, 120, DEFAULTS.keepMonths),
    missingNoticeGiven: raw.missingNoticeGiven === true,
  };
}

/** Written to a temporary file, synced, then renamed over the old one: never half-written. */
export function writeBackupSettings(dataDir: string, settings: StoredBackupSettings): void {
  const file = join(dataDir, SETTINGS_FILE);
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(settings, null, 2)}\n`);
  fsyncFile(tmp);
  renameSync(tmp, file);
  fsyncDir(dataDir);
}

export const publicSettings = ({ secondFolder, keepToday, keepDays, keepMonths }: StoredBackupSettings): BackupSettings => ({
  secondFolder,
  keepToday,
  keepDays,
  keepMonths,
});

export function getBackupSettings(ctx: CoreContext): BackupSettings {
  return publicSettings(readBackupSettings(ctx.dataDir));
}

function refuseFolder(message: string): never {
  throw new AppError('invalid_input', message, { secondFolder: message });
}

function checkSecondFolder(ctx: CoreContext, folder: string): string {
  const path = resolve(folder);
  if (!existsSync(path) || !statSync(path).isDirectory()) refuseFolder('That folder was not found. Plug in the drive or choose another folder.');
  try {
    accessSync(path, constants.W_OK);
  } catch {
    refuseFolder('Palpate cannot write to that folder. Choose one you can save files in.');
  }
  const inside = relative(resolve(ctx.dataDir), path);
  if (inside === '' || (!inside.startsWith('..') && !inside.includes(':'))) {
    refuseFolder('Choose a folder outside Palpate’s data folder: a second copy is only useful somewhere else, ideally another drive.');
  }
  return path;
}

export function saveBackupSettings(ctx: CoreContext, input: BackupSettingsInput): BackupSettings {
  const current = readBackupSettings(ctx.dataDir);
  const next: StoredBackupSettings = { ...current };
  if (input.secondFolder === null) next.secondFolder = null;
  else if (input.secondFolder !== undefined) next.secondFolder = checkSecondFolder(ctx, input.secondFolder);
  if (next.secondFolder !== current.secondFolder) next.missingNoticeGiven = false;
  if (input.keepToday !== undefined) next.keepToday = input.keepToday;
  if (input.keepDays !== undefined) next.keepDays = input.keepDays;
  if (input.keepMonths !== undefined) next.keepMonths = input.keepMonths;
  writeBackupSettings(ctx.dataDir, next);
  return publicSettings(next);
}
