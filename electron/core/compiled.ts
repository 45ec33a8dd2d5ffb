// Hot queries compiled once. Building and compiling a kysely query costs 5–15 µs, about what
// SQLite needs to answer a small one, so on the paths a person waits on (the chart header, the
// calendar, search) it doubled the time of the SQL itself (DESIGN.md: core overhead within 2× of a
// raw prepared statement). A compiled query is built once with placeholder values; each call then
// only binds the real values to the same prepared statement.
/* eslint-disable @typescript-eslint/no-explicit-any -- kysely types compiled queries as Compilable<any> */
import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { Compilable, InferResult, Kysely } from 'kysely';
import type { CoreContext } from './context';
import type { DB } from './schema';

type Row<Q extends Compilable<any>> = InferResult<Q> extends (infer R)[] ? R : never;

const PLACEHOLDER = '\u0000palpate-arg-';
type Slot = { arg: number } | { value: unknown };

export interface CompiledQuery<A extends readonly unknown[], R> {
  all(ctx: CoreContext, ...args: A): R[];
  first(ctx: CoreContext, ...args: A): R | undefined;
}

/**
 * `build` receives placeholders for its arguments and must use each only as a value (a `where`
 * operand, a `limit`): never to decide the query's shape, and never inside a larger value (a
 * placeholder turned into JSON or joined into text is refused when the query is first compiled).
 */
export function compiled<A extends readonly unknown[], Q extends Compilable<any>>(build: (qb: Kysely<DB>, ...args: A) => Q): CompiledQuery<A, Row<Q>> {
  let shape: { sql: string; slots: Slot[] } | null = null;
  const statements = new WeakMap<Database, Statement>();

  function statement(ctx: CoreContext, args: A): { stmt: Statement; params: unknown[] } {
    if (!shape) {
      const placeholders = args.map((_, i) => `${PLACEHOLDER}${i}`) as unknown as A;
      const { sql, parameters } = build(ctx.qb, ...placeholders).compile();
      const slots = parameters.map((p): Slot => {
        if (typeof p === 'string' && p.startsWith(PLACEHOLDER)) return { arg: Number(p.slice(PLACEHOLDER.length)) };
        if (typeof p === 'string' && p.includes(PLACEHOLDER)) throw new Error(`compiled(): an argument was used inside a value in ${sql}`);
        return { value: p };
      });
      shape = { sql, slots };
    }
    let stmt = statements.get(ctx.sqlite);
    if (!stmt) statements.set(ctx.sqlite, (stmt = ctx.sqlite.prepare(shape.sql)));
    return { stmt, params: shape.slots.map((s) => ('arg' in s ? args[s.arg] : s.value)) };
  }

  return {
    all: (ctx, ...args) => {
      const { stmt, params } = statement(ctx, args);
      return stmt.all(...params) as Row<Q>[];
    },
    first: (ctx, ...args) => {
      const { stmt, params } = statement(ctx, args);
      return stmt.get(...params) as Row<Q> | undefined;
    },
  };
}
