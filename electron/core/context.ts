import type { Database } from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Clock } from './clock';
import type { DB } from './schema';

/** What every feature module needs: the connection, a query builder, the clock and an id source. */
export interface CoreContext {
  sqlite: Database;
  qb: Kysely<DB>;
  clock: Clock;
  newId: () => string;
  dataDir: string;
  version: string;
  /** better-sqlite3's native module when not the default (Electron's ABI): for the extra connections backups open. */
  nativeBinding?: string | undefined;
}

export const nowIso = (ctx: CoreContext) => ctx.clock.now().toISOString();
