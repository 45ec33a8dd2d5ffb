// What a host (Electron's main, the browser harness) holds: the live core, and the one operation
// that replaces it. Restoring swaps the database file, which needs the connection closed and
// opened again; meanwhile every other call is answered "busy" so nothing is written to a file
// that is about to be replaced. Both hosts use this, so the order of steps is written once:
// check the chosen backup → back up the current data ('before-restore', the undo) → close →
// switch the files → reopen (migrations run if the backup is older) → record the restore.
// A database the start-up check found damaged is not backed up (it cannot be): it is moved aside
// to replaced/ like any replaced database, and that is said in the answer.
import { join } from 'node:path';
import type { ShellHandlers } from '../../shared/contract';
import type { Envelope } from '../../shared/result';
import type { RestoreResult } from '../../shared/schemas/backup';
import type { EncryptionChange, SetEncryptionInput } from '../../shared/schemas/encryption';
import { appendAudit } from './audit';
import { createBackup, describeCounts, formatBackupTime } from './backup';
import { backupFilesIn, backupsDir, describeBackup } from './backup-files';
import { completeRestore, discardPreparedRestore, prepareRestore, restoreFile } from './backup-restore';
import { getClinic } from './clinic';
import { switchEncryption } from './encryption-switch';
import { AppError, notFound } from './errors';
import type { Core } from './index';

/** The host's own shell methods (printing, the folder dialog); restoring is provided here. A method left out answers 'unavailable'. */
export type HostShell = Partial<Omit<ShellHandlers, 'backups/restore' | 'security/setEncryption'>>;

export interface CoreHost {
  /** The live core (a different object after a restore). */
  readonly core: Core;
  /** Always the live core's API (the print shells render through it). */
  readonly api: Core['api'];
  /** The entry point for untrusted calls, with the shell's methods. */
  invoke(method: unknown, input: unknown): Envelope<unknown> | Promise<Envelope<unknown>>;
  restore(file: string): Promise<RestoreResult>;
  close(): void;
}

export interface CoreHostOptions {
  core: Core;
  /** Opens the core again on the same data folder (after the files were switched). */
  reopen: () => Promise<Core>;
  shell: (host: CoreHost) => HostShell;
}

const BUSY: Envelope<never> = { ok: false, error: { code: 'unavailable', message: 'Palpate is restoring a backup. Try again in a moment.' } };
const BUSY_ENCRYPTING: Envelope<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'Palpate is changing the database’s encryption. Try again in a moment.' },
};

export function createCoreHost({ core, reopen, shell }: CoreHostOptions): CoreHost {
  let current = core;
  let restoring = false;
  // Turning encryption on or off also replaces the file (encryption-switch.ts), so it is as busy.
  let encrypting = false;

  async function setEncryption(input: SetEncryptionInput): Promise<EncryptionChange> {
    if (restoring || encrypting) throw new AppError('conflict', 'Palpate is already restoring a backup or changing encryption.');
    encrypting = true;
    try {
      return await switchEncryption({ current: () => current, replace: (next) => (current = next), reopen }, input);
    } finally {
      encrypting = false;
    }
  }

  async function restore(file: string): Promise<RestoreResult> {
    if (restoring || encrypting) throw new AppError('conflict', 'A restore is already running.');
    restoring = true;
    try {
      const { ctx } = current;
      const { dataDir, nativeBinding } = ctx;
      const folder = backupsDir(dataDir);
      const entry = backupFilesIn(folder).find((b) => b.name === file);
      if (!entry) throw notFound('That backup');
      const restored = describeBackup(folder, entry, nativeBinding);
      const damaged = current.health().state === 'damaged';
      const when = formatBackupTime(entry.at, damaged ? undefined : getClinic(ctx)?.timeZone);
      // Checked and staged first: a damaged backup stops here, before anything changes.
      prepareRestore({ dataDir, backupPath: join(folder, file), nativeBinding });
      let undo: Awaited<ReturnType<typeof createBackup>> | null = null;
      try {
        if (!damaged) undo = await createBackup(ctx, { reason: 'before-restore' });
      } catch (error) {
        discardPreparedRestore(dataDir);
        throw error;
      }
      current.close();
      try {
        const { movedAsideTo } = completeRestore({ dataDir, now: ctx.clock.now() });
        current = await reopen();
        const detail = undo ? { file, undoFile: undo.backup.file } : { file, reason: 'damaged database' };
        appendAudit(current.ctx, { action: 'restore', entity: 'database', detail });
        const counts = restored.counts ? `: ${describeCounts(restored.counts)}` : '';
        const before = undo
          ? `Your data as it was just before is kept as the backup ${undo.backup.file}: restore it to undo this.`
          : `The damaged database was kept, unchanged, in ${movedAsideTo ?? 'the “replaced” folder'}.`;
        return { restored, undoFile: undo?.backup.file ?? null, movedAsideTo, message: `Restored the backup of ${when}${counts}. ${before}` };
      } catch (error) {
        // The backup would not open here (or the switch failed): put back the data as it was a
        // moment ago, from the backup just made, and carry on with that.
        if (current.sqlite.open) current.close();
        const reason = error instanceof Error ? error.message : String(error);
        // (The damaged database has nothing to go back to: it stays in replaced/, untouched.)
        if (!undo) throw new AppError('internal', `That backup could not be opened (${reason}). The damaged database is kept in the “replaced” folder. Choose another backup.`);
        restoreFile({ dataDir, backupPath: undo.path, now: ctx.clock.now(), nativeBinding });
        current = await reopen();
        throw new AppError('internal', `That backup could not be opened (${reason}), so your data was put back as it was. Nothing was lost.`);
      }
    } finally {
      restoring = false;
    }
  }

  const host: CoreHost = {
    get core() {
      return current;
    },
    get api() {
      return current.api;
    },
    invoke: (method, input) => (restoring ? BUSY : encrypting ? BUSY_ENCRYPTING : current.withShell(handlers)(method, input)),
    restore,
    close: () => current.close(),
  };
  const handlers: Partial<ShellHandlers> = {
    ...shell(host),
    'backups/restore': ({ file }) => restore(file),
    'security/setEncryption': (input) => setEncryption(input),
  };
  return host;
}
