// "Core overhead": the same SQL a core call runs, timed as raw prepared better-sqlite3 statements.
// The statements are recorded while the call runs (text and bound values), the way
// test/integration/query-plan.test.ts records them, then prepared once and replayed.
import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';

export interface Ran {
  sql: string;
  params: unknown[];
}

/** Runs `call` while recording every statement the connection runs. */
export function recordStatements(db: Database, call: () => void): Ran[] {
  const ran: Ran[] = [];
  // The core caches prepared statements per connection, so record at run time, not prepare time.
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Statement;
  const methods = ['all', 'get', 'run', 'iterate'] as const;
  const originals = methods.map((m) => proto[m]);
  methods.forEach((m, i) => {
    (proto as unknown as Record<string, unknown>)[m] = function (this: Statement, ...params: unknown[]) {
      if (this.database === db) ran.push({ sql: this.source, params });
      return (originals[i] as (...a: unknown[]) => unknown).apply(this, params);
    };
  });
  try {
    call();
  } finally {
    methods.forEach((m, i) => ((proto as unknown as Record<string, unknown>)[m] = originals[i]));
  }
  return ran;
}

export interface Replay {
  /** Runs the recorded reads again as prepared statements. */
  run(): void;
  reads: number;
  /** Writes the call made (audit entries, …): not replayed, they would change the data. */
  writes: number;
}

/** Prepares the recorded reads once; `run` executes them with the same values, as a raw caller would. */
export function prepareReplay(db: Database, ran: readonly Ran[]): Replay {
  const reads = ran.filter((r) => /^\s*(select|with)\b/i.test(r.sql));
  const prepared = reads.map((r) => ({ stmt: db.prepare(r.sql), params: r.params }));
  return {
    run: () => {
      for (const { stmt, params } of prepared) stmt.all(...params);
    },
    reads: reads.length,
    writes: ran.length - reads.length,
  };
}
