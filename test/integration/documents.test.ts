// Printed documents rendered by the real core from a real database: the right content, escaped,
// on the right paper. Turning the HTML into a PDF is the host's part (test/e2e/print.spec.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/domain/money';
import { PRECAUTIONS_DISCLAIMER } from '../../shared/domain/precautions';
import { noInvoicesIn } from '../../shared/documents/invoice';
import { INTAKE_CONSENT_STATEMENT } from '../../shared/documents/intake-questions';
import { NO_SESSIONS_YET } from '../../shared/documents/progress-report';
import { DRAFT_MARKER } from '../../shared/documents/session-note';
import { SUPERBILL_NOTE } from '../../shared/documents/superbill';
import type { BillingCatalog, Invoice, Statement } from '../../shared/schemas/billing';
import type { Client } from '../../shared/schemas/client';
import type { RenderedDocument } from '../../shared/schemas/documents';
import { RIVERSIDE_PRACTICE } from '../helpers/practice';
import type { Intake } from '../../shared/schemas/intake';
import type { Session } from '../../shared/schemas/session';
import { cleanupTestCores, expectOk, openTestCore, type TestCore } from '../helpers/core';

afterEach(cleanupTestCores);

const SETUP = {
  clinic: { name: 'Riverside Medical Massage', timeZone: 'America/New_York' },
  practitioner: { firstName: 'Maya', lastName: 'Okafor', credentials: 'LMT', licenseNumber: 'MA.0123456', npi: '1234567893' },
  access: { mode: 'none' as const },
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

function addReferralAndPlan(): string {
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
  return referral.id;
}

// ── Charted sessions ──────────────────────────────────────────────────────────────────────────

const F = (n: number) => `01JD00000000000000000000F${n}`;
const ACK = {
  ruleId: 'anticoagulants',
  modality: 'cupping',
  level: 'contraindicated',
  text: 'Cupping is contraindicated: light pressure; bruising risk',
  acknowledgedBy: 'Maya Okafor',
  acknowledgedAt: '2026-11-27T15:05:00.000Z',
};

/** Content of a visit: two findings, Swedish 25 min (97124) and myofascial release 30 min (97140). */
function visit(practitionerId: string, over: Record<string, unknown> = {}) {
  return {
    practitionerId,
    sessionDate: '2026-11-20',
    startTime: '10:00',
    endTime: '11:00',
    totalMinutes: 55,
    subjective: 'Neck stiff since Monday.\nWorse after desk work.',
    painBefore: 7,
    objective: 'Right upper trapezius hypertonic; cervical rotation limited to the left.',
    assessment: 'Tissue softened; rotation improved.',
    painAfter: 4,
    plan: 'Twice weekly for 3 weeks.',
    homeCare: 'Heat 15 minutes, chin tucks.',
    nextVisit: 'Thursday',
    modalities: [
      { modality: 'swedish', minutes: 25, cptCode: '97124' },
      { modality: 'myofascial_release', minutes: 30, cptCode: '97140' },
    ],
    findings: [
      { id: F(1), regionId: 'upper_trapezius', side: 'right', type: 'trigger_point_active', severity: 3, note: 'Refers to the temple' },
      { id: F(2), regionId: 'quadratus_lumborum', side: 'left', type: 'pain', pain: 6 },
    ],
    ...over,
  };
}

interface Charted {
  practitionerId: string;
  referralId: string;
  first: Session;
  second: Session;
  draft: Session;
}

/**
 * Eleanor on an anticoagulant, under Dr. Rivera's referral: a signed visit on 20 November, a
 * signed visit on 27 November with cupping (acknowledged) and an addendum, and a draft on 4 December.
 */
function chartTwoVisitsAndADraft(): Charted {
  expectOk(core.invoke('intakes/sign', { clientId: client.id, answers: { reasonForVisit: 'Neck pain', takesAnticoagulant: true }, signature: sign('Eleanor Vance') }));
  const referralId = addReferralAndPlan();
  const practitionerId = expectOk<{ id: string }[]>(core.invoke('practitioners/list', {}))[0]!.id;
  const start = (sessionDate: string) => expectOk<Session>(core.invoke('sessions/start', { clientId: client.id, practitionerId, sessionDate, startTime: '10:00' }));
  const signVisit = (id: string, over: Record<string, unknown>) => expectOk<Session>(core.invoke('sessions/sign', { id, signedBy: practitionerId, ...visit(practitionerId, over) }));

  // Started out of order: the chart still prints by date of service.
  const secondDraft = start('2026-11-27');
  const firstDraft = start('2026-11-20');
  const first = signVisit(firstDraft.id, { referralId });
  core.clock.advance(60_000);
  const second = signVisit(secondDraft.id, {
    sessionDate: '2026-11-27',
    referralId,
    subjective: 'Much better this week.',
    painBefore: 6,
    painAfter: 3,
    modalities: [
      { modality: 'swedish', minutes: 30, cptCode: '97124' },
      { modality: 'cupping', minutes: 10, cptCode: '97140' },
    ],
    findings: [
      { id: F(3), regionId: 'upper_trapezius', side: 'right', type: 'trigger_point_active', severity: 2, note: '' },
      { id: F(4), regionId: 'quadratus_lumborum', side: 'left', type: 'pain', pain: 3 },
    ],
    acknowledgments: [ACK],
  });
  core.clock.advance(3_600_000); // 17:01 UTC: 12:01 PM in New York
  const amended = expectOk<Session>(
    core.invoke('sessions/addendum', { sessionId: second.id, authorId: practitionerId, reason: 'Late entry: client report', text: 'Client called: headache resolved.' }),
  );
  const draft = start('2026-12-04');
  expectOk(core.invoke('sessions/saveDraft', { id: draft.id, ...visit(practitionerId, { sessionDate: '2026-12-04', subjective: 'Draft words only' }) }));
  return { practitionerId, referralId, first, second: amended, draft };
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

describe('the session note', () => {
  it('prints one signed visit: SOAP, findings, modalities with units, precautions, signature and addenda', () => {
    const { second } = chartTwoVisitsAndADraft();
    const doc = render({ kind: 'session-note', id: second.id });
    expect(doc).toMatchObject({ title: 'Session note — Eleanor Vance — 27 November 2026', fileName: 'Session note - Vance, Eleanor - 2026-11-27.pdf', paper: 'letter' });
    for (const text of [
      'Riverside Medical Massage',
      'Maya Okafor, LMT',
      'License MA.0123456',
      'Session note',
      'Eleanor Vance',
      '12 March 1988',
      'Date of service',
      '27 November 2026',
      '10:00 AM – 11:00 AM',
      '55 minutes',
      // The referral's diagnoses.
      'Dr. Ana Rivera',
      'M54.50',
      'Low back pain, unspecified',
      'Cervicalgia',
      // SOAP, with the pain scores beside S and A.
      'Subjective',
      'Much better this week.',
      'Pain before treatment',
      '6/10',
      'Objective',
      'Right upper trapezius hypertonic',
      'Assessment',
      'Pain after treatment',
      '3/10',
      'Plan',
      'Twice weekly for 3 weeks.',
      'Heat 15 minutes, chin tucks.',
      'Thursday',
    ]) {
      expect(doc.html).toContain(text);
    }
    // Findings: region with side, type, severity or pain.
    for (const text of ['Right upper trapezius', 'Trigger point (active)', '2/3', 'Left quadratus lumborum', 'Pain']) expect(doc.html).toContain(text);
    // Modalities: Swedish 30 (97124) + cupping 10 (97140) = 40 timed minutes = 3 units, 2 + 1.
    expect(doc.html).toContain('Swedish massage');
    expect(doc.html).toContain('Cupping');
    expect(doc.html).toMatch(/<td class="code">97124<\/td><td class="num">30<\/td><td class="num">2<\/td>/);
    expect(doc.html).toMatch(/<td class="code">97140<\/td><td class="num">10<\/td><td class="num">1<\/td>/);
    expect(doc.html).toMatch(/<tr class="total"><td>Total<\/td><td class="num">40<\/td><td class="num">3<\/td><\/tr>/);
    expect(doc.html).toContain('Units by the CMS 8-minute rule.');
    // The acknowledgment, its author and time (15:05 UTC = 10:05 AM EST).
    expect(doc.html).toContain('Precautions acknowledged');
    expect(doc.html).toContain(ACK.text);
    expect(doc.html).toContain('27 November 2026 at 10:05 AM EST');
    // Signed at 15:01 UTC; the addendum an hour later, under the original.
    expect(doc.html).toContain('Electronically signed by <span class="who">Maya Okafor, LMT</span> on 27 November 2026 at 10:01 AM EST');
    expect(doc.html).not.toContain(DRAFT_MARKER);
    const addenda = doc.html.indexOf('<h2>Addenda</h2>');
    expect(addenda).toBeGreaterThan(doc.html.indexOf('Electronically signed by'));
    for (const text of ['Late entry: client report', 'Client called: headache resolved.', '27 November 2026 at 11:01 AM EST']) {
      expect(doc.html.indexOf(text)).toBeGreaterThan(addenda);
    }
    expect(doc.footerTemplate).toContain('Session note — Eleanor Vance — 27 November 2026');
    expect(doc.footerTemplate).toContain('Page <span class="pageNumber"></span>');
  });

  it('keeps line breaks, and bills the first visit 2 + 2 units', () => {
    const { first } = chartTwoVisitsAndADraft();
    const doc = render({ kind: 'session-note', id: first.id, paper: 'a4' });
    expect(doc.html).toContain('@page { size: A4;');
    expect(doc.html).toContain('Neck stiff since Monday.<br>Worse after desk work.');
    expect(doc.html).toContain('3/3');
    expect(doc.html).toContain('Refers to the temple');
    // 25 min 97124 + 30 min 97140 = 55 min = 4 units: 2 and 2.
    expect(doc.html).toMatch(/<td class="code">97124<\/td><td class="num">25<\/td><td class="num">2<\/td>/);
    expect(doc.html).toMatch(/<td class="code">97140<\/td><td class="num">30<\/td><td class="num">2<\/td>/);
    expect(doc.html).not.toContain('Precautions acknowledged');
    expect(doc.html).not.toContain('<h2>Addenda</h2>');
    expect(doc.fileName).toBe('Session note - Vance, Eleanor - 2026-11-20.pdf');
  });

  it('marks a draft DRAFT — NOT SIGNED and never as signed', () => {
    const { draft } = chartTwoVisitsAndADraft();
    const doc = render({ kind: 'session-note', id: draft.id });
    expect(doc.html).toContain(DRAFT_MARKER);
    expect(doc.html).toContain('Draft words only');
    expect(doc.html).not.toContain('Electronically signed by');
    expect(doc.fileName).toBe('Session note - Vance, Eleanor - 2026-12-04 - draft.pdf');
  });
});

describe('the chart export', () => {
  it('prints the cover, then every signed session oldest first, and lists the unsigned draft', () => {
    chartTwoVisitsAndADraft();
    const doc = render({ kind: 'chart-export', id: client.id });
    expect(doc).toMatchObject({ title: 'Chart — Eleanor Vance — 27 November 2026', fileName: 'Chart - Vance, Eleanor - 2026-11-27.pdf' });
    // The cover: demographics, alerts with the disclaimer, the referral with diagnoses, the plan with goals.
    for (const text of ['Eleanor Vance', '12 March 1988 (age 38)', 'Anticoagulants / bleeding disorder', PRECAUTIONS_DISCLAIMER, 'Dr. Ana Rivera', 'M54.50', 'Cervicalgia', '12 authorized, 2 used, 10 remaining', 'Neck rotation', '45°', '70°']) {
      expect(doc.html).toContain(text);
    }
    expect(doc.html).toContain('2 signed sessions, 20 November 2026 – 27 November 2026');
    // Both signed sessions, by date of service (the 27th was started first).
    const first = doc.html.indexOf('Neck stiff since Monday.<br>Worse after desk work.');
    const second = doc.html.indexOf('Much better this week.');
    expect(first).toBeGreaterThan(doc.html.indexOf('Sessions, oldest first'));
    expect(second).toBeGreaterThan(first);
    expect(doc.html.split('Electronically signed by')).toHaveLength(3);
    for (const text of ['Right upper trapezius', 'Trigger point (active)', '3/3', '2/3', ACK.text, 'Late entry: client report', 'Client called: headache resolved.']) {
      expect(doc.html).toContain(text);
    }
    // Each visit's modalities and units in two compact lines: 25 + 30 min = 2 + 2 units; 30 + 10 min = 2 + 1.
    expect(doc.html).toContain('97124 × 2, 97140 × 2 · 55 timed minutes, 4 units');
    expect(doc.html).toContain('97124 × 2, 97140 × 1 · 40 timed minutes, 3 units');
    // The draft is listed, never printed.
    expect(doc.html).toContain('Unsigned draft of 4 December 2026 not included');
    expect(doc.html).not.toContain('Draft words only');
    expect(doc.html).not.toContain(DRAFT_MARKER);
    expect(doc.html).toContain('break-inside: avoid');
    expect(doc.footerTemplate).toContain('Chart — Eleanor Vance — 27 November 2026');
  });

  it('says so when nothing has been charted', () => {
    const doc = render({ kind: 'chart-export', id: client.id });
    for (const text of ['No signed sessions', 'No session has been signed yet.', 'No referral is on file.', 'No treatment plan has been recorded.', 'raises no precautions']) {
      expect(doc.html).toContain(text);
    }
    expect(doc.html).not.toContain('not included');
  });

  it('stays quick for a client with 200 signed sessions', () => {
    const practitionerId = expectOk<{ id: string }[]>(core.invoke('practitioners/list', {}))[0]!.id;
    for (let i = 0; i < 200; i++) {
      const day = new Date(Date.UTC(2020, 0, 1) + i * 7 * 86_400_000).toISOString().slice(0, 10);
      const s = expectOk<Session>(core.invoke('sessions/start', { clientId: client.id, practitionerId, sessionDate: day }));
      const findings = [1, 2, 3].map((n) => ({ id: `01JD0000000000000000${String(i).padStart(3, '0')}00${n}`, regionId: 'calf', side: n === 1 ? 'left' : 'right', type: 'spasm', severity: n }));
      expectOk(core.invoke('sessions/sign', { id: s.id, signedBy: practitionerId, ...visit(practitionerId, { sessionDate: day, findings }) }));
    }
    const started = performance.now();
    const doc = render({ kind: 'chart-export', id: client.id });
    const elapsed = performance.now() - started;
    expect(doc.html.split('Electronically signed by')).toHaveLength(201);
    expect(doc.html).toContain('200 signed sessions, 1 January 2020 – ');
    // Generous for slow CI; typically well under 100 ms.
    expect(elapsed).toBeLessThan(2_000);
  });
});

describe('the progress report, once sessions are charted', () => {
  it('counts signed visits under the referral and shows the latest pain scores and findings', () => {
    chartTwoVisitsAndADraft();
    const doc = render({ kind: 'progress-report', id: client.id });
    expect(doc.html).not.toContain(NO_SESSIONS_YET);
    for (const text of [
      '12 authorized, 2 used, 10 remaining',
      '2 signed visits under this referral, 20 November 2026 – 27 November 2026',
      '20 November 2026: <strong>7/10 before, 4/10 after</strong>',
      '27 November 2026: <strong>6/10 before, 3/10 after</strong>',
      'Latest, 27 November 2026',
      'Right upper trapezius',
      'Trigger point (active)',
      '3/3 on 20 November 2026',
      '<strong>2/3</strong>',
      'Left quadratus lumborum',
      '6/10 on 20 November 2026',
    ]) {
      expect(doc.html).toContain(text);
    }
    // The draft of 4 December counts for nothing.
    expect(doc.html).not.toContain('4 December 2026');
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

  it('escapes what was typed into a session note, in the note and in the chart export', () => {
    const named = expectOk<Client>(core.invoke('clients/create', { legalFirstName: '<script>alert(1)</script>', legalLastName: 'Smith' }));
    const practitionerId = expectOk<{ id: string }[]>(core.invoke('practitioners/list', {}))[0]!.id;
    const s = expectOk<Session>(core.invoke('sessions/start', { clientId: named.id, practitionerId, sessionDate: '2026-11-27' }));
    const typed = {
      subjective: '<script>alert(2)</script>\n<b>second line</b>',
      objective: '"><img src=x onerror=alert(3)>',
      findings: [{ id: F(9), regionId: 'calf', side: 'left', type: 'spasm', severity: 1, note: '<svg onload=alert(4)>' }],
    };
    expectOk(core.invoke('sessions/sign', { id: s.id, signedBy: practitionerId, ...visit(practitionerId, { sessionDate: '2026-11-27', ...typed }) }));
    expectOk(core.invoke('sessions/addendum', { sessionId: s.id, authorId: practitionerId, reason: '<i>why</i>', text: '<iframe src=x>' }));
    for (const doc of [render({ kind: 'session-note', id: s.id }), render({ kind: 'chart-export', id: named.id })]) {
      expect(doc.html).not.toMatch(/<script/i);
      expect(doc.html).not.toMatch(/<img src=x/i);
      expect(doc.html).not.toMatch(/<svg/i);
      expect(doc.html).not.toMatch(/<iframe/i);
      expect(doc.html).not.toContain('<b>second line</b>');
      expect(doc.html).not.toContain('<i>why</i>');
      expect(doc.html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;<br>&lt;b&gt;second line&lt;/b&gt;');
      expect(doc.footerTemplate).not.toMatch(/<script/i);
      expect(doc.fileName).not.toMatch(/[<>/\\:"|?*]/);
    }
  });

  it('answers not_found for a record that does not exist', () => {
    expect(core.invoke('documents/render', { kind: 'intake', id: NOWHERE })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(core.invoke('documents/render', { kind: 'progress-report', id: NOWHERE })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(core.invoke('documents/render', { kind: 'session-note', id: NOWHERE })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(core.invoke('documents/render', { kind: 'chart-export', id: NOWHERE })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // A client id is not a session id, nor the other way round.
    expect(core.invoke('documents/render', { kind: 'session-note', id: client.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('asks which record when an intake or report has no id', () => {
    for (const kind of ['intake', 'progress-report', 'session-note', 'chart-export']) {
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

// ── The day sheet ─────────────────────────────────────────────────────────────────────────────

describe('the day sheet', () => {
  const ROOM = '01JD000000000000000000R00M';
  // Tuesday 1 December 2026 in New York (EST, UTC−5): 14:00Z is 9:00 AM.
  const DAY = '2026-12-01';
  const at = (hourUtc: number) => `${DAY}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`;

  /** Three visits booked out of order: Eleanor (anticoagulant intake) at 2 PM, Bo at 9 AM (cancelled), `<b>x</b>` at 11 AM. */
  function bookTheDay() {
    const practitionerId = expectOk<{ id: string }[]>(core.invoke('practitioners/list', {}))[0]!.id;
    expectOk(core.invoke('clients/update', { ...editable(client), phone: '555-010-1234' }));
    signRisky();
    const bo = expectOk<Client>(core.invoke('clients/create', { legalFirstName: 'Bo', legalLastName: 'Brooks', phone: '555-010-2222' }));
    const tagged = expectOk<Client>(core.invoke('clients/create', { legalFirstName: '<b>x</b>', legalLastName: 'Tagged', phone: '555-010-3333' }));
    const book = (clientId: string, start: string, notes = '') =>
      expectOk<{ id: string }>(core.invoke('appointments/book', { clientId, practitionerId, roomId: ROOM, start, lengthMinutes: 60, notes }));
    book(client.id, at(19), 'Side-lying, <i>fragrance-free</i> lotion');
    const early = book(bo.id, at(14));
    book(tagged.id, at(16));
    expectOk(core.invoke('appointments/setStatus', { id: early.id, status: 'cancelled', reason: 'Client is ill' }));
    return { practitionerId };
  }

  /** The HTML of the table row that holds `text`. */
  const rowWith = (doc: RenderedDocument, text: string) => doc.html.split('<tr').find((r) => r.includes(text)) ?? '';

  it('lists the day in time order with phones, alerts and the cancelled visit struck through with its reason', () => {
    bookTheDay();
    const doc = render({ kind: 'day-sheet', date: DAY });
    expect(doc).toMatchObject({ title: 'Day sheet — Tuesday, 1 December 2026', fileName: 'Day sheet - 2026-12-01.pdf', paper: 'letter' });
    expect(doc.html).toContain('<h1>Day sheet — Tuesday, 1 December 2026</h1>');
    expect(doc.html).toContain('Riverside Medical Massage');
    expect(doc.footerTemplate).toContain('Day sheet — Tuesday, 1 December 2026');

    // Time order, whatever the booking order: 9 AM, 11 AM, 2 PM.
    const order = ['Bo Brooks', '&lt;b&gt;x&lt;/b&gt; Tagged', 'Eleanor Vance'].map((name) => doc.html.indexOf(name));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const time of ['9:00 AM', '11:00 AM', '2:00 PM', '3:00 PM']) expect(doc.html).toContain(time);

    for (const phone of ['555-010-1234', '555-010-2222', '555-010-3333']) expect(doc.html).toContain(phone);

    const eleanor = rowWith(doc, 'Eleanor Vance');
    for (const title of ALERT_TITLES) expect(eleanor).toContain(title);
    expect(eleanor).toContain('fragrance-free');
    expect(eleanor).not.toContain('<s>');
    expect(rowWith(doc, 'Bo Brooks')).not.toContain('Anticoagulants');

    const cancelled = rowWith(doc, 'Bo Brooks');
    expect(cancelled).toMatch(/^ class="struck"/);
    expect(cancelled).toContain('<s><div class="name">Bo Brooks</div></s>');
    expect(cancelled).toContain('Cancelled');
    expect(cancelled).toContain('Client is ill');
    expect(doc.html).toContain('3 appointments · 1 cancelled');
    // The disclaimer once, in small print, below the table.
    expect(doc.html.split(PRECAUTIONS_DISCLAIMER)).toHaveLength(2);
    // One practitioner and one room: no column for them.
    expect(doc.html).not.toContain('<th class="who">');
  });

  it('escapes what was typed: client names and booking notes', () => {
    bookTheDay();
    const doc = render({ kind: 'day-sheet', date: DAY });
    expect(doc.html).not.toContain('<b>x</b>');
    expect(doc.html).toContain('&lt;b&gt;x&lt;/b&gt; Tagged');
    expect(doc.html).not.toContain('<i>fragrance-free</i>');
    expect(doc.html).toContain('Side-lying, &lt;i&gt;fragrance-free&lt;/i&gt; lotion');
  });

  it('adds a practitioner column when the day has more than one, and the room too when it has more than one room', () => {
    bookTheDay();
    expectOk(core.invoke('practitioners/create', { firstName: 'Sam', lastName: 'Second' }));
    const sam = expectOk<{ id: string; firstName: string }[]>(core.invoke('practitioners/list', {})).find((p) => p.firstName === 'Sam')!;
    const maya = expectOk<{ id: string; firstName: string }[]>(core.invoke('practitioners/list', {})).find((p) => p.firstName === 'Maya')!;
    const cy = expectOk<Client>(core.invoke('clients/create', { legalFirstName: 'Cy', legalLastName: 'Other' }));
    expectOk(core.invoke('appointments/book', { clientId: cy.id, practitionerId: sam.id, roomId: ROOM, start: at(21), lengthMinutes: 60, confirmOutsideHours: true }));
    const twoPractitioners = render({ kind: 'day-sheet', date: DAY });
    expect(twoPractitioners.html).toContain('<th class="who">Practitioner</th>');
    expect(rowWith(twoPractitioners, 'Cy Other')).toContain('<td class="who">Sam Second</td>');
    expect(rowWith(twoPractitioners, 'Bo Brooks')).toContain('<td class="who">Maya Okafor</td>');
    expect(rowWith(twoPractitioners, 'Cy Other')).toContain('No phone on file');

    const room2 = expectOk<{ rooms: { id: string; name: string }[] }>(core.invoke('rooms/create', { name: 'Room 2' })).rooms.find((r) => r.name === 'Room 2')!;
    const di = expectOk<Client>(core.invoke('clients/create', { legalFirstName: 'Di', legalLastName: 'Upstairs' }));
    expectOk(core.invoke('appointments/book', { clientId: di.id, practitionerId: maya.id, roomId: room2.id, start: at(17), lengthMinutes: 60, confirmOutsideHours: true }));
    const both = render({ kind: 'day-sheet', date: DAY });
    expect(both.html).toContain('<th class="who">Practitioner / room</th>');
    expect(rowWith(both, 'Di Upstairs')).toContain('Maya Okafor<div class="muted">Room 2</div>');
    expect(rowWith(both, 'Cy Other')).toContain('Sam Second<div class="muted">Treatment room</div>');
    expect(both.html).toContain('5 appointments · 1 cancelled');
  });

  it('lists overdue notes and referrals running out below the table', () => {
    bookTheDay();
    const practitionerId = expectOk<{ id: string }[]>(core.invoke('practitioners/list', {}))[0]!.id;
    expectOk(core.invoke('sessions/start', { clientId: client.id, practitionerId, sessionDate: '2026-11-26' }));
    expectOk(
      core.invoke('referrals/create', { clientId: client.id, physicianName: 'Dr. Ana Rivera', diagnoses: ['M54.50'], visitsAuthorized: 12, startDate: '2026-11-01', endDate: '2026-12-04' }),
    );
    core.clock.advance(2 * 86_400_000); // the draft is now more than a day old
    const doc = render({ kind: 'day-sheet', date: DAY });
    expect(doc.html).toContain('<h2>Overdue notes</h2>');
    expect(doc.html).toContain('unsigned note of 26 November 2026');
    expect(doc.html).toContain('<h2>Referrals running out</h2>');
    expect(doc.html).toMatch(/Referral expires [^<]*4 Dec/);
  });

  it('prints the clinic’s today without a date, and says so when the day is empty', () => {
    // 27 November 2026 (Friday) has nothing booked.
    const doc = render({ kind: 'day-sheet' });
    expect(doc.title).toBe('Day sheet — Friday, 27 November 2026');
    expect(doc.fileName).toBe('Day sheet - 2026-11-27.pdf');
    expect(doc.html).toContain('No appointments on this day.');
    expect(doc.html).not.toContain('<table');
    expect(doc.html).not.toContain('Overdue notes');
    const a4 = render({ kind: 'day-sheet', date: '2026-12-25', paper: 'a4' });
    expect(a4.html).toContain('@page { size: A4;');
    expect(a4.html).toContain('No appointments on this day.');
  });

  it('names a closed day', () => {
    expectOk(core.invoke('schedule/addClosedDay', { date: '2026-12-25', reason: 'Christmas Day' }));
    expect(render({ kind: 'day-sheet', date: '2026-12-25' }).html).toContain('The clinic is closed on this day (Christmas Day).');
  });

  it('refuses a bad date on the date field, an id, and a date on any other document', () => {
    for (const date of ['2026-02-30', '12/01/2026', '']) {
      expect(core.invoke('documents/render', { kind: 'day-sheet', date })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { date: expect.any(String) } } });
    }
    expect(core.invoke('documents/render', { kind: 'day-sheet', date: 20261201 })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { date: expect.any(String) } } });
    expect(core.invoke('documents/render', { kind: 'day-sheet', id: client.id })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { id: expect.any(String) } } });
    expect(core.invoke('documents/render', { kind: 'progress-report', id: client.id, date: DAY })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { date: expect.any(String) } },
    });
  });
});

// ── Billing documents ─────────────────────────────────────────────────────────────────────────

describe('billing documents', () => {
  const MEDICARE = '01JD0000000000000000PAYER2';
  const MEDICAL = [
    { modality: 'swedish', minutes: 38, cptCode: '97124' },
    { modality: 'myofascial_release', minutes: 15, cptCode: '97140' },
  ];
  const LOGO = SIGNATURE; // a 1×1 PNG
  const $ = (cents: number) => formatMoney(cents, 'USD');

  /** The practice's billing settings, as Settings → Billing saves them. */
  function saveSettings(over: Record<string, unknown> = {}) {
    const { updatedAt: _u, ...settings } = expectOk<BillingCatalog>(core.invoke('billing/catalog', {})).settings;
    expectOk(
      core.invoke('billing/saveSettings', {
        ...settings,
        ...RIVERSIDE_PRACTICE,
        footerText: 'Thank you for choosing Riverside.',
        ...over,
      }),
    );
  }

  /** Eleanor's address and insurance, as the client form saves them. */
  function insureEleanor() {
    expectOk(
      core.invoke('clients/update', {
        ...editable(client),
        addressLine1: '8 Elm Road',
        city: 'Riverside',
        region: 'MA',
        postalCode: '01235',
        insurancePayer: 'Medicare Part B',
        insuranceMemberId: '1EG4-TE5-MK73',
        insuranceGroupNumber: 'GRP-778',
        insuranceSubscriberName: 'Eleanor Vance',
        insuranceSubscriberRelationship: 'self',
      }),
    );
  }

  /** A signed visit of 38 min 97124 + 15 min 97140 under Dr. Rivera's referral, invoiced to Medicare, issued. */
  function issuedInvoice(sessionDate = '2026-11-20', modifiers = 'GP'): Invoice {
    const practitionerId = expectOk<{ id: string }[]>(core.invoke('practitioners/list', {}))[0]!.id;
    const referralId =
      expectOk<{ id: string }[]>(core.invoke('referrals/list', { clientId: client.id }))[0]?.id ??
      expectOk<{ id: string }>(core.invoke('referrals/create', { clientId: client.id, physicianName: 'Dr. Ana Rivera', diagnoses: ['M54.50', 'M54.2'], visitsAuthorized: 12, startDate: '2026-11-01', endDate: '2027-02-01' })).id;
    const session = expectOk<Session>(core.invoke('sessions/start', { clientId: client.id, practitionerId, sessionDate, startTime: '10:00' }));
    expectOk(core.invoke('sessions/sign', { id: session.id, signedBy: practitionerId, practitionerId, sessionDate, modalities: MEDICAL, referralId }));
    const draft = expectOk<Invoice>(core.invoke('invoices/fromSessions', { clientId: client.id, payerId: MEDICARE, sessionIds: [session.id] }));
    // The therapist adds the GP modifier (services under a therapy plan of care) before issuing.
    const lines = draft.lines.map(({ id: _i, amountCents: _a, discountCents: _d, taxCents: _t, ...line }) => ({ ...line, modifiers }));
    expectOk(core.invoke('invoices/saveDraft', { id: draft.id, payerId: MEDICARE, lines, discountCents: 0, notes: '' }));
    return expectOk<Invoice>(core.invoke('invoices/issue', { id: draft.id }));
  }

  const pay = (invoiceId: string | null, amountCents: number, reference: string, paidOn = '2026-11-27') =>
    expectOk<Statement>(core.invoke('payments/record', { clientId: client.id, invoiceId, paidOn, amountCents, method: 'card', reference }));

  /** The payment id of the statement's payment with this reference. */
  const paymentId = (reference: string) => expectOk<Statement>(core.invoke('billing/statement', { clientId: client.id })).payments.find((p) => p.reference === reference)!.id;

  /** The HTML of the table row that holds `text`. */
  const rowWith = (doc: RenderedDocument, text: string) => doc.html.split('<tr').find((r) => r.includes(text)) ?? '';
  const cells = (row: string) => [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

  it('prints the invoice: letterhead, bill-to the payer, lines with codes and units, totals, payments and amount due', () => {
    saveSettings({ logoPng: LOGO });
    insureEleanor();
    const invoice = issuedInvoice();
    expect(invoice).toMatchObject({ number: 'INV-00042', totalCents: 12500 });
    pay(invoice.id, 5000, 'VISA 4242');

    const doc = render({ kind: 'invoice', id: invoice.id });
    expect(doc).toMatchObject({ title: 'Invoice INV-00042 — Eleanor Vance', fileName: 'Invoice INV-00042 - Vance, Eleanor.pdf', paper: 'letter' });
    for (const text of [
      'Riverside Medical Massage LLC',
      '12 Mill Street, Suite 4, Riverside, MA 01234',
      '555-010-9000',
      'billing@riverside.example',
      'Tax ID (EIN) 12-3456789',
      'INVOICE',
      'No. INV-00042',
      '27 November 2026', // issued
      '27 December 2026', // due, 30 days later
      'Medicare', // billed to the payer…
      '1EG4-TE5-MK73', // …for the patient, by member ID
      'Due within 30 days',
      'Thank you for choosing Riverside.',
      'M54.50',
      'Low back pain, unspecified',
    ]) {
      expect(doc.html).toContain(text);
    }
    expect(doc.html).toContain(`<img class="logo" src="${LOGO}" alt="">`);
    expect(cells(rowWith(doc, '>97124<'))).toEqual(['20 November 2026', '97124', 'GP', expect.any(String), 'AB', '3', $(3000), $(9000)]);
    expect(cells(rowWith(doc, '>97140<'))).toEqual(['20 November 2026', '97140', 'GP', expect.any(String), 'AB', '1', $(3500), $(3500)]);
    expect(cells(rowWith(doc, '>Subtotal<'))).toEqual(['Subtotal', $(12500)]);
    expect(cells(rowWith(doc, '>Total<'))).toEqual(['Total', $(12500)]);
    expect(cells(rowWith(doc, 'VISA 4242'))).toEqual(['27 November 2026', 'Card', 'VISA 4242', $(5000)]);
    expect(cells(rowWith(doc, '<td class="k">Amount due<'))).toEqual(['Amount due', $(7500)]);
    expect(doc.html).not.toContain('VOID');
    expect(doc.html).not.toContain('DRAFT');
    // Money is right-aligned: the amount columns carry the num class.
    expect(doc.html).toContain(`<td class="num">${$(9000)}</td>`);
  });

  it('bills a self-pay invoice to the client, at their address, and falls back to the clinic name without a legal name', () => {
    insureEleanor();
    const practitionerId = expectOk<{ id: string }[]>(core.invoke('practitioners/list', {}))[0]!.id;
    const s = expectOk<Session>(core.invoke('sessions/start', { clientId: client.id, practitionerId, sessionDate: '2026-11-20' }));
    expectOk(core.invoke('sessions/sign', { id: s.id, signedBy: practitionerId, practitionerId, sessionDate: '2026-11-20', modalities: MEDICAL }));
    const draft = expectOk<Invoice>(core.invoke('invoices/fromSessions', { clientId: client.id, payerId: '01JD0000000000000000PAYER1', sessionIds: [s.id], flatServiceId: '01JD000000000000000CAT0007' }));
    const draftDoc = render({ kind: 'invoice', id: draft.id });
    expect(draftDoc.html).toContain('DRAFT — not issued');
    expect(draftDoc.html).not.toContain('INV-');
    expect(draftDoc.fileName).toBe('Invoice draft - Vance, Eleanor.pdf');

    const issued = expectOk<Invoice>(core.invoke('invoices/issue', { id: draft.id }));
    const doc = render({ kind: 'invoice', id: issued.id });
    expect(doc.fileName).toBe('Invoice INV-00001 - Vance, Eleanor.pdf');
    expect(doc.html).toContain('<div class="clinic-name">Riverside Medical Massage</div>');
    expect(doc.html).toContain('<div class="name">Eleanor Vance</div><div class="addr">8 Elm Road</div><div class="addr">Riverside, MA 01235</div>');
    expect(doc.html).toContain('60-minute massage (self-pay)');
    expect(doc.html).not.toContain('Tax ID (EIN)'); // none set
    expect(cells(rowWith(doc, '<td class="k">Amount due<'))).toEqual(['Amount due', $(9000)]);
  });

  it('prints the superbill with every field DESIGN.md lists', () => {
    saveSettings();
    insureEleanor();
    const invoice = issuedInvoice();
    pay(invoice.id, 5000, 'VISA 4242');

    const doc = render({ kind: 'superbill', id: invoice.id });
    expect(doc).toMatchObject({ title: 'Superbill INV-00042 — Eleanor Vance', fileName: 'Superbill INV-00042 - Vance, Eleanor.pdf' });
    for (const text of [
      'SUPERBILL',
      // Provider: name, credentials, license, NPI (individual), practice NPI, tax ID, address.
      'Maya Okafor, LMT',
      'MA.0123456',
      '1234567893',
      '1245319599',
      '12-3456789',
      '12 Mill Street',
      'Provider signature',
      // Client: name, date of birth, address, payer, member ID, group, subscriber.
      'Eleanor Vance',
      '12 March 1988',
      '8 Elm Road',
      'Medicare Part B',
      '1EG4-TE5-MK73',
      'GRP-778',
      'Eleanor Vance (self)',
      // Diagnoses with descriptions.
      'M54.50',
      'Low back pain, unspecified',
      'M54.2',
      'Cervicalgia',
      'Place of service 11 — Office',
      SUPERBILL_NOTE,
    ]) {
      expect(doc.html).toContain(text);
    }
    // Diagnoses lettered A, B to match the pointers.
    expect(cells(rowWith(doc, '>M54.50<'))).toEqual(['A', 'M54.50', 'Low back pain, unspecified']);
    expect(cells(rowWith(doc, '>M54.2<'))).toEqual(['B', 'M54.2', 'Cervicalgia']);
    // Date of service, POS, CPT, modifiers, pointer, units, minutes, fee charged.
    expect(cells(rowWith(doc, '>97124<'))).toEqual(['20 Nov 2026', '11', '97124', 'GP', expect.any(String), 'AB', '3', '38', $(9000)]);
    expect(cells(rowWith(doc, '>97140<'))).toEqual(['20 Nov 2026', '11', '97140', 'GP', expect.any(String), 'AB', '1', '15', $(3500)]);
    expect(doc.html).toContain('Total timed minutes: <strong>53</strong>');
    expect(cells(rowWith(doc, '>Total fee charged<'))).toEqual(['Total fee charged', $(12500)]);
    expect(cells(rowWith(doc, '>Amount paid<'))).toEqual(['Amount paid', $(5000)]);
    expect(cells(rowWith(doc, '>Balance due<'))).toEqual(['Balance due', $(7500)]);
    // The typed name under the signature line.
    expect(doc.html).toMatch(/Provider signature<\/div><div class="typed">Maya Okafor, LMT/);
  });

  it('names each line’s provider when an invoice carries two practitioners’ visits', () => {
    expectOk(core.invoke('practitioners/create', { firstName: 'Sam', lastName: 'Second', credentials: 'LMT', npi: '1245319599' }));
    const practitioners = expectOk<{ id: string; firstName: string }[]>(core.invoke('practitioners/list', {}));
    const ids = ['Maya', 'Sam'].map((n) => practitioners.find((p) => p.firstName === n)!.id);
    const sessions = ids.map((pid, i) => {
      const date = `2026-11-2${i}`;
      const s = expectOk<Session>(core.invoke('sessions/start', { clientId: client.id, practitionerId: pid, sessionDate: date }));
      expectOk(core.invoke('sessions/sign', { id: s.id, signedBy: pid, practitionerId: pid, sessionDate: date, modalities: MEDICAL }));
      return s.id;
    });
    const invoice = expectOk<Invoice>(core.invoke('invoices/fromSessions', { clientId: client.id, payerId: MEDICARE, sessionIds: sessions }));
    const doc = render({ kind: 'superbill', id: invoice.id });
    expect(doc.html).toContain('Provider (NPI)');
    expect(doc.html).toContain('Sam Second, LMT<div class="muted small">1245319599</div>');
    expect(doc.html).toContain('No diagnosis codes');
    expect(doc.html).toContain('DRAFT — not issued');
    expect(doc.html).toContain('Total timed minutes: <strong>106</strong>');
  });

  it('prints a receipt for one payment with the balance left after it, and one for a payment on account', () => {
    saveSettings();
    const invoice = issuedInvoice();
    pay(invoice.id, 5000, 'VISA 4242');
    core.clock.advance(86_400_000);
    pay(invoice.id, 7500, 'VISA 9999', '2026-11-28');
    pay(null, 2000, 'ON ACCT', '2026-11-28');

    const first = render({ kind: 'receipt', id: paymentId('VISA 4242') });
    expect(first).toMatchObject({ title: 'Receipt — Eleanor Vance — 27 November 2026', fileName: 'Receipt - Vance, Eleanor - 2026-11-27.pdf' });
    for (const text of ['RECEIPT', 'Riverside Medical Massage LLC', 'Received from', 'Card', 'VISA 4242', 'Invoice INV-00042', 'Thank you for your payment.']) expect(first.html).toContain(text);
    expect(first.html).toContain(`<div class="amount">${$(5000)}</div>`);
    // The balance after this payment, not today's.
    expect(cells(rowWith(first, '>Balance remaining<'))).toEqual(['Balance remaining', $(7500)]);
    expect(cells(rowWith(first, '>Paid before<'))).toEqual(['Paid before', $(0)]);

    const second = render({ kind: 'receipt', id: paymentId('VISA 9999') });
    expect(second.fileName).toBe('Receipt - Vance, Eleanor - 2026-11-28.pdf');
    expect(cells(rowWith(second, '>Paid before<'))).toEqual(['Paid before', $(-5000)]);
    expect(cells(rowWith(second, '>Balance remaining<'))).toEqual(['Balance remaining', $(0)]);

    const onAccount = render({ kind: 'receipt', id: paymentId('ON ACCT') });
    expect(onAccount.html).toContain('On account');
    expect(cells(rowWith(onAccount, '>Credit on account after this<'))).toEqual(['Credit on account after this', $(2000)]);
  });

  it('prints the statement: invoices with balances, activity in date order, packages, credit and the amount due', () => {
    saveSettings();
    const invoice = issuedInvoice();
    pay(invoice.id, 5000, 'VISA 4242');
    const catalog = expectOk<BillingCatalog>(core.invoke('billing/catalog', {}));
    const withPackage = expectOk<BillingCatalog>(core.invoke('packages/create', { name: 'Five visits', visits: 5, priceCents: 40000, serviceId: catalog.services.find((s) => s.kind === 'flat')!.id }));
    expectOk(core.invoke('packages/sell', { clientId: client.id, packageId: withPackage.packages[0]!.id, paidOn: '2026-11-27', method: 'cash', reference: '' }));
    expectOk(core.invoke('payments/refund', { clientId: client.id, invoiceId: invoice.id, paidOn: '2026-11-27', amountCents: 1000, method: 'card', reference: 'RF-1' }));

    const doc = render({ kind: 'statement', id: client.id });
    expect(doc).toMatchObject({ title: 'Statement — Eleanor Vance — 27 November 2026', fileName: 'Statement - Vance, Eleanor - 2026-11-27.pdf' });
    for (const text of ['STATEMENT', 'Statement for', 'INV-00042', 'INV-00043', 'Five visits', 'Refund — Card, RF-1', 'Payment — Card, VISA 4242']) expect(doc.html).toContain(text);
    // 125.00 − 50.00 + 10.00 refunded = 85.00 due; the package invoice is paid.
    const owed = expectOk<Statement>(core.invoke('billing/statement', { clientId: client.id })).balanceCents;
    expect(owed).toBe(8500);
    expect(doc.html).toContain(`<div class="label">Amount due</div><div class="amount">${$(8500)}</div>`);
    expect(cells(rowWith(doc, '>INV-00042<'))).toEqual(['INV-00042', '27 November 2026', '27 December 2026', 'Partly paid', $(12500), $(4000), $(8500)]);
    expect(cells(rowWith(doc, '>INV-00043<'))).toEqual(['INV-00043', '27 November 2026', '27 November 2026', 'Paid', $(40000), $(40000), $(0)]);
    expect(cells(rowWith(doc, '>Five visits<'))).toEqual(['Five visits', '27 November 2026', $(40000), '5', '0', '5']);
    // The running balance ends at the amount due.
    const activity = doc.html.split('<h2>Account activity</h2>')[1]!.split('</table>')[0]!;
    const balances = [...activity.matchAll(/<tr class="">(.*?)<\/tr>/g)].map((m) => cells(m[1]!).at(-1));
    expect(balances.at(-1)).toBe($(8500));
  });

  it('prints VOID across a voided invoice and its superbill, with the reason', () => {
    saveSettings();
    issuedInvoice('2026-11-20');
    const second = issuedInvoice('2026-11-24');
    expectOk(core.invoke('invoices/void', { id: second.id, reason: 'Billed to the wrong payer' }));
    for (const kind of ['invoice', 'superbill']) {
      const doc = render({ kind, id: second.id });
      expect(doc.html).toContain('VOID — Billed to the wrong payer');
      expect(doc.html).toContain('<div class="watermark  " aria-hidden="true">VOID</div>');
      expect(doc.title).toContain('INV-00043 (void)');
      expect(doc.fileName).toMatch(/INV-00043 - Vance, Eleanor - void\.pdf$/);
    }
  });

  it('prints every issued or void invoice of a month, each on a new page, and says when there are none', () => {
    saveSettings();
    const kept = issuedInvoice('2026-11-20');
    const voided = issuedInvoice('2026-11-24');
    expectOk(core.invoke('invoices/void', { id: voided.id, reason: 'Duplicate' }));
    // A draft is not printed.
    const practitionerId = expectOk<{ id: string }[]>(core.invoke('practitioners/list', {}))[0]!.id;
    const s = expectOk<Session>(core.invoke('sessions/start', { clientId: client.id, practitionerId, sessionDate: '2026-11-25' }));
    expectOk(core.invoke('sessions/sign', { id: s.id, signedBy: practitionerId, practitionerId, sessionDate: '2026-11-25', modalities: MEDICAL }));
    expectOk(core.invoke('invoices/fromSessions', { clientId: client.id, payerId: MEDICARE, sessionIds: [s.id] }));

    const doc = render({ kind: 'invoices-month', month: '2026-11' });
    expect(doc).toMatchObject({ title: 'Invoices — November 2026', fileName: 'Invoices 2026-11.pdf' });
    expect(doc.html.split('<article class="doc invoice">')).toHaveLength(3);
    expect(doc.html).toContain('.doc + .doc { break-before: page; }');
    expect(doc.html.indexOf(kept.number!)).toBeLessThan(doc.html.indexOf(voided.number!));
    expect(doc.html).toContain('VOID — Duplicate');
    expect(doc.html).not.toContain('DRAFT — not issued');
    // Each invoice has its own letterhead (and the page none of its own).
    expect(doc.html.split('<header class="letterhead billing-head">')).toHaveLength(3);
    expect(render({ kind: 'invoices-month' }).html.split('<article class="doc invoice">')).toHaveLength(3); // the clinic's this month

    const none = render({ kind: 'invoices-month', month: '2026-10', paper: 'a4' });
    expect(none.html).toContain(noInvoicesIn('2026-10'));
    expect(none.html).toContain('@page { size: A4;');
  });

  it('escapes what people typed: a client’s name, the practice’s name and address', () => {
    saveSettings({ legalName: 'Riverside <b>Massage</b>', addressLine1: '$& $` <i>1 Main</i>', footerText: '<script>alert(9)</script>' });
    const named = expectOk<Client>(core.invoke('clients/create', { legalFirstName: '<script>alert(1)</script>', legalLastName: 'Smith' }));
    client = named;
    const invoice = issuedInvoice();
    pay(invoice.id, 5000, '<img src=x onerror=alert(2)>');
    const docs = [
      render({ kind: 'invoice', id: invoice.id }),
      render({ kind: 'superbill', id: invoice.id }),
      render({ kind: 'receipt', id: paymentId('<img src=x onerror=alert(2)>') }),
      render({ kind: 'statement', id: named.id }),
      render({ kind: 'invoices-month', month: '2026-11' }),
    ];
    for (const doc of docs) {
      expect(doc.html).not.toMatch(/<script/i);
      expect(doc.html).not.toMatch(/<img src=x/i);
      expect(doc.html).not.toContain('<b>Massage</b>');
      expect(doc.html).toContain('Riverside &lt;b&gt;Massage&lt;/b&gt;');
      expect(doc.html).toContain('$&amp; $` &lt;i&gt;1 Main&lt;/i&gt;');
      expect(doc.footerTemplate).not.toMatch(/<script/i);
      expect(doc.fileName).not.toMatch(/[<>/\\:"|?*]/);
    }
    expect(docs[0]!.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Smith');
  });

  it('answers not_found for a wrong id, and asks for an id, a month or neither as each document needs', () => {
    const invoice = issuedInvoice();
    for (const kind of ['invoice', 'superbill', 'receipt']) {
      expect(core.invoke('documents/render', { kind, id: NOWHERE })).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(core.invoke('documents/render', { kind, id: client.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect(core.invoke('documents/render', { kind: 'receipt', id: invoice.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(core.invoke('documents/render', { kind: 'statement', id: NOWHERE })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(core.invoke('documents/render', { kind: 'statement', id: invoice.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    for (const kind of ['invoice', 'superbill', 'receipt', 'statement']) {
      expect(core.invoke('documents/render', { kind })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { id: expect.any(String) } } });
    }
    for (const month of ['2026-13', '2026-00', '11/2026', '2026-1', '', 202611]) {
      expect(core.invoke('documents/render', { kind: 'invoices-month', month })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { month: expect.any(String) } } });
    }
    expect(core.invoke('documents/render', { kind: 'invoices-month', id: invoice.id })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { id: expect.any(String) } } });
    expect(core.invoke('documents/render', { kind: 'invoices-month', date: '2026-11-01' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { date: expect.any(String) } } });
    expect(core.invoke('documents/render', { kind: 'invoice', id: invoice.id, month: '2026-11' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { month: expect.any(String) } } });
    expect(core.invoke('documents/render', { kind: 'invoices-month', month: '2026-11', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
