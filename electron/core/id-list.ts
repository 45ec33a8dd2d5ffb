// A list of ids as a table to join from: one statement (and one cached prepared statement) for any
// number of ids, where `IN (?, ?, …)` makes a new statement for every length.
import { sql } from 'kysely';

/**
 * `json_each(?)` aliased `wanted` (its `value` column is each id), for a compiled query (compiled.ts):
 * the ids arrive as one JSON text argument, made by `idsJson`. Join it first with CROSS JOIN, which
 * SQLite never reorders, so each id is looked up through the other table's index whatever the
 * statistics say.
 */
export function idListJson(json: string) {
  return sql<{ value: string }>`json_each(${json})`.as('wanted');
}

/** The JSON text idListJson expects. */
export const idsJson = (ids: Iterable<string>) => JSON.stringify([...new Set(ids)]);
