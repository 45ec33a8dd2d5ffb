// From signed session to invoice, numbering that never repeats, voids, payments, packages,
// statements and reports.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BillingCatalog, Invoice, InvoiceSummary, Reports, Statement } from '../../shared/schemas/billing';
import { cleanupTestCores, count, expectOk, makeTempDir, openTestCore, snapshot, type TestCore } from '../helpers/core';

afterEach(cleanupTestCores);

const SELF_PAY = '01JD0000000000000000PAYER1';
const MEDICARE = '01JD0000000000000000PAYER2';
const FLAT_60 = '01JD000000000000000CAT0007';

let core: TestCore;
let clientId: string;
let practitionerId: string;

async function setUp(dataDir?: string): Promise<TestCore> {
  const c = await openTestCore({ now: '2026-11-27T15:00:00.000Z', ...(dataDir ? { dataDir } : {}) });
  expectOk(c.invoke('clinic/setup', { clinic: { name: 'Calm', timeZone: 'America/New_York' }, practitioner: { firstName: 'Maya', lastName: 'Okafor', credentials: 'LMT', npi: '1234567893' }, access: { mode: 'none' } }));
  return c;
}

beforeEach(async () => {
  core = await setUp();
  practitionerId = expectOk<{ id: string }[]>(core.invoke('practitioners/list', {}))[0]!.id;
  clientId = expectOk<{ id: string }>(core.invoke('clients/create', { legalFirstName: 'Eleanor', legalLastName: 'Vance' })).id;
});

function signedSession(date: string, modalities: { modality: string; minutes: number; cptCode: string }[], referralId: string | null = null): string {
  const id = expectOk<{ id: string }>(core.invoke('sessions/start', { clientId, practitionerId, sessionDate: date })).id;
  expectOk(core.invoke('sessions/sign', { id, signedBy: practitionerId, practitionerId, sessionDate: date, modalities, referralId }));
  return id;
}
const MEDICAL = [
  { modality: 'swedish', minutes: 38, cptCode: '97124' },
  { modality: 'myofascial_release', minutes: 15, cptCode: '97140' },
];

describe('from session to invoice', () => {
  it('bills 38 min of 97124 and 15 min of 97140 under the CMS rule as 3 + 1 units, with diagnosis pointers', () => {
    const referralId = expectOk<{ id: string }>(core.invoke('referrals/create', { clientId, physicianName: 'Dr. Rivera', diagnoses: ['M54.50', 'M54.2'], visitsAuthorized: 12, startDate: '2026-11-01', endDate: '2027-02-01' })).id;
    const session = signedSession('2026-11-20', MEDICAL, referralId);
    const invoice = expectOk<Invoice>(core.invoke('invoices/fromSessions', { clientId, payerId: MEDICARE, sessionIds: [session] }));
    expect(invoice.lines.map((l) => [l.code, l.minutes, l.units, l.unitPriceCents, l.diagnosisPointers])).toEqual([
      ['97124', 38, 3, 3000, 'AB'],
      ['97140', 15, 1, 3500, 'AB'],
    ]);
    expect(invoice).toMatchObject({ status: 'draft', number: null, totalCents: 12500, diagnoses: ['M54.50', 'M54.2'] });
    // The same visit cannot be billed twice.
    expect(core.invoke('invoices/fromSessions', { clientId, payerId: MEDICARE, sessionIds: [session] })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('uses the payer’s own fee and the per-code rule for a per-code payer', () => {
    const catalog = expectOk<BillingCatalog>(core.invoke('billing/catalog', {}));
    const massage = catalog.services.find((s) => s.code === '97124')!;
    const payer = expectOk<BillingCatalog>(core.invoke('payers/create', { name: 'Blue Cross', kind: 'insurance', unitRule: 'per_code' })).payers.find((p) => p.name === 'Blue Cross')!;
    expectOk(core.invoke('payers/setFee', { payerId: payer.id, serviceId: massage.id, feeCents: 2750 }));
    const session = signedSession('2026-11-20', [
      { modality: 'swedish', minutes: 7, cptCode: '97124' },
      { modality: 'trigger_point', minutes: 7, cptCode: '97140' },
      { modality: 'deep_tissue', minutes: 30, cptCode: '97124' },
    ]);
    const invoice = expectOk<Invoice>(core.invoke('invoices/fromSessions', { clientId, payerId: payer.id, sessionIds: [session] }));
    // 97124: 37 min → 2 units at the override; 97140: 7 min → nothing under the per-code rule.
    expect(invoice.lines.map((l) => [l.code, l.units, l.unitPriceCents])).toEqual([['97124', 2, 2750]]);
  });

  it('refuses an unsigned session, another client’s session and a session with nothing billable', () => {
    const draft = expectOk<{ id: string }>(core.invoke('sessions/start', { clientId, practitionerId, sessionDate: '2026-11-20' })).id;
    expect(core.invoke('invoices/fromSessions', { clientId, payerId: MEDICARE, sessionIds: [draft] })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const nothing = signedSession('2026-11-21', [{ modality: 'aromatherapy', minutes: 10, cptCode: '' }]);
    expect(core.invoke('invoices/fromSessions', { clientId, payerId: MEDICARE, sessionIds: [nothing] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // …but a flat-rate self-pay visit bills it.
    const flat = expectOk<Invoice>(core.invoke('invoices/fromSessions', { clientId, payerId: SELF_PAY, sessionIds: [nothing], flatServiceId: FLAT_60 }));
    expect(flat.lines.map((l) => [l.description, l.units, l.unitPriceCents])).toEqual([['60-minute massage (self-pay)', 1, 9000]]);
    expect(count(core.sqlite, 'invoices')).toBe(1);
  });
});

describe('numbers, issuing and voiding', () => {
  const draftWithLine = () => {
    const id = expectOk<Invoice>(core.invoke('invoices/new', { clientId, payerId: SELF_PAY })).id;
    expectOk(core.invoke('invoices/saveDraft', { id, payerId: SELF_PAY, lines: [{ serviceDate: '2026-11-27', description: '60-minute massage', units: 1, unitPriceCents: 9000 }] }));
    return id;
  };

  it('numbers issued invoices in sequence; a void keeps its number and the next one moves on', () => {
    expectOk(core.invoke('billing/saveSettings', { legalName: 'Calm LLC', invoicePrefix: 'RMM-', nextInvoiceNumber: 41, paymentTermsDays: 14 }));
    const a = expectOk<Invoice>(core.invoke('invoices/issue', { id: draftWithLine() }));
    expect(a).toMatchObject({ number: 'RMM-00041', issueDate: '2026-11-27', dueDate: '2026-12-11', state: 'issued', balanceCents: 9000 });
    const voided = expectOk<Invoice>(core.invoke('invoices/void', { id: a.id, reason: 'Wrong client' }));
    expect(voided).toMatchObject({ number: 'RMM-00041', status: 'void', state: 'void', balanceCents: 0, voidReason: 'Wrong client' });
    const b = expectOk<Invoice>(core.invoke('invoices/issue', { id: draftWithLine() }));
    expect(b.number).toBe('RMM-00042');
    expect(expectOk<InvoiceSummary[]>(core.invoke('invoices/list', { status: 'all' })).map((i) => [i.number, i.state])).toEqual([
      ['RMM-00042', 'issued'],
      ['RMM-00041', 'void'],
    ]);
    // The counter never goes back.
    expect(core.invoke('billing/saveSettings', { legalName: 'Calm LLC', invoicePrefix: 'RMM-', nextInvoiceNumber: 5, paymentTermsDays: 14 })).toMatchObject({ ok: false, error: { fields: { nextInvoiceNumber: expect.any(String) } } });
  });

  it('refuses to edit an issued invoice (API and database) and to issue an empty one', () => {
    const id = draftWithLine();
    expectOk(core.invoke('invoices/issue', { id }));
    const before = snapshot(core.sqlite);
    expect(core.invoke('invoices/saveDraft', { id, payerId: SELF_PAY, lines: [] })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/void/i) } });
    expect(() => core.sqlite.prepare(`UPDATE invoice_lines SET unit_price_cents = 1 WHERE invoice_id = ?`).run(id)).toThrow(/issued invoice cannot be changed/);
    expect(() => core.sqlite.prepare(`UPDATE invoices SET total_cents = 1 WHERE id = ?`).run(id)).toThrow(/issued invoice cannot be changed/);
    expect(() => core.sqlite.prepare(`DELETE FROM invoices WHERE id = ?`).run(id)).toThrow(/kept forever/);
    expect(snapshot(core.sqlite)).toEqual(before);
    const empty = expectOk<Invoice>(core.invoke('invoices/new', { clientId, payerId: SELF_PAY })).id;
    expect(core.invoke('invoices/issue', { id: empty })).toMatchObject({ ok: false, error: { fields: { lines: expect.any(String) } } });
  });

  it('refuses negative prices, a discount above the subtotal, and bad codes, beside the fields', () => {
    const id = expectOk<Invoice>(core.invoke('invoices/new', { clientId, payerId: SELF_PAY })).id;
    const save = (line: Record<string, unknown>, discountCents = 0) =>
      core.invoke('invoices/saveDraft', { id, payerId: SELF_PAY, discountCents, lines: [{ serviceDate: '2026-11-27', description: 'Massage', units: 1, unitPriceCents: 9000, ...line }] }) as { ok: boolean; error?: { fields?: Record<string, string> } };
    expect(save({ unitPriceCents: -100 }).error?.fields).toHaveProperty(['lines.0.unitPriceCents']);
    expect(save({ code: '9712' }).error?.fields).toHaveProperty(['lines.0.code']);
    expect(save({ units: 0 }).error?.fields).toHaveProperty(['lines.0.units']);
    expect(save({}, 9001).error?.fields).toHaveProperty(['discountCents']);
    expect(count(core.sqlite, 'invoice_lines')).toBe(0);
  });

  it('never gives one number to two invoices issued at the same moment by two processes', async () => {
    const dataDir = makeTempDir('palpate-numbers-');
    const seed = await setUp(dataDir);
    const cid = expectOk<{ id: string }>(seed.invoke('clients/create', { legalFirstName: 'R', legalLastName: 'Ace' })).id;
    const drafts = [0, 1, 2, 3].map(() => {
      const id = expectOk<Invoice>(seed.invoke('invoices/new', { clientId: cid, payerId: SELF_PAY })).id;
      expectOk(seed.invoke('invoices/saveDraft', { id, payerId: SELF_PAY, lines: [{ serviceDate: '2026-11-27', description: 'Massage', units: 1, unitPriceCents: 9000 }] }));
      return id;
    });
    seed.close();
    const go = join(dataDir, 'go');
    const racers = drafts.map((id) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'concurrency/issue-writer.ts'), dataDir, go, id], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      const ready = new Promise<void>((ok) => child.stdout.on('data', (c: Buffer) => ((out += c.toString()), out.includes('ready') && ok())));
      const done = new Promise<string>((ok) => child.on('close', () => ok(out)));
      return { ready, done };
    });
    await Promise.all(racers.map((r) => r.ready));
    writeFileSync(go, '');
    const results = (await Promise.all(racers.map((r) => r.done))).map((o) => JSON.parse(o.trim().split('\n').pop()!) as { ok: boolean; number?: string });
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.map((r) => r.number).sort()).toEqual(['INV-00001', 'INV-00002', 'INV-00003', 'INV-00004']);
  }, 60_000);
});

describe('payments, packages and statements', () => {
  const issued = () => {
    const session = signedSession('2026-11-20', MEDICAL);
    const id = expectOk<Invoice>(core.invoke('invoices/fromSessions', { clientId, payerId: MEDICARE, sessionIds: [session] })).id;
    return expectOk<Invoice>(core.invoke('invoices/issue', { id }));
  };

  it('takes partial payments, reconciles the balance, and asks before turning an overpayment into credit', () => {
    const invoice = issued();
    const pay = (amountCents: number, allowCredit = false) => core.invoke('payments/record', { clientId, invoiceId: invoice.id, paidOn: '2026-11-27', amountCents, method: 'card', allowCredit });
    expectOk(pay(5000));
    expect(expectOk<Invoice>(core.invoke('invoices/get', { id: invoice.id }))).toMatchObject({ state: 'partially_paid', paidCents: 5000, balanceCents: 7500 });
    const before = snapshot(core.sqlite);
    expect(pay(10000)).toMatchObject({ ok: false, error: { code: 'needs_confirmation', fields: { amountCents: expect.any(String) } } });
    expect(snapshot(core.sqlite)).toEqual(before);
    const statement = expectOk<Statement>(pay(10000, true));
    expect(expectOk<Invoice>(core.invoke('invoices/get', { id: invoice.id }))).toMatchObject({ state: 'paid', balanceCents: 0 });
    expect(statement).toMatchObject({ creditCents: 2500, balanceCents: -2500 });
    // A refund of the credit brings the account to zero; payments themselves never change.
    expect(expectOk<Statement>(core.invoke('payments/refund', { clientId, paidOn: '2026-11-28', amountCents: 2500, method: 'card' }))).toMatchObject({ creditCents: 0, balanceCents: 0 });
    expect(() => core.sqlite.prepare(`UPDATE payments SET amount_cents = 1`).run()).toThrow(/cannot be changed/);
    expect(core.invoke('invoices/void', { id: invoice.id, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('keeps a payment on account (no invoice) as credit on the statement and changes nothing else', () => {
    const invoice = issued();
    const before = expectOk<Statement>(core.invoke('billing/statement', { clientId }));
    const rows = snapshot(core.sqlite);
    const after = expectOk<Statement>(core.invoke('payments/record', { clientId, invoiceId: null, paidOn: '2026-11-27', amountCents: 5000, method: 'cash', reference: 'Front desk' }));
    expect(after).toMatchObject({ creditCents: before.creditCents + 5000, balanceCents: before.balanceCents - 5000 });
    expect(after.payments).toEqual([expect.objectContaining({ invoiceId: null, invoiceNumber: null, amountCents: 5000, method: 'cash', reference: 'Front desk', notes: 'Payment on account' })]);
    expect(expectOk<Statement>(core.invoke('billing/statement', { clientId }))).toEqual(after);
    // The open invoice is not paid by it: the credit stays on the account.
    expect(expectOk<Invoice>(core.invoke('invoices/get', { id: invoice.id }))).toMatchObject({ state: 'issued', paidCents: 0, balanceCents: 12500 });
    // Exactly one payment row and its audit entry were added; every other table is as it was.
    const { payments: paymentsAfter, audit_log: auditAfter, ...othersAfter } = snapshot(core.sqlite).tables;
    const { payments: paymentsBefore, audit_log: auditBefore, ...othersBefore } = rows.tables;
    expect(othersAfter).toEqual(othersBefore);
    expect(paymentsAfter).toHaveLength(paymentsBefore!.length + 1);
    expect(paymentsAfter!.slice(0, paymentsBefore!.length)).toEqual(paymentsBefore);
    expect(auditAfter!.slice(0, auditBefore!.length)).toEqual(auditBefore);
    expect(auditAfter!.slice(auditBefore!.length)).toEqual([expect.objectContaining({ action: 'create', entity: 'payment', client_id: clientId })]);
    // An amount of zero is refused beside the field, and records nothing.
    const zero = core.invoke('payments/record', { clientId, invoiceId: null, paidOn: '2026-11-27', amountCents: 0, method: 'cash' });
    expect(zero).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { amountCents: expect.any(String) } } });
    expect(count(core.sqlite, 'payments')).toBe(paymentsAfter!.length);
  });

  it('sells a prepaid package and draws a visit down from it', () => {
    const catalog = expectOk<BillingCatalog>(core.invoke('packages/create', { name: '5 visits', visits: 5, priceCents: 40000, serviceId: FLAT_60 }));
    const sold = expectOk<Statement>(core.invoke('packages/sell', { clientId, packageId: catalog.packages[0]!.id, paidOn: '2026-11-27', method: 'card' }));
    expect(sold.packages).toEqual([expect.objectContaining({ name: '5 visits', visitsTotal: 5, visitsUsed: 0 })]);
    expect(sold.invoices.map((i) => [i.number, i.state])).toEqual([['INV-00001', 'paid']]);
    const visit = expectOk<{ id: string }>(core.invoke('invoices/fromSessions', { clientId, payerId: SELF_PAY, sessionIds: [signedSession('2026-11-28', [])], flatServiceId: FLAT_60 })).id;
    expectOk(core.invoke('invoices/issue', { id: visit }));
    const after = expectOk<Statement>(core.invoke('packages/useVisit', { invoiceId: visit, clientPackageId: sold.packages[0]!.id, paidOn: '2026-11-28' }));
    expect(after.packages[0]).toMatchObject({ visitsUsed: 1 });
    expect(after.balanceCents).toBe(0);
  });

  it('reports revenue, aging, visits and referral use, and exports CSV that spreadsheets cannot execute', () => {
    const invoice = issued();
    expectOk(core.invoke('payments/record', { clientId, invoiceId: invoice.id, paidOn: '2026-11-27', amountCents: 5000, method: 'cash' }));
    expectOk(core.invoke('clients/update', { id: clientId, legalFirstName: '=HYPERLINK("http://x")', legalLastName: 'Vance' }));
    expectOk(core.invoke('referrals/create', { clientId, physicianName: '@Dr Evil', diagnoses: ['M54.2'], visitsAuthorized: 10, startDate: '2026-11-01', endDate: '2027-01-31' }));
    const r = expectOk<Reports>(core.invoke('reports/get', { from: '2026-01-01', to: '2026-12-31' }));
    expect(r.revenueByMonth).toEqual([{ key: '2026-11', label: '2026-11', values: { receivedCents: 5000 } }]);
    expect(r.aging.find((a) => a.key === '0-30')!.values).toEqual({ balanceCents: 7500, invoices: 1 });
    expect(r.referralUtilization[0]!.values).toEqual({ authorized: 10, used: 1 });
    const { csv } = expectOk<{ csv: string }>(core.invoke('reports/csv', { report: 'referral_utilization', from: '2026-01-01', to: '2026-12-31' }));
    const cell = csv.split('\r\n')[1]!;
    expect(cell.startsWith('"\'=HYPERLINK') || cell.startsWith("'=HYPERLINK")).toBe(true);
    expect(cell).toMatch(/,10,1$/);
  });
});
