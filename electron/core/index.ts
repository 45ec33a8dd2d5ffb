// Start the core: open the clinic database in a data folder and build the API over it.
import type { Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers, ShellHandlers } from '../../shared/contract';
import type { Envelope } from '../../shared/result';
import { createApi } from './api';
import { systemClock, createIdFactory, type Clock } from './clock';
import type { CoreContext } from './context';
import { openDatabase, type OpenOptions } from './db';
import { dispatch, dispatchWithShell, type Logger } from './dispatch';
import { createQueryBuilder } from './sql';

export const DATABASE_FILE = 'palpate.db';

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
  /** Validate and run one call: the only entry point for untrusted input. */
  invoke(method: unknown, input: unknown): Envelope<unknown>;
  /** The same entry point with the host's shell handlers (printing) added. */
  withShell(shell: ShellHandlers): (method: unknown, input: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>;
  close(): void;
}

export async function openCore(options: CoreOptions): Promise<Core> {
  mkdirSync(options.dataDir, { recursive: true });
  const sqlite = await openDatabase(join(options.dataDir, DATABASE_FILE), options);
  const clock = options.clock ?? systemClock;
  const ctx: CoreContext = {
    sqlite,
    qb: createQueryBuilder(),
    clock,
    newId: createIdFactory(clock),
    dataDir: options.dataDir,
    version: options.version ?? '0.0.0',
  };
  const api = createApi(ctx);
  return {
    ctx,
    api,
    sqlite,
    invoke: (method, input) => dispatch(api, method, input, options.log),
    withShell: (shell) => (method, input) => dispatchWithShell(api, shell, method, input, options.log),
    close: () => sqlite.close(),
  };
}
