import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Kysely } from 'kysely';
import type { Role } from '../../shared/schemas/auth';
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
  /** Who is at the keyboard (auth.ts): set at start-up, changed by signing in, locking, handing off. */
  auth: AuthSession;
}

/** The person at the keyboard. Lives in memory: a restart signs everyone out (when sign-in is on). */
export interface AuthSession {
  userId: string | null;
  role: Role | null;
  practitionerId: string | null;
  name: string;
  locked: boolean;
  handOffClientId: string | null;
  emergency: boolean;
  /** Last call that needed a signed-in user (ms): the core locks itself after lockMinutes without one. */
  lastActivity: number;
}



export const nowIso = (ctx: CoreContext) => ctx.clock.now().toISOString();
