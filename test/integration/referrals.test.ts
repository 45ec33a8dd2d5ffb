// Referrals with warnings, scanned orders stored in the database, and treatment plans.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientHeader } from '../../shared/schemas/chart';
import type { TreatmentPlan } from '../../shared/schemas/plan';
import type { Referral } from '../../shared/schemas/referral';
import { cleanupTestCores, count, expectOk, openTestCore, snapshot, type TestCore } from '../helpers/core';

afterEach(cleanupTestCores);

let core: TestCore;
let clientId: string;
beforeEach(async () => {
  // 27 Nov 2026, 10:00 in New York.
  core = await openTestCore({ now: '2026-11-27T15:00:00.000Z' });
  expectOk(core.invoke('clinic/setup', { clinic: { name: 'Calm', timeZone: 'America/New_York' }, practitioner: { firstName: 'Pat', lastName: 'K' }, access: { mode: 'none' } }));
  clientId = expectOk<{ id: string }>(core.invoke('clients/create', { legalFirstName: 'Cara', legalLastName: 'Client' })).id;
});

const referral = (over: Record<string, unknown> = {}) => ({
  clientId,
  physicianName: 'Dr. Ana Rivera',
  physicianNpi: '1234567893',
  physicianPhone: '555-010-2000',
  physicianFax: '555-010-2001',
  physicianPractice: 'Riverside Orthopedics',
  diagnoses: ['m5450', 'M54.2'],
  frequencyPerWeek: 2,
  durationWeeks: 6,
  visitsAuthorized: 12,
  startDate: '2026-11-01',
  endDate: '2027-03-03',
  authorizationNumber: 'AUTH-77',
  ...over,
});

describe('referrals', () => {
  it('stores a referral with normalized diagnoses and shows its status on the header', () => {
    const r = expectOk<Referral>(core.invoke('referrals/create', referral()));
    expect(r).toMatchObject({ diagnoses: ['M54.50', 'M54.2'], visitsUsed: 0, visitsLeft: 12, warnings: [], badge: 'visits 0 of 12, expires 3 Mar 2027' });
    expect(expectOk<ClientHeader>(core.invoke('clients/header', { id: clientId })).referral).toMatchObject({ id: r.id, badge: 'visits 0 of 12, expires 3 Mar 2027' });
  });

  it('warns when it expires within 14 days, when few visits remain, and when it has expired', () => {
    const soon = expectOk<Referral>(core.invoke('referrals/create', referral({ endDate: '2026-12-08', visitsAuthorized: 2 })));
    expect(soon.warnings.map((w) => w.code).sort()).toEqual(['expires_soon', 'few_visits_left']);
    const expired = expectOk<Referral>(core.invoke('referrals/create', referral({ startDate: '2026-01-01', endDate: '2026-11-26' })));
    expect(expired.warnings.map((w) => w.code)).toContain('expired');
  });

  it('refuses bad referrals with messages beside the fields, writing nothing', () => {
    const before = snapshot(core.sqlite);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ endDate: '2026-10-01' }, 'endDate', /on or after the start date/],
      [{ visitsAuthorized: -1 }, 'visitsAuthorized', /cannot be negative/],
      [{ physicianNpi: '1234567890' }, 'physicianNpi', /check digit/],
      [{ diagnoses: ['M54.5'] }, 'diagnoses.0', /M54\.50.*M54\.51.*M54\.59/],
      [{ diagnoses: [] }, 'diagnoses', /at least one/],
      [{ physicianName: '' }, 'physicianName', /required/],
    ];
    for (const [over, field, message] of cases) {
      const r = core.invoke('referrals/create', referral(over)) as { ok: boolean; error?: { fields?: Record<string, string> } };
      expect(r.ok, field).toBe(false);
      expect(r.error?.fields?.[field], JSON.stringify(r)).toMatch(message);
    }
    expect(snapshot(core.sqlite)).toEqual(before);
  });

  it('updates a referral but never moves it to another client', () => {
    const r = expectOk<Referral>(core.invoke('referrals/create', referral()));
    const updated = expectOk<Referral>(core.invoke('referrals/update', { id: r.id, ...referral({ visitsAuthorized: 20 }) }));
    expect(updated.visitsAuthorized).toBe(20);
    const other = expectOk<{ id: string }>(core.invoke('clients/create', { legalFirstName: 'O', legalLastName: 'Ther' })).id;
    expect(core.invoke('referrals/update', { id: r.id, ...referral({ clientId: other }) })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('stores the scanned order in the database and returns the same bytes', () => {
    const r = expectOk<Referral>(core.invoke('referrals/create', referral()));
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048, 7)]);
    const withOrder = expectOk<Referral>(core.invoke('referrals/attachOrder', { referralId: r.id, fileName: 'order.pdf', mimeType: 'application/pdf', dataBase64: pdf.toString('base64') }));
    expect(withOrder.orders).toEqual([expect.objectContaining({ fileName: 'order.pdf', mimeType: 'application/pdf', size: pdf.length })]);
    const file = expectOk<{ dataBase64: string }>(core.invoke('attachments/get', { id: withOrder.orders[0]!.id }));
    expect(Buffer.from(file.dataBase64, 'base64').equals(pdf)).toBe(true);
  });

  it('refuses a file that is not what its type says, writing nothing', () => {
    const r = expectOk<Referral>(core.invoke('referrals/create', referral()));
    const fake = Buffer.from('MZ this is an executable').toString('base64');
    expect(core.invoke('referrals/attachOrder', { referralId: r.id, fileName: 'order.pdf', mimeType: 'application/pdf', dataBase64: fake })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { dataBase64: expect.stringMatching(/real PDF/) } },
    });
    expect(core.invoke('referrals/attachOrder', { referralId: r.id, fileName: 'x.exe', mimeType: 'application/x-msdownload', dataBase64: fake }).ok).toBe(false);
    expect(count(core.sqlite, 'attachments')).toBe(0);
  });
});

describe('treatment plans', () => {
  it('creates a plan under a referral with measurable goals and updates its status', () => {
    const r = expectOk<Referral>(core.invoke('referrals/create', referral()));
    const plan = expectOk<TreatmentPlan>(
      core.invoke('plans/create', {
        clientId,
        referralId: r.id,
        goals: [
          { description: 'Neck rotation', baseline: '45°', target: '70°' },
          { description: 'Pain', baseline: '7/10', target: '3/10' },
        ],
        frequencyPerWeek: 2,
        plannedSessions: 12,
        modalities: ['myofascial_release', 'trigger_point'],
        startDate: '2026-11-30',
        reviewDate: '2027-01-11',
      }),
    );
    expect(plan).toMatchObject({ status: 'active', referralId: r.id, goals: [{ target: '70°' }, { baseline: '7/10' }], modalities: ['myofascial_release', 'trigger_point'] });
    const { createdAt: _c, updatedAt: _u, ...editable } = plan;
    const done = expectOk<TreatmentPlan>(core.invoke('plans/update', { ...editable, status: 'completed' }));
    expect(done.status).toBe('completed');
    expect(expectOk<TreatmentPlan[]>(core.invoke('plans/list', { clientId }))).toHaveLength(1);
  });

  it('refuses another client’s referral, a review before the start and no goals', () => {
    const other = expectOk<{ id: string }>(core.invoke('clients/create', { legalFirstName: 'O', legalLastName: 'Ther' })).id;
    const theirs = expectOk<Referral>(core.invoke('referrals/create', referral({ clientId: other })));
    const base = { clientId, goals: [{ description: 'Pain down' }], startDate: '2026-12-01' };
    expect(core.invoke('plans/create', { ...base, referralId: theirs.id })).toMatchObject({ ok: false, error: { fields: { referralId: expect.any(String) } } });
    expect(core.invoke('plans/create', { ...base, reviewDate: '2026-11-01' })).toMatchObject({ ok: false, error: { fields: { reviewDate: expect.any(String) } } });
    expect(core.invoke('plans/create', { ...base, goals: [] })).toMatchObject({ ok: false, error: { fields: { goals: expect.any(String) } } });
    expect(count(core.sqlite, 'treatment_plans')).toBe(0);
  });
});
