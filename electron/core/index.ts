// Start the core: open the clinic database in a data folder and build the API over it.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrations } from '../../migrations';
import type { Handlers, ShellHandlers } from '../../shared/contract';
import type { Method } from '../../shared/methods';
import type { Envelope } from '../../shared/result';
import { createApi } from './api';
import { auditShell, withAudit } from './audit';
import { flushAuditAnchor } from './audit-anchor';
import { checkRole, signedOut, startAuthSession, withAccess, withAccessShell } from './auth';
import { markBackupBaseline } from './backup';
import { refuseNetworkFolder } from './backup-location';
import { checkDatabaseFile, DATABASE_FILE, databaseFileProblem, recoverInterruptedRestore } from './backup-restore';
import { systemClock, createIdFactory, type Clock } from './clock';
import type { CoreContext } from './context';
import { openDatabase, type OpenOptions } from './db';
import { registerConnection, unlockDatabase, type UnlockOptions } from './encryption';
import { recoverInterruptedSwitch } from './encryption-swap';
import { dispatch, dispatchWithShell, type Logger } from './dispatch';
import { createQueryBuilder } from './sql';
import { BACKGROUND_CHECK_DELAY_MS, checkInBackground, describeDamage, needsMigrating, refusedWhenDamaged, takeCleanShutdown, writeCleanShutdown, type DatabaseHealth } from './startup-check';

export { DATABASE_FILE };

export interface CoreOptions extends OpenOptions, UnlockOptions {
  dataDir: string;
  version?: string;
  clock?: Clock;
  log?: Logger;
  /**
   * After a clean shutdown the file's quick_check runs in the background this many ms after
   * opening (default BACKGROUND_CHECK_DELAY_MS: once the window is up); false leaves it to checkDatabase().
   */
  backgroundCheckDelayMs?: number | false;
}

export interface Core {
  ctx: CoreContext;
  api: Handlers;
  sqlite: Database;
  /** Validate and run one call: the only entry point for untrusted input. Backups and shell methods answer 'unavailable' here. */
  invoke(method: unknown, input: unknown): Envelope<unknown>;
  /** Every core method, backups included, answered as a promise (shell methods: 'unavailable'). */
  call(method: unknown, input: unknown): Promise<Envelope<unknown>>;
  /** The entry point hosts use: every core method plus the host's shell handlers (printing, restoring). */
  withShell(shell: Partial<ShellHandlers>): (method: unknown, input: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>;
  /** Whether the file passed quick_check, is being checked in the background, or is damaged. */
  health(): DatabaseHealth;
  /** The background check (started at most once; answers at once when the file was checked before opening). */
  checkDatabase(): Promise<DatabaseHealth>;
  /** Notes the audit trail's head and, when the file was left whole, a clean shutdown (startup-check.ts). */
  close(): void;
}

/**
 * Before the database is opened: a data folder on a network share is refused
 * (DataFolderOnNetworkError), a restore interrupted by a crash is finished or dropped, and, unless
 * Palpate closed cleanly last time, the file must pass PRAGMA quick_check (else
 * DatabaseDamagedError, naming the newest good backup) — a damaged file is never migrated or
 * written. After a clean shutdown the check runs right after opening, in a worker; if it fails,
 * app/status reports the damage and every other call is refused (startup-check.ts).
 */
export async function openCore(options: CoreOptions): Promise<Core> {
  mkdirSync(options.dataDir, { recursive: true });
  const clock = options.clock ?? systemClock;
  refuseNetworkFolder(options.dataDir);
  recoverInterruptedRestore(options.dataDir, clock.now());
  // Encryption at rest (encryption.ts): a swap interrupted by a crash is finished or dropped, then
  // the key is found (keychain, passphrase, recovery key) before anything reads the file; a
  // database that cannot be unlocked throws EncryptionKeyRequiredError or WrongKeyError.
  recoverInterruptedSwitch(options.dataDir);
  const key = await unlockDatabase(options.dataDir, options, clock.now());
  // The background check's worker is handed the key too, so an encrypted clinic also opens at once
  // after a clean close (the key was already proven: unlockDatabase opened the file with it).
  const cleanShutdown =
    takeCleanShutdown(options.dataDir) && !needsMigrating(options.dataDir, Object.keys(options.migrations ?? migrations), options.nativeBinding);
  if (!cleanShutdown) checkDatabaseFile(options.dataDir, options.nativeBinding);
  const sqlite = await openDatabase(join(options.dataDir, DATABASE_FILE), { ...options, key });
  registerConnection(sqlite, key, options.keyWrapper);
  const ctx: CoreContext = {
    sqlite,
    qb: createQueryBuilder(),
    clock,
    newId: createIdFactory(clock),
    dataDir: options.dataDir,
    version: options.version ?? '0.0.0',
    nativeBinding: options.nativeBinding,
    auth: signedOut(clock.now().getTime()),
  };
  startAuthSession(ctx);
  // Every recorded call (a change, a view of a chart record) writes its audit entry in the same transaction.
  // And before either, the gate: signed in, unlocked, and a role allowed to make the call (auth.ts).
  const api = withAccess(ctx, withAudit(ctx, createApi(ctx)));
  const gate = (method: Method) => checkRole(ctx, method);
  markBackupBaseline(ctx);
  // The audit trail's head, noted beside the database: written now when there is no note yet (a
  // new or restored database), and caught up when a crash left it behind (audit-anchor.ts).
  flushAuditAnchor(ctx);

  let health: DatabaseHealth = cleanShutdown ? { state: 'checking' } : { state: 'checked' };
  let checking: Promise<DatabaseHealth> | null = null;
  const checkDatabase = () =>
    (checking ??= !cleanShutdown
      ? Promise.resolve(health)
      : checkInBackground(ctx.dataDir, ctx.nativeBinding, () => databaseFileProblem(ctx.dataDir, ctx.nativeBinding), key ?? null).then(
          (result) => (health = result),
          (error: unknown) => {
            console.error('Palpate: the background database check failed', error);
            return health;
          },
        ));
  const delay = options.backgroundCheckDelayMs ?? BACKGROUND_CHECK_DELAY_MS;
  const startCheck = cleanShutdown && delay !== false ? setTimeout(() => void checkDatabase(), delay) : null;
  // A damaged file (found after opening) answers its status, with the damage, and little else.
  const status = api['app/status'];
  api['app/status'] = (input) => {
    if (health.state === 'checking') return { ...status(input), checkingDatabase: true };
    if (health.state !== 'damaged') return status(input);
    const damaged = describeDamage(ctx.dataDir, health);
    try {
      return { ...status(input), damaged };
    } catch {
      return { needsSetup: false, clinic: null, version: ctx.version, dataDir: ctx.dataDir, demo: false, damaged };
    }
  };
  return {
    ctx,
    api,
    sqlite,
    invoke: (method, input) => refusedWhenDamaged(health, method) ?? dispatch(api, method, input, options.log, gate),
    call: async (method, input) => refusedWhenDamaged(health, method) ?? dispatchWithShell(api, {}, method, input, options.log, gate),
    withShell: (shell) => {
      const audited = withAccessShell(ctx, auditShell(ctx, shell));
      return (method, input) => refusedWhenDamaged(health, method) ?? dispatchWithShell(api, audited, method, input, options.log, gate);
    },
    health: () => health,
    checkDatabase,
    close: () => {
      if (startCheck) clearTimeout(startCheck);
      if (!sqlite.open) return;
      try {
        flushAuditAnchor(ctx);
      } catch (error) {
        console.error('Palpate: could not update the audit trail note', error);
      }
      sqlite.close();
      // A damaged file gets no note: the next start checks it before opening, and offers a backup.
      if (health.state !== 'damaged') writeCleanShutdown(ctx.dataDir, clock.now());
    },
  };
}
