// Long whole-file SQLite work on a worker thread, on its own read-only connection, so the app keeps
// answering: the start-up quick_check (startup-check.ts) and an encrypted clinic's backup, which is
// one VACUUM INTO (backup.ts). An encrypted file is keyed with the same pragmas as every connection.
import { Worker } from 'node:worker_threads';
import { keyPragmas } from './encryption-db';

/** The same driver the core opens the database with (db.ts), loaded again inside the worker. */
const SQLITE_MODULE = 'better-sqlite3-multiple-ciphers';

// Plain JavaScript, run as the worker's program: open read-only, do the one job, close, answer.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
let answer;
try {
  const Database = require(workerData.module);
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  try {
    if (workerData.keyPragmas) for (const pragma of workerData.keyPragmas) db.pragma(pragma);
    if (workerData.job === 'quick_check') {
      answer = { lines: db.pragma('quick_check(10)', { simple: false }).map((row) => String(Object.values(row)[0] ?? '')) };
    } else {
      // A read-only connection may VACUUM INTO: the copy is one consistent snapshot of the file.
      db.prepare('VACUUM INTO ?').run(workerData.target);
      answer = { lines: [] };
    }
  } finally {
    db.close();
  }
} catch (error) {
  answer = { error: { message: error instanceof Error ? error.message : String(error), code: error && error.code } };
}
parentPort.postMessage(answer);
`;

export type WorkerJob = { job: 'quick_check' } | { job: 'vacuum_into'; target: string };
export type WorkerAnswer = { lines: string[] } | { error: { message: string; code?: unknown } };

/** Runs one job on `file` in a worker; rejects only when the worker itself fails (SQLite's errors are answers). */
export function runSqliteWorker(file: string, job: WorkerJob, options: { nativeBinding?: string | undefined; key?: Buffer | null | undefined }): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: {
        ...job,
        file,
        module: require.resolve(SQLITE_MODULE),
        nativeBinding: options.nativeBinding,
        keyPragmas: options.key ? keyPragmas(options.key) : null,
      },
    });
    worker.once('message', (answer: WorkerAnswer) => {
      settled = true;
      resolve(answer);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the worker stopped early (exit code ${code})`));
    });
  });
}
