// Printed documents rendered by the real core from a real database: the right content, escaped,
// on the right paper. Turning the HTML into a PDF is the host's part (test/e2e/print.spec.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRECAUTIONS_DISCLAIMER } from '../../shared/domain/precautions';
import { INTAKE_CONSENT_STATEMENT } from '../../shared/documents/intake-questions';
import { NO_SESSIONS_YET } from '../../shared/documents/progress-report';
import { DRAFT_MARKER } from '../../shared/documents/session-note';
import type { Client } from '../../shared/schemas/client';
import type { RenderedDocument } from '../../shared/schemas/documents';
import type { Intake } from '../../shared/schemas/intake';
import type { Session } from '../../shared/schemas/session';
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
