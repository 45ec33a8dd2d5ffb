// "Export all data": every table of the database as CSV (RFC 4180, formula-safe) and JSON, the
// scanned orders as files, and a manifest (app version, time, row counts, SHA-256 of each file),
// in a new folder "Palpate export <date time>" inside a folder the host chose. The tables are read
// on a second, read-only connection inside one read transaction, so the files show the database
// at one instant while the app keeps answering. The folder is written under a hidden .partial
// name, read back and checked, and only then given its name: a folder with an export's name is
// complete. The host records the export in the audit trail (audit-record.ts, auditShell). An
// encrypted database, which a second connection cannot open without the key, is read on the app's
// own connection in one transaction instead.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { createHash, type Hash } from 'node:crypto';
import { join } from 'node:path';
import { csvRows, toCsv, type CsvCell } from '../../shared/domain/csv';
import { safeFileName } from '../../shared/documents/format';
import { utcToZoned } from '../../shared/domain/schedule-time';
import type { ExportManifest, FullExportResult, ManifestFile } from '../../shared/schemas/export';
import { fsyncDir, openReadOnly } from './backup-files';
import { getClinic } from './clinic';
import type { CoreContext } from './context';
import { appliedMigrations } from './db';
import { AppError } from './errors';
import { verifyExport } from './export-verify';

const CHUNK_ROWS = 2000;
/** Secrets are never exported, not even as hashes: these columns are written empty. */
const REDACTED_COLUMN = /passcode|recovery|secret|salt/i;

/** One file being written: its bytes go to disk and into its SHA-256 as they are produced. */
class OutputFile {
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');
  private bytes = 0;
  constructor(
    private readonly root: string,
    readonly path: string,
  ) {
    this.fd = openSync(join(root, path), 'wx');
  }
  write(data: string | Buffer): void {
    const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let done = 0;
    while (done < buffer.length) done += writeSync(this.fd, buffer, done, buffer.length - done);
    this.hash.update(buffer);
    this.bytes += buffer.length;
  }
  close(): ManifestFile {
    fsyncSync(this.fd);
    closeSync(this.fd);
    return { path: this.path, bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "Palpate export 2026-11-27 10-04-05" on the clinic's clock (no colons: Windows refuses them). */
export function exportFolderName(at: Date, timeZone: string | undefined, taken: (name: string) => boolean): string {
  const local = timeZone ? utcToZoned(at.toISOString(), timeZone) : null;
  const date = local?.date ?? at.toISOString().slice(0, 10);
  const clock = local ? `${local.time.replace(':', '-')}-${pad(at.getUTCSeconds())}` : at.toISOString().slice(11, 19).replace(/:/g, '-');
  const base = `Palpate export ${date} ${clock}`;
  if (!taken(base)) return base;
  for (let n = 2; n < 100; n++) if (!taken(`${base} (${n})`)) return `${base} (${n})`;
  throw new AppError('conflict', 'Too many exports in one second. Wait a moment and try again.');
}

/** The database's own tables: not SQLite's internals, not the search index (rebuilt from clients). */
function tablesOf(db: Database): string[] {
  const rows = db.prepare(`SELECT name, type FROM pragma_table_list WHERE schema = 'main'`).all() as { name: string; type: string }[];
  return rows
    .filter((r) => r.type === 'table' && !r.name.startsWith('sqlite_'))
    .map((r) => r.name)
    .sort();
}

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** "01JD… order scan.pdf": the attachment's id keeps two files of the same name apart. */
function attachmentFileName(id: string, fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).replace(/[^A-Za-z0-9]/g, '').slice(0, 10) : '';
  return safeFileName(`${id} ${dot > 0 ? fileName.slice(0, dot) : fileName}`, extension || 'bin');
}

const yieldToOtherCalls = () => new Promise<void>((resolve) => setImmediate(resolve));

interface TableWritten {
  name: string;
  rows: number;
  columns: string[];
  redacted: string[];
  files: ManifestFile[];
}

/**
 * One table → csv/<table>.csv and json/<table>.json (and its blobs as files), a chunk of rows at a
 * time: the generator pauses after each chunk, and its driver decides whether other calls may run.
 */
function* writeTable(db: Database, root: string, table: string): Generator<void, TableWritten> {
  const statement = db.prepare(`SELECT * FROM ${quoteName(table)}`).raw(true);
  const columns = statement.columns().map((c) => c.name);
  const redacted = columns.filter((c) => REDACTED_COLUMN.test(c));
  const csv = new OutputFile(root, `csv/${table}.csv`);
  const json = new OutputFile(root, `json/${table}.json`);
  const blobs: ManifestFile[] = [];
  // A byte-order mark, so spreadsheet programs read the file as UTF-8 (names with accents); CSV readers skip it.
  csv.write(`\uFEFF${toCsv(columns, [])}`);
  json.write('[');
  let rows = 0;
  let chunk: CsvCell[][] = [];
  const flush = () => {
    if (chunk.length) csv.write(`\r\n${csvRows(columns.length, chunk)}`);
    chunk = [];
  };
  for (const raw of statement.iterate() as Iterable<unknown[]>) {
    rows += 1;
    const record: Record<string, unknown> = {};
    const cells = raw.map((value, i): CsvCell => {
      const column = columns[i]!;
      let cell: CsvCell;
      if (redacted.includes(column)) cell = null;
      else if (Buffer.isBuffer(value)) {
        // Files stored in the database (scanned orders) are written as files; the cell names the file.
        const id = table === 'attachments' ? String(raw[columns.indexOf('id')]) : `${table}-${rows}-${column}`;
        const name = table === 'attachments' ? attachmentFileName(id, String(raw[columns.indexOf('file_name')] ?? '')) : `${safeFileName(id, 'bin')}`;
        const file = new OutputFile(root, `attachments/${name}`);
        file.write(value);
        blobs.push(file.close());
        cell = file.path;
      } else if (typeof value === 'bigint') cell = value.toString();
      else cell = value as CsvCell;
      record[column] = cell;
      return cell;
    });
    chunk.push(cells);
    json.write(`${rows === 1 ? '\n' : ',\n'}${JSON.stringify(record)}`);
    if (chunk.length >= CHUNK_ROWS) {
      flush();
      yield;
    }
  }
  flush();
  json.write(rows ? '\n]\n' : ']\n');
  return { name: table, rows, columns, redacted, files: [csv.close(), json.close(), ...blobs] };
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * A second, read-only connection to the database file, or null when it cannot read it (an
 * encrypted file: the key lives with the app's connection).
 */
function snapshotReader(ctx: CoreContext): Database | null {
  let db: Database | null = null;
  try {
    db = openReadOnly(ctx.sqlite.name, ctx.nativeBinding);
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return db;
  } catch {
    db?.close();
    return null;
  }
}

export interface ExportOptions {
  /** 'app': read on the app's own connection even when a second one could (tests compare the two). */
  connection?: 'separate' | 'app';
}

/** Writes, checks and names one full export inside `destination`; nothing is left behind if it fails. */
export async function exportAllData(
  ctx: CoreContext,
  destination: string,
  options: ExportOptions = {},
): Promise<Extract<FullExportResult, { cancelled: false }>> {
  if (!isFolder(destination)) throw new AppError('not_found', `The folder ${destination} was not found. Choose another folder (is the drive plugged in?).`);
  const at = ctx.clock.now();
  const clinic = getClinic(ctx);
  const name = exportFolderName(at, clinic?.timeZone, (n) => existsSync(join(destination, n)));
  const finalPath = join(destination, name);
  const partial = join(destination, `.${name}.partial`);
  rmSync(partial, { recursive: true, force: true });
  try {
    for (const sub of ['csv', 'json', 'attachments']) mkdirSync(join(partial, sub), { recursive: true });
    const written: TableWritten[] = [];
    const reader = options.connection === 'app' ? null : snapshotReader(ctx);
    if (reader) {
      try {
        // One read transaction: its snapshot starts at the first read and holds for every table,
        // while the app's own connection goes on answering (and writing) between chunks.
        reader.exec('BEGIN');
        for (const table of tablesOf(reader)) {
          const steps = writeTable(reader, partial, table);
          let step = steps.next();
          for (; !step.done; step = steps.next()) await yieldToOtherCalls();
          written.push(step.value);
        }
        reader.exec('COMMIT');
      } finally {
        reader.close();
      }
    } else {
      // On the app's own connection: one transaction run to the end without pausing, so no other
      // call can come in between (nothing else can write while it runs).
      ctx.sqlite.transaction(() => {
        for (const table of tablesOf(ctx.sqlite)) {
          const steps = writeTable(ctx.sqlite, partial, table);
          let step = steps.next();
          while (!step.done) step = steps.next();
          written.push(step.value);
        }
      })();
    }
    const manifest: ExportManifest = {
      format: 'palpate-export',
      formatVersion: 1,
      app: { name: 'Palpate', version: ctx.version },
      exportedAt: at.toISOString(),
      clinic: clinic ? { name: clinic.name, timeZone: clinic.timeZone } : null,
      migrations: appliedMigrations(ctx.sqlite),
      tables: written.map((t) => ({ name: t.name, rows: t.rows, columns: t.columns, csv: `csv/${t.name}.csv`, json: `json/${t.name}.json` })),
      attachments: written.reduce((n, t) => n + t.files.length - 2, 0),
      redacted: Object.fromEntries(written.filter((t) => t.redacted.length).map((t) => [t.name, t.redacted])),
      files: written.flatMap((t) => t.files),
    };
    const manifestFile = new OutputFile(partial, 'manifest.json');
    manifestFile.write(`${JSON.stringify(manifest, null, 2)}\n`);
    const manifestWritten = manifestFile.close();

    const problems = await verifyExport(partial);
    if (problems.length) throw new AppError('internal', `The export failed its check (${problems.slice(0, 3).join('; ')}), so it was removed. Nothing else changed; try again.`);
    for (const sub of ['csv', 'json', 'attachments']) fsyncDir(join(partial, sub));
    fsyncDir(partial);
    renameSync(partial, finalPath);
    fsyncDir(destination);

    const totalRows = written.reduce((n, t) => n + t.rows, 0);
    const bytes = manifest.files.reduce((n, f) => n + f.bytes, manifestWritten.bytes);
    return {
      cancelled: false,
      folder: finalPath,
      tables: written.map((t) => ({ name: t.name, rows: t.rows })),
      totalRows,
      attachments: manifest.attachments,
      files: manifest.files.length + 1,
      bytes,
      message: `Exported ${plural(totalRows, 'row')} from ${plural(written.length, 'table')} and ${plural(manifest.attachments, 'scanned order')} to ${finalPath}. Every file was read back and matches its checksum.`,
    };
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('internal', `The export could not be written to ${destination} (${error instanceof Error ? error.message : String(error)}). Nothing was left behind; check the folder and try again.`);
  }
}
