// Kysely builds and types the SQL; better-sqlite3 runs it synchronously through cached prepared
/* eslint-disable @typescript-eslint/no-explicit-any -- kysely types compiled queries as Compilable<any> */
// statements. Handlers therefore stay synchronous, so a transaction never spans an `await`.
import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
  type InferResult,
} from 'kysely';
import type { DB } from './schema';

/** A Kysely that only compiles queries; it never touches a connection. */
export function createQueryBuilder(): Kysely<DB> {
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });
}

const caches = new WeakMap<Database, Map<string, Statement>>();

function prepare(sqlite: Database, text: string): Statement {
  let cache = caches.get(sqlite);
  if (!cache) caches.set(sqlite, (cache = new Map()));
  let stmt = cache.get(text);
  if (!stmt) cache.set(text, (stmt = sqlite.prepare(text)));
  return stmt;
}

type Row<Q extends Compilable<any>> = InferResult<Q> extends (infer R)[] ? R : never;

export function all<Q extends Compilable<any>>(sqlite: Database, query: Q): Row<Q>[] {
  const { sql, parameters } = query.compile();
  return prepare(sqlite, sql).all(...(parameters as unknown[])) as Row<Q>[];
}

export function first<Q extends Compilable<any>>(sqlite: Database, query: Q): Row<Q> | undefined {
  const { sql, parameters } = query.compile();
  return prepare(sqlite, sql).get(...(parameters as unknown[])) as Row<Q> | undefined;
}

/** Runs a write; returns how many rows it changed. */
export function run(sqlite: Database, query: Compilable<unknown>): number {
  const { sql, parameters } = query.compile();
  return prepare(sqlite, sql).run(...(parameters as unknown[])).changes;
}
