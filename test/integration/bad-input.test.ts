// Every input is parsed by a strict zod schema: a clear message, and nothing written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { todayIn } from '../../shared/domain/dates';
import { isAsyncMethod, isShellMethod, METHODS, type Method } from '../../shared/methods';
import type { Client } from '../../shared/schemas/client';
import type { Practitioner } from '../../shared/schemas/clinic';
import { defaultPrecautionRules } from '../../shared/domain/precaution-rules';
import { cleanupTestCores, count, expectOk, openTestCore, snapshot, type TestCore } from '../helpers/core';

afterEach(cleanupTestCores);

const SETUP = {
  clinic: { name: 'Calm Hands', timeZone: 'America/Los_Angeles' },
  practitioner: { firstName: 'Pat', lastName: 'Kneader', npi: '1234567893' },
  access: { mode: 'none' as const },
};

// Smallest real payloads: a 1×1 PNG signature and a file that starts like a PDF.
const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const PDF_BASE64 = Buffer.from('%PDF-1.4\n%test order\n').toString('base64');
const REFERRAL = (clientId: string) => ({
  clientId,
  physicianName: 'Dr. Rivera',
  diagnoses: ['M54.50'],
  visitsAuthorized: 12,
  startDate: '2026-11-01',
  endDate: '2027-02-01',
});

let core: TestCore;
let valid: { [M in Method]: InputOf<M> };

/** A set-up clinic with one practitioner and one client, so every method has something to act on. */
beforeEach(async () => {
  core = await openTestCore();
  expectOk(core.invoke('clinic/setup', SETUP));
  const practitionerId = expectOk<Practitioner[]>(core.invoke('practitioners/list', {}))[0]!.id;
  const clientId = expectOk<Client>(core.invoke('clients/create', { legalFirstName: 'Cara', legalLastName: 'Client' })).id;
  const intakeId = expectOk<{ id: string }>(core.invoke('intakes/saveDraft', { clientId, answers: { reasonForVisit: 'Back pain' } })).id;
  const referralId = expectOk<{ id: string }>(core.invoke('referrals/create', REFERRAL(clientId))).id;
  const attachmentId = expectOk<{ orders: { id: string }[] }>(
    core.invoke('referrals/attachOrder', { referralId, fileName: 'order.pdf', mimeType: 'application/pdf', dataBase64: PDF_BASE64 }),
  ).orders[0]!.id;
  const planId = expectOk<{ id: string }>(core.invoke('plans/create', { clientId, goals: [{ description: 'Pain 7/10 → 3/10' }], startDate: '2026-12-01' })).id;
  const start = { clientId, practitionerId, sessionDate: '2026-11-27' };
  const draftId = expectOk<{ id: string }>(core.invoke('sessions/start', start)).id;
  const signedId = expectOk<{ id: string }>(core.invoke('sessions/start', start)).id;
  expectOk(core.invoke('sessions/sign', { id: signedId, signedBy: practitionerId, practitionerId, sessionDate: '2026-11-27' }));
  const templateId = expectOk<{ id: string }>(core.invoke('templates/create', { practitionerId, name: 'Neck follow-up' })).id;
  const ROOM = '01JD000000000000000000R00M';
  const SERVICE = '01JD0000000000000000SERV01';
  const appointmentId = expectOk<{ id: string }>(
    core.invoke('appointments/book', { clientId, practitionerId, roomId: ROOM, start: '2026-12-02T17:00:00.000Z', lengthMinutes: 60 }),
  ).id;
  // Billing: a signed visit already invoiced (issued), another not yet billed, a draft with a line,
  // credit on account, a package sold.
  const SELF_PAY = '01JD0000000000000000PAYER1';
  const MEDICARE = '01JD0000000000000000PAYER2';
  const CAT_97124 = '01JD000000000000000CAT0001';
  const FLAT_60 = '01JD000000000000000CAT0007';
  const billable = (date: string) => {
    const id = expectOk<{ id: string }>(core.invoke('sessions/start', { ...start, sessionDate: date })).id;
    expectOk(core.invoke('sessions/sign', { id, signedBy: practitionerId, practitionerId, sessionDate: date, modalities: [{ modality: 'swedish', minutes: 30, cptCode: '97124' }] }));
    return id;
  };
  const billedSession = billable('2026-11-20');
  const unbilledSession = billable('2026-11-21');
  const issuedInvoiceId = expectOk<{ id: string }>(core.invoke('invoices/fromSessions', { clientId, payerId: MEDICARE, sessionIds: [billedSession] })).id;
  expectOk(core.invoke('invoices/issue', { id: issuedInvoiceId }));
  const draftInvoiceId = expectOk<{ id: string }>(core.invoke('invoices/new', { clientId, payerId: SELF_PAY })).id;
  const line = { serviceDate: '2026-11-27', description: '60-minute massage', units: 1, unitPriceCents: 9000 };
  expectOk(core.invoke('invoices/saveDraft', { id: draftInvoiceId, payerId: SELF_PAY, lines: [line] }));
  expectOk(core.invoke('payments/record', { clientId, paidOn: '2026-11-27', amountCents: 5000, method: 'cash' }));
  const taxRateId = expectOk<{ taxRates: { id: string }[] }>(core.invoke('taxRates/create', { name: 'Sales tax', basisPoints: 825 })).taxRates[0]!.id;
  const packageId = expectOk<{ packages: { id: string }[] }>(core.invoke('packages/create', { name: '5 visits', visits: 5, priceCents: 40000, serviceId: FLAT_60 })).packages[0]!.id;
  const clientPackageId = expectOk<{ packages: { id: string }[] }>(core.invoke('packages/sell', { clientId, packageId, paidOn: '2026-11-27', method: 'card' })).packages[0]!.id;
  const seriesInput = { clientId, practitionerId, roomId: ROOM, startDate: '2026-12-08', time: '10:00', lengthMinutes: 60, count: 4 };
  const content = {
    practitionerId,
    sessionDate: '2026-11-27',
    subjective: 'Sore neck after a long drive',
    modalities: [{ modality: 'swedish' as const, minutes: 30 }],
    findings: [{ id: '01JD0000000000000000000001', regionId: 'upper_trapezius', side: 'right' as const, type: 'tenderness' as const, severity: 2 }],
  };
  const ownerUserId = expectOk<{ id: string }[]>(core.invoke('users/list', {}))[0]!.id;
  valid = {
    'app/status': {},
    'clinic/setup': SETUP,
    'clinic/update': { name: 'Calm Hands Clinic', timeZone: 'America/Denver' },
    'practitioners/list': {},
    'practitioners/create': { firstName: 'Sam', lastName: 'Second' },
    'practitioners/update': { id: practitionerId, firstName: 'Pat', lastName: 'Kneader' },
    'clients/create': { legalFirstName: 'New', legalLastName: 'Person' },
    'clients/update': { id: clientId, legalFirstName: 'Cara', legalLastName: 'Client' },
    'clients/get': { id: clientId },
    'clients/list': { status: 'all', limit: 10, offset: 0 },
    'clients/search': { query: 'cara', includeArchived: false, limit: 5 },
    'clients/archive': { id: clientId },
    'clients/unarchive': { id: clientId },
    'clients/header': { id: clientId },
    'intakes/list': { clientId },
    'intakes/get': { id: intakeId },
    'intakes/saveDraft': { clientId, answers: { reasonForVisit: 'Neck pain' } },
    'intakes/sign': { clientId, answers: { reasonForVisit: 'Neck pain' }, signature: { typedName: 'Cara Client', signatureDataUrl: SIGNATURE, consent: true } },
    'precautions/get': {},
    'precautions/save': { rules: defaultPrecautionRules(), note: 'Checked' },
    'precautions/reset': {},
    'precautions/history': {},
    'referrals/list': { clientId },
    'referrals/get': { id: referralId },
    'referrals/create': REFERRAL(clientId),
    'referrals/update': { id: referralId, ...REFERRAL(clientId) },
    'referrals/attachOrder': { referralId, fileName: 'order.pdf', mimeType: 'application/pdf', dataBase64: PDF_BASE64 },
    'attachments/get': { id: attachmentId },
    'plans/list': { clientId },
    'plans/create': { clientId, goals: [{ description: 'Neck rotation', baseline: '45°', target: '70°' }], startDate: '2026-12-01' },
    'plans/update': { id: planId, clientId, goals: [{ description: 'Neck rotation' }], startDate: '2026-12-01' },
    'documents/render': { kind: 'progress-report', id: clientId, paper: 'letter' },
    'documents/savePdf': { kind: 'progress-report', id: clientId, paper: 'letter' },
    'documents/print': { kind: 'progress-report', id: clientId, paper: 'a4' },
    'sessions/start': start,
    'sessions/get': { id: draftId },
    'sessions/saveDraft': { id: draftId, ...content },
    'sessions/sign': { id: draftId, signedBy: practitionerId, ...content },
    'sessions/addendum': { sessionId: signedId, authorId: practitionerId, text: 'Client called: soreness resolved.', reason: 'Late information' },
    'sessions/list': { clientId },
    'sessions/overdue': {},
    'clients/progress': { id: clientId },
    'templates/list': { practitionerId },
    'templates/create': { practitionerId, name: 'Low back 60' },
    'templates/update': { id: templateId, practitionerId, name: 'Neck follow-up (60 min)' },
    'schedule/settings': {},
    'schedule/saveHours': { hours: [{ weekday: 1, open: '09:00', close: '17:00' }] },
    'schedule/savePractitionerHours': { practitionerId, hours: [{ weekday: 2, open: '10:00', close: '18:00' }] },
    'schedule/addClosedDay': { date: '2026-12-25', reason: 'Christmas Day' },
    'schedule/removeClosedDay': { date: '2026-12-25' },
    'schedule/today': { date: '2026-12-02' },
    'rooms/create': { name: 'Room 2' },
    'rooms/update': { id: ROOM, name: 'Main treatment room' },
    'services/create': { name: 'Cupping, 30 min', lengthMinutes: 30 },
    'services/update': { id: SERVICE, name: 'Medical massage, 60 minutes', lengthMinutes: 60 },
    'appointments/book': { clientId, practitionerId, roomId: ROOM, start: '2026-12-01T17:00:00.000Z', lengthMinutes: 60 },
    'appointments/move': { id: appointmentId, start: '2026-12-02T18:00:00.000Z', lengthMinutes: 60 },
    'appointments/edit': { id: appointmentId, notes: 'Fragrance-free lotion' },
    'appointments/setStatus': { id: appointmentId, status: 'confirmed' },
    'appointments/get': { id: appointmentId },
    'appointments/history': { id: appointmentId },
    'appointments/range': { from: '2026-11-30T00:00:00.000Z', to: '2026-12-07T00:00:00.000Z' },
    'appointments/forClient': { clientId },
    'appointments/freeSlot': { practitionerId, roomId: ROOM, lengthMinutes: 60 },
    'appointments/startSession': { appointmentId },
    'series/preview': seriesInput,
    'series/create': { series: seriesInput, starts: ['2026-12-08T18:00:00.000Z'] },
    'billing/catalog': {},
    'billing/saveSettings': { legalName: 'Calm Hands LLC', nextInvoiceNumber: 100, paymentTermsDays: 30 },
    'taxRates/create': { name: 'City tax', basisPoints: 100 },
    'taxRates/update': { id: taxRateId, name: 'Sales tax', basisPoints: 800 },
    'catalog/create': { code: '97535', description: 'Self-care training, each 15 minutes', kind: 'timed', feeCents: 3000 },
    'catalog/update': { id: CAT_97124, code: '97124', description: 'Therapeutic massage, each 15 minutes', kind: 'timed', feeCents: 3200 },
    'packages/create': { name: '10 visits', visits: 10, priceCents: 80000, serviceId: FLAT_60 },
    'payers/create': { name: 'Blue Cross', kind: 'insurance', unitRule: 'per_code' },
    'payers/update': { id: MEDICARE, name: 'Medicare Part B', kind: 'insurance', unitRule: 'cms_8_minute' },
    'payers/setFee': { payerId: MEDICARE, serviceId: CAT_97124, feeCents: 2800 },
    'invoices/new': { clientId, payerId: SELF_PAY },
    'invoices/fromSessions': { clientId, payerId: MEDICARE, sessionIds: [unbilledSession] },
    'invoices/saveDraft': { id: draftInvoiceId, payerId: SELF_PAY, lines: [line], discountCents: 500 },
    'invoices/issue': { id: draftInvoiceId },
    'invoices/void': { id: issuedInvoiceId, reason: 'Billed to the wrong payer' },
    'invoices/get': { id: issuedInvoiceId },
    'invoices/list': { status: 'all', limit: 10 },
    'payments/record': { clientId, paidOn: '2026-11-27', amountCents: 1000, method: 'card' },
    'payments/refund': { clientId, paidOn: '2026-11-27', amountCents: 100, method: 'cash' },
    'packages/sell': { clientId, packageId, paidOn: '2026-11-27', method: 'card' },
    'packages/useVisit': { invoiceId: issuedInvoiceId, clientPackageId, paidOn: '2026-11-27' },
    'billing/statement': { clientId },
    'billing/unbilledSessions': { clientId },
    'reports/get': { from: '2026-01-01', to: '2026-12-31' },
    'reports/csv': { report: 'aging', from: '2026-01-01', to: '2026-12-31' },
    'backups/list': {},
    'backups/create': { reason: 'manual' },
    'backups/verify': {},
    'backups/settings': {},
    'backups/saveSettings': { keepToday: 8, keepDays: 20, keepMonths: 6 },
    'backups/auto': { trigger: 'timer' },
    'backups/restore': { file: 'palpate-20261127-150000-manual.db' },
    'backups/chooseFolder': {},
    'app/openDemo': {},
    'app/closeDemo': {},
    'audit/list': { clientId, actor: 'system', action: 'create', from: '2026-01-01', to: '2026-12-31', limit: 10 },
    'audit/verify': {},
    'audit/csv': { clientId, action: 'view', from: '2026-11-01', to: '2026-11-30' },
    'auth/state': {},
    'auth/users': {},
    'auth/signIn': { userId: ownerUserId, passcode: '2468' },
    'auth/signOut': {},
    'auth/lock': {},
    'auth/emergency': { recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE', reason: 'Lost my passcode' },
    'auth/handOff': { clientId },
    'auth/endHandOff': { passcode: '2468' },
    'users/list': {},
    'users/create': { name: 'Fran Desk', role: 'front_desk', passcode: '1357' },
    'users/update': { id: ownerUserId, name: 'Pat Kneader', role: 'owner', active: true },
    'users/setPasscode': { id: ownerUserId, passcode: '97531' },
    'security/settings': {},
    'security/saveSettings': { signInRequired: false, lockMinutes: 10 },
    'export/full': {},
    'export/fhirClient': { clientId },
    'clients/importPreview': { csv: 'First Name,Last Name,DOB\r\nIda,Import,1980-04-12', mapping: { legalFirstName: 'First Name', legalLastName: 'Last Name', dateOfBirth: 'DOB' } },
    'clients/import': { csv: 'First Name,Last Name\r\nIda,Import', mapping: { legalFirstName: 'First Name', legalLastName: 'Last Name' }, skipDuplicates: true },
    'security/databaseLock': {},
    'security/unlockDatabase': { passphrase: 'quiet harbour lantern' },
    'security/encryption': {},
    'security/changePassphrase': { passphrase: 'quiet harbour lantern' },
    'security/newRecoveryKey': {},
    'security/setEncryption': { enabled: true, passphrase: 'quiet harbour lantern' },
  };
});

function expectInvalid(result: unknown, field?: string): { message: string; fields?: Record<string, string> } {
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  const error = (result as { error: { message: string; fields?: Record<string, string> } }).error;
  expect(error.message.trim().length).toBeGreaterThan(0);
  if (field) {
    // A bad element inside a list is reported on the element (`diagnoses.0`), which is beside the field.
    const hit = Object.keys(error.fields ?? {}).find((k) => k === field || k.startsWith(`${field}.`));
    expect(hit, JSON.stringify(error)).toBeDefined();
    expect(error.fields![hit!]!.length).toBeGreaterThan(3);
  }
  return error;
}

/** A value of the wrong type for whatever `value` is. */
const wrongTypeFor = (value: unknown): unknown =>
  typeof value === 'string' ? 12345 : typeof value === 'number' ? '10' : typeof value === 'boolean' ? 'yes' : 'text';

it('covers every method in METHODS', () => {
  expect(Object.keys(valid).sort()).toEqual([...METHODS].sort());
});

describe.each(METHODS.map((m) => [m]))('%s', (method) => {
  it('rejects unknown keys, wrong types and non-objects, writing nothing', async () => {
    const input = valid[method] as Record<string, unknown>;
    const before = snapshot(core.sqlite);

    const unknownKey = expectInvalid(core.invoke(method, { ...input, bogus: 1 }));
    expect(unknownKey.message).toMatch(/bogus/);

    for (const whole of ['a string', 42, true, [input], []]) expectInvalid(core.invoke(method, whole));

    for (const [key, value] of Object.entries(input)) {
      for (const bad of [wrongTypeFor(value), null, [value]]) {
        expectInvalid(core.invoke(method, { ...input, [key]: bad }), key);
      }
      // One level down (clinic/setup's clinic and practitioner; an intake's answers).
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const inner of Object.keys(value)) {
          expectInvalid(core.invoke(method, { ...input, [key]: { ...value, [inner]: 12345 } }), `${key}.${inner}`);
        }
        expectInvalid(core.invoke(method, { ...input, [key]: { ...value, bogus: 1 } }));
      }
      if (Array.isArray(value) && value.length > 0) {
        expectInvalid(core.invoke(method, { ...input, [key]: [...value, 12345] }), `${key}.${value.length}`);
      }
    }

    expect(snapshot(core.sqlite)).toEqual(before);
    // The core still works: a valid call of the same kind goes through. Shell methods (printing,
    // restoring) pass validation too, then answer 'unavailable': only a host can do them. Backups
    // answer asynchronously, through core.call (and the hosts' withShell), not plain invoke.
    if (isShellMethod(method)) expect(core.invoke(method, input)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    else if (isAsyncMethod(method)) {
      expect(core.invoke(method, input)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
      expectOk(await core.call(method, input));
    } else if (method === 'auth/emergency') {
      // Well-formed, but this clinic has no recovery code: refused in words, on the field.
      expect(core.invoke(method, input)).toMatchObject({ ok: false, error: { code: 'forbidden', fields: { recoveryCode: expect.any(String) } } });
    } else if (method === 'security/changePassphrase' || method === 'security/newRecoveryKey') {
      // Well-formed, but this clinic's database is not encrypted: there is no key to re-seal.
      expect(core.invoke(method, input)).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/Encryption is off/) } });
    } else if (method !== 'clinic/setup') expectOk(core.invoke(method, input));
  });
});

describe('clients/create field rules', () => {
  const base = { legalFirstName: 'Dana', legalLastName: 'Valid' };
  const day = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  // Birth-date checks run against the real clock (the schema is shared with the renderer).
  const tomorrow = day(todayIn(new Date()), 1);

  it.each([
    ['legalFirstName', { legalFirstName: '' }, /Legal first name is required/],
    ['legalFirstName', { legalFirstName: '   ' }, /Legal first name is required/],
    ['legalLastName', { legalLastName: '' }, /Legal last name is required/],
    ['legalFirstName', { legalFirstName: 'x'.repeat(10_000) }, /100 characters or fewer/],
    ['legalLastName', { legalLastName: 'x'.repeat(10_000) }, /100 characters or fewer/],
    ['notes', { notes: 'n'.repeat(10_000) }, /Notes must be 5000 characters or fewer/],
    ['dateOfBirth', { dateOfBirth: tomorrow }, /cannot be in the future/],
    ['dateOfBirth', { dateOfBirth: '2023-02-29' }, /date/i],
    ['dateOfBirth', { dateOfBirth: '12/04/1980' }, /YYYY-MM-DD/],
    ['dateOfBirth', { dateOfBirth: '1899-12-31' }, /after 1900/],
    ['email', { email: 'not-an-email' }, /email like name@example\.com/],
    ['phone', { phone: '555-CALL' }, /Phone must be a phone number/],
    ['phone', { phone: '555-01' }, /at least 7 digits/],
    ['sex', { sex: 'robot' }, /Choose one of the listed options/],
  ])('%s %j → a clear message on that field, nothing written', (field, patch, message) => {
    const before = snapshot(core.sqlite);
    const error = expectInvalid(core.invoke('clients/create', { ...base, ...patch }), field);
    expect(error.fields![field]).toMatch(message);
    expect(Object.keys(error.fields!)).toEqual([field]);
    expect(error.message).toBe('Please correct the highlighted field.');
    expect(snapshot(core.sqlite)).toEqual(before);
  });

  it('reports every bad field at once, then a valid create still succeeds', () => {
    const before = snapshot(core.sqlite);
    const error = expectInvalid(
      core.invoke('clients/create', { legalFirstName: ' ', legalLastName: 'y'.repeat(101), email: 'nope', dateOfBirth: '2023-13-01' }),
    );
    expect(Object.keys(error.fields!).sort()).toEqual(['dateOfBirth', 'email', 'legalFirstName', 'legalLastName']);
    expect(error.message).toBe('Please correct the 4 highlighted fields.');
    expect(snapshot(core.sqlite)).toEqual(before);

    const clientsBefore = count(core.sqlite, 'clients');
    expectOk(core.invoke('clients/create', { ...base, dateOfBirth: todayIn(new Date()) }));
    expect(count(core.sqlite, 'clients')).toBe(clientsBefore + 1);
  });

  it('rejects a search longer than 200 characters and a limit outside 1–50', () => {
    expectInvalid(core.invoke('clients/search', { query: 'a'.repeat(201) }), 'query');
    expectInvalid(core.invoke('clients/search', { query: 'a', limit: 0 }), 'limit');
    expectInvalid(core.invoke('clients/search', { query: 'a', limit: 51 }), 'limit');
    expectInvalid(core.invoke('clients/list', { limit: 1.5 }), 'limit');
    expectInvalid(core.invoke('clients/list', { offset: -1 }), 'offset');
    expectInvalid(core.invoke('clients/get', { id: 'not-a-ulid' }), 'id');
  });
});

describe('clinic/setup', () => {
  let fresh: TestCore;
  beforeEach(async () => {
    fresh = await openTestCore();
  });
  const setup = (patch: { clinic?: object; practitioner?: object }) =>
    fresh.invoke('clinic/setup', {
      clinic: { ...SETUP.clinic, ...patch.clinic },
      practitioner: { ...SETUP.practitioner, ...patch.practitioner },
      access: SETUP.access,
    });

  it('refuses an NPI that fails its check digit, on practitioner.npi', () => {
    const before = snapshot(fresh.sqlite);
    const error = expectInvalid(setup({ practitioner: { npi: '1234567890' } }), 'practitioner.npi');
    expect(error.fields!['practitioner.npi']).toMatch(/check digit/);
    expectInvalid(setup({ practitioner: { npi: '123456789' } }), 'practitioner.npi');
    expect(snapshot(fresh.sqlite)).toEqual(before);
  });

  it('refuses an unknown time zone, on clinic.timeZone', () => {
    const before = snapshot(fresh.sqlite);
    const error = expectInvalid(setup({ clinic: { timeZone: 'Mars/Olympus' } }), 'clinic.timeZone');
    expect(error.fields!['clinic.timeZone']).toMatch(/time zone/i);
    expect(snapshot(fresh.sqlite)).toEqual(before);
  });

  it('accepts the valid NPI 1234567893 once; a second setup is a conflict that changes nothing', () => {
    const status = expectOk<{ needsSetup: boolean; clinic: { name: string } }>(setup({}));
    expect(status).toMatchObject({ needsSetup: false, clinic: { name: 'Calm Hands', timeZone: 'America/Los_Angeles' } });
    expect(expectOk<Practitioner[]>(fresh.invoke('practitioners/list', {}))).toMatchObject([{ npi: '1234567893' }]);

    const before = snapshot(fresh.sqlite);
    fresh.clock.advance(5000);
    const again = setup({ clinic: { name: 'Another Name' } });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((again as { error: { message: string } }).error.message).toMatch(/already set up/);
    expect(snapshot(fresh.sqlite)).toEqual(before);
  });
});
