// Importing clients from a CSV file: read it (papaparse: comma, semicolon or tab; quoted cells
// spanning lines), match its columns to client fields, check every row with the same schema as
// "New client", flag rows that look like clients already in Palpate, and import all rows or none.
import Papa from 'papaparse';
import { ClientInput } from '../../shared/schemas/client';
import {
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  IMPORT_MAX_ROWS,
  PREVIEW_ROWS,
  type ClientImportInput,
  type ClientImportPreviewInput,
  type ImportDuplicate,
  type ImportField,
  type ImportMapping,
  type ImportPreview,
  type ImportResult,
  type ImportRow,
} from '../../shared/schemas/import';
import { appendAudit } from './audit-chain';
import { createClient, sortKey } from './clients';
import { getClinic } from './clinic';
import type { CoreContext } from './context';
import { AppError } from './errors';
import { mappingErrors, suggestMapping, uniqueHeaders } from './import-mapping';
import { dateOrderFor, readCell } from './import-values';
import { all } from './sql';

interface ReadRow extends ImportRow {
  /** What createClient receives, when the row has no errors. */
  client: ClientInput | null;
}

interface ReadFile {
  headers: string[];
  suggested: ImportMapping;
  mapping: ImportMapping;
  mappingErrors: Partial<Record<ImportField, string>>;
  rows: ReadRow[];
}

const fileError = (message: string) => new AppError('invalid_input', message, { csv: message });
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The records of the file, the header first; blank lines dropped but counted, so line numbers match the spreadsheet's rows. */
function parseRecords(csv: string): { line: number; cells: string[] }[] {
  const text = csv.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  // A file with one column has no delimiter to detect: papaparse then reads it as commas, which is right.
  const serious = parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter');
  if (serious.length) {
    const e = serious[0]!;
    const where = typeof e.row === 'number' ? `Row ${e.row + 1}: ` : '';
    throw fileError(`${where}${e.code === 'MissingQuotes' ? 'a quoted cell is never closed (a " is missing)' : e.message}. Check the file in a spreadsheet program and save it as CSV again.`);
  }
  return parsed.data.map((cells, i) => ({ line: i + 1, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
}

function describeClient(c: { legal_first_name: string; legal_last_name: string; date_of_birth: string }): string {
  return `${c.legal_first_name} ${c.legal_last_name}${c.date_of_birth ? ` (born ${c.date_of_birth})` : ''}`;
}

/** Same folded name and the same birth date (both blank counts as the same), or the same email and first name. */
function duplicateKeys(v: { first: string; last: string; dob: string; email: string }): string[] {
  const keys = [`n:${sortKey(v.last, v.first)}\u0002${v.dob}`];
  if (v.email) keys.push(`e:${v.email.toLowerCase()}\u0002${sortKey('', v.first)}`);
  return keys;
}

function existingClients(ctx: CoreContext): Map<string, ImportDuplicate> {
  const rows = all(ctx.sqlite, ctx.qb.selectFrom('clients').select(['id', 'legal_first_name', 'legal_last_name', 'date_of_birth', 'email']));
  const byKey = new Map<string, ImportDuplicate>();
  for (const r of rows) {
    const dup: ImportDuplicate = { kind: 'existing', clientId: r.id, label: describeClient(r) };
    for (const key of duplicateKeys({ first: r.legal_first_name, last: r.legal_last_name, dob: r.date_of_birth, email: r.email })) if (!byKey.has(key)) byKey.set(key, dup);
  }
  return byKey;
}

function readRows(ctx: CoreContext, csv: string, requested: ImportMapping | undefined): ReadFile {
  const records = parseRecords(csv);
  const [header, ...body] = records;
  if (!header) throw fileError('The file is empty. Choose a CSV file with a header row and one client per row.');
  if (body.length === 0) throw fileError('The file has a header row but no clients under it.');
  if (body.length > IMPORT_MAX_ROWS) {
    throw fileError(`The file has ${plural(body.length, 'row')}; Palpate imports at most ${IMPORT_MAX_ROWS.toLocaleString('en-US')} at a time. Split it into smaller files and import them one after another.`);
  }
  const headers = uniqueHeaders(header.cells);
  const suggested = suggestMapping(headers);
  const mapping: ImportMapping = requested ? Object.fromEntries(IMPORT_FIELDS.map((f) => [f, requested[f] ?? null])) : suggested;
  const problems = mappingErrors(mapping, headers);
  const columns = IMPORT_FIELDS.flatMap((f) => {
    const header = mapping[f];
    const index = header && !problems[f] ? headers.indexOf(header) : -1;
    return index >= 0 ? [{ field: f, index }] : [];
  });
  const order = dateOrderFor(getClinic(ctx)?.timeZone);
  const existing = existingClients(ctx);
  const earlier = new Map<string, ImportDuplicate>();

  const rows = body.map(({ line, cells }): ReadRow => {
    const values: Partial<Record<ImportField, string>> = {};
    const errors: Record<string, string> = {};
    for (const { field, index } of columns) {
      const read = readCell(field, cells[index] ?? '', order);
      values[field] = read.value;
      if (read.error) errors[field] = read.error;
    }
    const extra = cells.slice(headers.length).filter((c) => c.trim() !== '').length;
    if (extra > 0) errors._row = `This row has ${cells.length} cells but the header has ${headers.length}: a comma inside a cell needs quotes around the cell`;
    let client: ClientInput | null = null;
    const parsed = ClientInput.safeParse(values);
    if (parsed.success) client = parsed.data;
    else for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? '_row')] ??= issue.message;
    // A field whose column is not chosen yet is said once, beside its select, not on every row.
    for (const field of Object.keys(problems)) delete errors[field];
    if (Object.keys(errors).length) client = null;

    const keys = duplicateKeys({ first: values.legalFirstName ?? '', last: values.legalLastName ?? '', dob: values.dateOfBirth ?? '', email: values.email ?? '' });
    const duplicate = keys.map((k) => existing.get(k) ?? earlier.get(k)).find(Boolean) ?? null;
    for (const k of keys) if (!earlier.has(k)) earlier.set(k, { kind: 'file', clientId: null, label: `row ${line}` });
    return { line, values, errors, duplicate, client };
  });
  return { headers, suggested, mapping, mappingErrors: problems, rows };
}

/** The rows worth showing: every row with a problem, then the first rows, in file order. */
function previewRows(rows: readonly ReadRow[]): { shown: ImportRow[]; truncated: boolean } {
  const flagged = rows.filter((r) => Object.keys(r.errors).length || r.duplicate).slice(0, PREVIEW_ROWS);
  const keep = new Set(flagged);
  for (const r of rows) {
    if (keep.size >= PREVIEW_ROWS) break;
    keep.add(r);
  }
  const shown = rows.filter((r) => keep.has(r)).map(({ client: _client, ...row }) => row);
  return { shown, truncated: shown.length < rows.length };
}

export function previewClientImport(ctx: CoreContext, input: ClientImportPreviewInput): ImportPreview {
  const file = readRows(ctx, input.csv, input.mapping);
  const { shown, truncated } = previewRows(file.rows);
  return {
    headers: file.headers,
    suggested: file.suggested,
    mapping: file.mapping,
    mappingErrors: file.mappingErrors,
    totalRows: file.rows.length,
    errorRows: file.rows.filter((r) => Object.keys(r.errors).length).length,
    duplicateRows: file.rows.filter((r) => r.duplicate).length,
    rows: shown,
    truncated,
  };
}

function firstProblem(row: ImportRow): string {
  const [field, message] = Object.entries(row.errors)[0]!;
  const label = IMPORT_FIELD_LABELS[field as ImportField];
  return `row ${row.line}${label ? ` (${label})` : ''}: ${message}`;
}

/** Every row, or none: a single row with a problem stops the whole import before anything is written. */
export function importClients(ctx: CoreContext, input: ClientImportInput): ImportResult {
  const file = readRows(ctx, input.csv, input.mapping);
  const mappingProblems = Object.entries(file.mappingErrors);
  if (mappingProblems.length) {
    const fields = Object.fromEntries(mappingProblems.map(([f, m]) => [`mapping.${f}`, m]));
    throw new AppError('invalid_input', `Fix the column choices first: ${mappingProblems.map(([, m]) => m).join('; ')}. Nothing was imported.`, fields);
  }
  const bad = file.rows.filter((r) => Object.keys(r.errors).length);
  if (bad.length) {
    throw new AppError(
      'invalid_input',
      `${plural(bad.length, 'row has', 'rows have')} problems (first, ${firstProblem(bad[0]!)}). Fix them in the file, or the column choices, and try again. Nothing was imported.`,
    );
  }
  const chosen = file.rows.filter((r) => !(input.skipDuplicates && r.duplicate));
  ctx.sqlite.transaction(() => {
    for (const row of chosen) {
      const client = createClient(ctx, row.client!);
      appendAudit(ctx, { action: 'create', entity: 'client', entityId: client.id, clientId: client.id, detail: { source: 'csv-import', line: row.line } });
    }
  })();
  const skipped = file.rows.length - chosen.length;
  const message = `Imported ${plural(chosen.length, 'client')}${skipped ? `; left out ${plural(skipped, 'row')} that matched clients already in Palpate` : ''}.`;
  return { imported: chosen.length, skippedDuplicates: skipped, message };
}
