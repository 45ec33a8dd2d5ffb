// Start the core: open the clinic database in a data folder and build the API over it.
import type { Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers, ShellHandlers } from '../../shared/contract';
import type { Envelope } from '../../shared/result';
import { createApi } from './api';
import { auditShell, withAudit } from './audit';
import { markBackupBaseline } from './backup';
import { refuseNetworkFolder } from './backup-location';
import { checkDatabaseFile, DATABASE_FILE, recoverInterruptedRestore } from './backup-restore';
import { systemClock, createIdFactory, type Clock } from './clock';
import type { CoreContext } from './context';
import { openDatabase, type OpenOptions } from './db';
import { dispatch, dispatchWithShell, type Logger } from './dispatch';
import { createQueryBuilder } from './sql';

export { DATABASE_FILE };

export interface CoreOptions extends OpenOptions {
  dataDir: string;
  version?: string;
  clock?: Clock;
  log?: Logger;
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
  close(): void;
}

/**
 * Before the database is opened: a data folder on a network share is refused
 * (DataFolderOnNetworkError), a restore interrupted by a crash is finished or dropped, and the file
 * must pass PRAGMA quick_check (else DatabaseDamagedError, naming the newest good backup) — a
 * damaged file is never migrated or written.
 */
export async function openCore(options: CoreOptions): Promise<Core> {
  mkdirSync(options.dataDir, { recursive: true });
  const clock = options.clock ?? systemClock;
  refuseNetworkFolder(options.dataDir);
  recoverInterruptedRestore(options.dataDir, clock.now());
  checkDatabaseFile(options.dataDir, options.nativeBinding);
  const sqlite = await openDatabase(join(options.dataDir, DATABASE_FILE), options);
  const ctx: CoreContext = {
    sqlite,
    qb: createQueryBuilder(),
    clock,
    newId: createIdFactory(clock),
    dataDir: options.dataDir,
    version: options.version ?? '0.0.0',
    nativeBinding: options.nativeBinding,
  };
  // Every recorded call (a change, a view of a chart record) writes its audit entry in the same transaction.
  const api = withAudit(ctx, createApi(ctx));
  markBackupBaseline(ctx);
  return {
    ctx,
    api,
    sqlite,
    invoke: (method, input) => dispatch(api, method, input, options.log),
    call: async (method, input) => dispatchWithShell(api, {}, method, input, options.log),
    withShell: (shell) => {
      const audited = auditShell(ctx, shell);
      return (method, input) => dispatchWithShell(api, audited, method, input, options.log);
    },
    close: () => sqlite.close(),
  };
}
