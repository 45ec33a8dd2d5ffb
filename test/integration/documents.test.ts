// Printed documents rendered by the real core from a real database: the right content, escaped,
// on the right paper. Turning the HTML into a PDF is the host's part (test/e2e/print.spec.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRECAUTIONS_DISCLAIMER } from '../../shared/domain/precautions';
import { INTAKE_CONSENT_STATEMENT } from '../../shared/documents/intake-questions';
import { NO_SESSIONS_YET } from '../../shared/documents/progress-report';
import type { Client } from '../../shared/schemas/client';
import type { RenderedDocument } from '../../shared/schemas/documents';
import type { Intake } from '../../shared/schemas/intake';
import { cleanupTestCores, expectOk, openTestCore, type TestCore } from '../helpers/core';

afterEach(cleanupTestCores);

const SETUP = {
  clinic: { name: 'Riverside Medical Massage', timeZone: 'America/New_York' },
  practitioner: { firstName: 'Maya', lastName: 'Okafor', credentials: 'LMT', licenseNumber: 'MA.0123456', npi: '1234567893' },
};
const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const sign = (typedName: string) => ({ typedName, signatureDataUrl: SIGNATURE, consent: true });

/** The example: blood thinner, 24 weeks pregnant, uncontrolled hypertension. */
const RISKY = {
  reasonForVisit: 'Low back pain in pregnancy',
  goals: 'Sleep through the night',
  takesAnticoagulant: true,
  medications: [
    { name: 'Enoxaparin', isAnticoagulant: true },
    { name: 'Prenatal vitamins', isAnticoagulant: false },
  ],
  allergies: { essentialOils: 'Lavender' },
  conditions: { pregnancy: { present: true, weeks: 24 }, hypertension: { present: true, controlled: false } },
  pressurePreference: 'medium',
};
const ALERT_TITLES = ['Anticoagulants / bleeding disorder', 'Pregnancy', 'Hypertension (uncontrolled)'];
const NOWHERE = '01ARZ3NDEKTSV4RRFFQ69G5FAV'; // a well-formed id that names no record

let core: TestCore;
let client: Client;

beforeEach(async () => {
  core = await openTestCore({ now: '2026-11-27T15:00:00.000Z' });
  expectOk(core.invoke('clinic/setup', SETUP));
  client = expectOk<Client>(core.invoke('clients/create', { legalFirstName: 'Eleanor', legalLastName: 'Vance', dateOfBirth: '1988-03-12' }));
});

const render = (request: object) => expectOk<RenderedDocument>(core.invoke('documents/render', request));
const signRisky = () => expectOk<Intake>(core.invoke('intakes/sign', { clientId: client.id, answers: RISKY, signature: sign('Eleanor Vance') }));

function addReferralAndPlan(): void {
  const referral = expectOk<{ id: string }>(
    core.invoke('referrals/create', {
      clientId: client.id,
      physicianName: 'Dr. Ana Rivera',
      physicianPractice: 'Riverside Family Medicine',
      physicianFax: '555-010-2001',
      diagnoses: ['M54.50', 'M54.2'],
      frequencyPerWeek: 2,
      durationWeeks: 6,
      visitsAuthorized: 12,
      startDate: '2026-11-01',
      endDate: '2027-02-01',
    }),
  );
  expectOk(
    core.invoke('plans/create', {
      clientId: client.id,
      referralId: referral.id,
      goals: [{ description: 'Neck rotation', baseline: '45°', target: '70°' }],
      frequencyPerWeek: 2,
      plannedSessions: 12,
      modalities: ['myofascial_release'],
      startDate: '2026-11-02',
    }),
  );
}

describe('the blank intake', () => {
  it('needs no record and carries every question, the consent and lines to write on', () => {
    const doc = render({ kind: 'intake-blank' });
    expect(doc).toMatchObject({ title: 'Health history intake', fileName: 'Intake form - blank.pdf', paper: 'letter' });
    for (const text of ['Riverside Medical Massage', 'Maya Okafor, LMT', 'NPI 1234567893', 'Legal name', 'Date of birth', 'Blood thinner?']) {
      expect(doc.html).toContain(text);
    }
    for (const text of ['High blood pressure', 'Pregnancy', 'Cleared by OB / midwife?', 'Port site', 'Fibromyalgia', 'Pressure preference', 'Areas to avoid']) {
      expect(doc.html).toContain(text);
    }
    expect(doc.html).toContain(INTAKE_CONSENT_STATEMENT);
    expect(doc.html).toContain('class="box"');
    expect(doc.html).toContain('Client signature');
    expect(doc.footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
  });
});

describe('a filled intake', () => {
  it('prints the answers, the signature and the precautions they raise', () => {
    const intake = signRisky();
    const doc = render({ kind: 'intake', id: intake.id });
    expect(doc.fileName).toBe('Intake - Vance, Eleanor - 2026-11-27.pdf');
    expect(doc.title).toBe('Health history intake — Eleanor Vance');
    for (const text of ['Riverside Medical Massage', 'Eleanor Vance', '12 March 1988', 'Low back pain in pregnancy', 'Enoxaparin', 'Prenatal vitamins', 'Lavender', 'Weeks: 24', 'Medium']) {
      expect(doc.html).toContain(text);
    }
    for (const title of ALERT_TITLES) expect(doc.html).toContain(title);
    expect(doc.html).toContain(PRECAUTIONS_DISCLAIMER);
    expect(doc.html).toContain(`<img src="${SIGNATURE}" alt="Client signature">`);
    // Signed at 15:00 UTC: 10:00 in the clinic's time zone.
    expect(doc.html).toContain('27 November 2026 at 10:00 AM EST');
    expect(doc.footerTemplate).toContain('Health history intake — Eleanor Vance');
  });

  it('marks a draft as not signed', () => {
    const draft = expectOk<Intake>(core.invoke('intakes/saveDraft', { clientId: client.id, answers: { reasonForVisit: 'Neck' } }));
    const doc = render({ kind: 'intake', id: draft.id });
    expect(doc.html).toContain('Draft — not signed');
    expect(doc.fileName).toBe('Intake - Vance, Eleanor - 2026-11-27 - draft.pdf');
    expect(doc.html).not.toContain('<img src="data:');
  });

  it('never embeds a signature that is not a base64 PNG', () => {
    // Only a row written around the app could hold one (intakes/sign validates it): insert it directly.
    const svg = 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIj48L3N2Zz4=';
    core.sqlite
      .prepare(`INSERT INTO intakes (id, client_id, answers, signed_name, signature_png, signed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(NOWHERE, client.id, JSON.stringify({ reasonForVisit: 'x' }), 'Eleanor Vance', svg, core.clock.iso(), core.clock.iso(), core.clock.iso());
    const doc = render({ kind: 'intake', id: NOWHERE });
    expect(doc.html).not.toContain(svg);
    expect(doc.html).toContain('Signature image unavailable');
  });
});

describe('the progress report', () => {
  it('writes to the referring physician about diagnoses, plan, visits and precautions', () => {
    signRisky();
    addReferralAndPlan();
    const doc = render({ kind: 'progress-report', id: client.id });
    expect(doc.fileName).toBe('Progress report - Vance, Eleanor - 2026-11-27.pdf');
    for (const text of [
      'Riverside Medical Massage',
      'Dr. Ana Rivera',
      'Riverside Family Medicine',
      'Fax 555-010-2001',
      'Re: Eleanor Vance, date of birth 12 March 1988',
      '27 November 2026',
      'M54.50',
      'Low back pain, unspecified',
      'M54.2',
      'Cervicalgia',
      '2 visits per week for 6 weeks',
      '12 authorized, 0 used, 12 remaining',
      'Neck rotation',
      '45°',
      '70°',
      'Myofascial release',
      'Maya Okafor, LMT',
      'License MA.0123456',
    ]) {
      expect(doc.html).toContain(text);
    }
    for (const title of ALERT_TITLES) expect(doc.html).toContain(title);
    expect(doc.html).toContain(PRECAUTIONS_DISCLAIMER);
    // Visits, pain scores and findings: three honest empty sections until charting exists.
    expect(doc.html.split(NO_SESSIONS_YET)).toHaveLength(4);
  });

  it('says what is missing when there is no referral, plan or intake', () => {
    expectOk(core.invoke('clients/update', { ...editable(client), referringPhysicianName: 'Dr. Lee Park', referringPhysicianPhone: '555-010-3000' }));
    const doc = render({ kind: 'progress-report', id: client.id });
    expect(doc.html).toContain('Dr. Lee Park');
    expect(doc.html).toContain('No referral with diagnoses is on file.');
    expect(doc.html).toContain('No treatment plan has been recorded yet.');
    expect(doc.html).toContain('raises no precautions');
    expect(doc.html).toContain(NO_SESSIONS_YET);
  });
});

describe('safety and errors', () => {
  it('escapes what people typed, in the page, the title and the footer', () => {
    const named = expectOk<Client>(core.invoke('clients/create', { legalFirstName: '<script>alert(1)</script>', legalLastName: 'Smith' }));
    const intake = expectOk<Intake>(
      core.invoke('intakes/sign', {
        clientId: named.id,
        answers: { reasonForVisit: '<img src=x onerror=alert(1)>', medications: [{ name: '"><svg onload=alert(2)>', isAnticoagulant: false }] },
        signature: sign('<b>Bold</b>'),
      }),
    );
    for (const doc of [render({ kind: 'intake', id: intake.id }), render({ kind: 'progress-report', id: named.id })]) {
      expect(doc.html).not.toMatch(/<script/i);
      expect(doc.html).not.toMatch(/<img src=x/i);
      expect(doc.html).not.toMatch(/<svg/i);
      expect(doc.html).not.toContain('<b>Bold</b>');
      expect(doc.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Smith');
      expect(doc.footerTemplate).not.toMatch(/<script/i);
      expect(doc.footerTemplate).toContain('&lt;script&gt;');
      expect(doc.fileName).not.toMatch(/[<>/\\:"|?*]/);
    }
    expect(render({ kind: 'intake', id: intake.id }).html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('answers not_found for a record that does not exist', () => {
    expect(core.invoke('documents/render', { kind: 'intake', id: NOWHERE })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(core.invoke('documents/render', { kind: 'progress-report', id: NOWHERE })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('asks which record when an intake or report has no id', () => {
    for (const kind of ['intake', 'progress-report']) {
      expect(core.invoke('documents/render', { kind })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { id: expect.any(String) } } });
    }
  });

  it('prints on Letter by default and on A4 when asked', () => {
    expect(render({ kind: 'intake-blank' }).html).toContain('@page { size: letter;');
    const a4 = render({ kind: 'intake-blank', paper: 'a4' });
    expect(a4.paper).toBe('a4');
    expect(a4.html).toContain('@page { size: A4;');
  });

  it('leaves PDF and printing to the host: plain core.invoke answers unavailable', () => {
    for (const method of ['documents/savePdf', 'documents/print']) {
      expect(core.invoke(method, { kind: 'intake-blank' })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    }
  });

  it('needs a set-up clinic: its name heads every document', async () => {
    const fresh = await openTestCore();
    expect(fresh.invoke('documents/render', { kind: 'intake-blank' })).toMatchObject({ ok: false, error: { code: 'not_ready' } });
  });
});

/** The client's own fields, as clients/update takes them. */
function editable(c: Client) {
  const { status: _s, archivedAt: _a, createdAt: _c, updatedAt: _u, ...fields } = c;
  return fields;
}
