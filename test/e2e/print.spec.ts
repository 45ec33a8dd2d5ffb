// Printed documents end to end: the harness prints the core's HTML with Chromium's PDF engine
// (page.pdf(), the engine behind Electron's printToPDF), and the PDFs are read back with poppler's
// pdftotext and pdfinfo. Each PDF and a PNG of its first page are kept under test-results/documents.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { formatMoney } from '../../shared/domain/money';
import { PRECAUTIONS_DISCLAIMER } from '../../shared/domain/precautions';
import { withPrintDialogFooter } from '../../shared/documents/layout';
import { RIVERSIDE_PRACTICE } from '../helpers/practice';
import { expect, test, type HarnessProcess } from './fixtures';

const OUT = resolve(__dirname, '../../test-results/documents');

/** A real PNG of a pen stroke (grayscale, 240×64), as the signature pad would produce. */
function signaturePng(width = 240, height = 64): string {
  const rows = Array.from({ length: height }, () => {
    const row = Buffer.alloc(width + 1, 255);
    row[0] = 0; // filter: none
    return row;
  });
  for (let x = 12; x < width - 12; x++) {
    const y = Math.round(height / 2 + Math.sin(x / 7) * 16 * Math.cos(x / 45));
    for (let t = -1; t <= 1; t++) if (y + t >= 0 && y + t < height) rows[y + t]![x + 1] = 25;
  }
  return pngDataUrl(width, height, 0, Buffer.concat(rows)); // grayscale
}

/** A small PNG logo (RGB, 96×96): a teal disc with a white wave, as a clinic might upload. */
function logoPng(size = 96): string {
  const rows = Array.from({ length: size }, (_, y) => {
    const row = Buffer.alloc(size * 3 + 1, 255);
    row[0] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const dx = x - size / 2 + 0.5;
      const dy = y - size / 2 + 0.5;
      if (dx * dx + dy * dy > (size / 2 - 1) ** 2) continue;
      const wave = Math.abs(y - (size / 2 + Math.sin((x / size) * Math.PI * 2) * size * 0.12)) < size * 0.06;
      const [r, g, b] = wave ? [255, 255, 255] : [13, 107, 104];
      row.writeUInt8(r, 1 + x * 3);
      row.writeUInt8(g, 2 + x * 3);
      row.writeUInt8(b, 3 + x * 3);
    }
    return row;
  });
  return pngDataUrl(size, size, 2, Buffer.concat(rows));
}

function pngDataUrl(width: number, height: number, colorType: number, raw: Buffer): string {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = colorType;
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

const ALERT_TITLES = ['Anticoagulants / bleeding disorder', 'Pregnancy', 'Hypertension (uncontrolled)'];

async function ok<T = any>(harness: HarnessProcess, method: string, input: unknown): Promise<T> {
  const result = await harness.invoke(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** A client with the issue's risky intake, a referral from Dr. Ana Rivera and a plan. */
async function riskyClient(harness: HarnessProcess): Promise<{ clientId: string; intakeId: string; referralId: string }> {
  const client = await ok(harness, 'clients/create', { legalFirstName: 'Eleanor', legalLastName: 'Vance', dateOfBirth: '1988-03-12', phone: '555-010-1234' });
  const intake = await ok(harness, 'intakes/sign', {
    clientId: client.id,
    answers: {
      reasonForVisit: 'Low back pain in pregnancy',
      goals: 'Sleep through the night',
      painAreas: 'Low back, right hip',
      takesAnticoagulant: true,
      medications: [
        { name: 'Enoxaparin', isAnticoagulant: true },
        { name: 'Labetalol', isAnticoagulant: false },
      ],
      conditions: { pregnancy: { present: true, weeks: 24 }, hypertension: { present: true, controlled: false } },
      pressurePreference: 'light',
      areasToAvoid: 'Abdomen',
    },
    signature: { typedName: 'Eleanor Vance', signatureDataUrl: signaturePng(), consent: true },
  });
  const referral = await ok(harness, 'referrals/create', {
    clientId: client.id,
    physicianName: 'Dr. Ana Rivera',
    physicianPractice: 'Riverside Family Medicine',
    physicianFax: '555-010-2001',
    diagnoses: ['M54.50', 'M54.2'],
    frequencyPerWeek: 2,
    durationWeeks: 6,
    visitsAuthorized: 12,
    startDate: '2026-01-01',
    endDate: '2030-12-31',
  });
  await ok(harness, 'plans/create', {
    clientId: client.id,
    referralId: referral.id,
    goals: [{ description: 'Low back pain', baseline: '7/10', target: '3/10' }],
    frequencyPerWeek: 2,
    plannedSessions: 12,
    modalities: ['prenatal'],
    startDate: '2026-01-05',
  });
  return { clientId: client.id, intakeId: intake.id, referralId: referral.id };
}

/** Saves the PDF through the harness, keeps a copy and a PNG of page 1, and returns its text and page size. */
async function savePdf(harness: HarnessProcess, request: object, name: string): Promise<{ text: string; info: string; path: string }> {
  const saved = await ok<{ saved: boolean; path: string }>(harness, 'documents/savePdf', request);
  expect(saved.saved).toBe(true);
  expect(saved.path.startsWith(join(harness.dataDir, 'exports'))).toBe(true);
  mkdirSync(OUT, { recursive: true });
  const kept = join(OUT, `${name}.pdf`);
  copyFileSync(saved.path, kept);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', kept, join(OUT, name)]);
  const text = execFileSync('pdftotext', ['-layout', kept, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { text, info: execFileSync('pdfinfo', [kept], { encoding: 'utf8' }), path: saved.path };
}

/** Two signed visits and a draft for the risky client: findings, modalities, an acknowledged precaution, an addendum. */
async function chartVisits(harness: HarnessProcess, clientId: string, referralId: string) {
  const [practitioner] = await ok<{ id: string }[]>(harness, 'practitioners/list', {});
  const practitionerId = practitioner!.id;
  const content = (sessionDate: string, over: Record<string, unknown> = {}) => ({
    practitionerId,
    referralId,
    sessionDate,
    startTime: '10:00',
    endTime: '11:00',
    totalMinutes: 55,
    subjective: 'Low back ache, worse after standing at work.\nSleeping 4–5 hours.',
    painBefore: 7,
    objective: 'Side-lying. Right QL and gluteals hypertonic; lumbar flexion limited by pain.',
    assessment: 'Tissue softened; client able to stand from side-lying without pain.',
    painAfter: 4,
    plan: 'Twice weekly for 3 weeks, side-lying.',
    homeCare: 'Heat 15 minutes, pelvic tilts.',
    nextVisit: 'Thursday, 10:00',
    modalities: [
      { modality: 'prenatal', minutes: 25, cptCode: '97124' },
      { modality: 'myofascial_release', minutes: 30, cptCode: '97140' },
    ],
    findings: [
      { id: '01JD000000000000000000E2E1', regionId: 'quadratus_lumborum', side: 'right', type: 'hypertonicity', severity: 3, note: 'Ropy band along the iliac crest' },
      { id: '01JD000000000000000000E2E2', regionId: 'upper_trapezius', side: 'right', type: 'trigger_point_active', severity: 2, note: 'Refers to the temple' },
      { id: '01JD000000000000000000E2E3', regionId: 'gluteals', side: 'right', type: 'pain', pain: 6, note: '' },
    ],
    ...over,
  });
  const start = (sessionDate: string) => ok<{ id: string }>(harness, 'sessions/start', { clientId, practitionerId, sessionDate, startTime: '10:00' });
  const first = await start('2026-11-20');
  await ok(harness, 'sessions/sign', { id: first.id, signedBy: practitionerId, ...content('2026-11-20') });
  const second = await start('2026-11-27');
  await ok(harness, 'sessions/sign', {
    id: second.id,
    signedBy: practitionerId,
    ...content('2026-11-27', {
      subjective: 'Slept through the night twice this week.',
      painBefore: 5,
      painAfter: 2,
      modalities: [
        { modality: 'prenatal', minutes: 30, cptCode: '97124' },
        { modality: 'trigger_point', minutes: 10, cptCode: '97140' },
      ],
      findings: [
        { id: '01JD000000000000000000E2E4', regionId: 'quadratus_lumborum', side: 'right', type: 'hypertonicity', severity: 2, note: '' },
        { id: '01JD000000000000000000E2E5', regionId: 'upper_trapezius', side: 'right', type: 'trigger_point_active', severity: 1, note: 'No longer refers' },
      ],
      acknowledgments: [
        {
          ruleId: 'anticoagulants',
          modality: 'trigger_point',
          level: 'caution',
          text: 'Anticoagulants / bleeding disorder: Trigger point therapy caution (Light pressure only). Light pressure; bruising risk.',
          acknowledgedBy: 'Maya Okafor, LMT',
          acknowledgedAt: new Date().toISOString(),
        },
      ],
    }),
  });
  await ok(harness, 'sessions/addendum', { sessionId: second.id, authorId: practitionerId, reason: 'Late entry', text: 'Client phoned the next day: no bruising at the trigger point sites.' });
  const draft = await start('2026-12-04');
  await ok(harness, 'sessions/saveDraft', { id: draft.id, ...content('2026-12-04', { subjective: 'Started, not finished.' }) });
  return { first: first.id, second: second.id, draft: draft.id };
}

const LETTER = /Page size:\s+612 x 792 pts/;
const A4 = /Page size:\s+595(\.\d+)? x 842(\.\d+)? pts/;

test.describe('printed documents', () => {
  test.describe.configure({ timeout: 90_000 });

  test('the signed intake, the blank intake and the progress report print as PDFs on Letter and A4', async ({ harness, setupDone: _ }) => {
    const { clientId, intakeId } = await riskyClient(harness);

    const intake = await savePdf(harness, { kind: 'intake', id: intakeId, paper: 'letter' }, 'intake-letter');
    expect(intake.path).toMatch(/Intake - Vance, Eleanor - \d{4}-\d{2}-\d{2}\.pdf$/);
    for (const text of ['Riverside Medical Massage', 'Maya Okafor, LMT', 'Eleanor Vance', 'Page 1 of 2', 'Enoxaparin', 'Labetalol', 'Weeks: 24', 'Abdomen', PRECAUTIONS_DISCLAIMER]) {
      expect(intake.text).toContain(text);
    }
    for (const title of ALERT_TITLES) expect(intake.text).toContain(title);
    expect(intake.info).toMatch(LETTER);

    const intakeA4 = await savePdf(harness, { kind: 'intake', id: intakeId, paper: 'a4' }, 'intake-a4');
    expect(intakeA4.text).toContain('Enoxaparin');
    expect(intakeA4.info).toMatch(A4);

    const blank = await savePdf(harness, { kind: 'intake-blank', paper: 'letter' }, 'intake-blank-letter');
    for (const text of ['Riverside Medical Massage', 'Page 1 of', 'Legal name', 'Do you have a bleeding disorder?', 'High blood pressure', 'Client signature']) {
      expect(blank.text).toContain(text);
    }
    expect(blank.text).not.toContain('Eleanor');
    expect(blank.info).toMatch(LETTER);

    for (const paper of ['letter', 'a4'] as const) {
      const report = await savePdf(harness, { kind: 'progress-report', id: clientId, paper }, `progress-report-${paper}`);
      for (const text of [
        'Riverside Medical Massage',
        'Re: Eleanor Vance',
        'Dr. Ana Rivera',
        'Riverside Family Medicine',
        'M54.50',
        'Low back pain, unspecified',
        'M54.2',
        'Cervicalgia',
        'No sessions have been charted yet.',
        PRECAUTIONS_DISCLAIMER,
        'Maya Okafor, LMT',
        'NPI 1234567893',
        // The letter is one page.
        'Page 1 of 1',
      ]) {
        expect(report.text).toContain(text);
      }
      for (const title of ALERT_TITLES) expect(report.text).toContain(title);
      expect(report.info).toMatch(/Pages:\s+1\n/);
      expect(report.info).toMatch(paper === 'letter' ? LETTER : A4);
    }
  });

  test('session notes (signed and draft) and the chart export print as PDFs on Letter and A4', async ({ harness, setupDone: _ }) => {
    const { clientId, referralId } = await riskyClient(harness);
    const visits = await chartVisits(harness, clientId, referralId);

    for (const paper of ['letter', 'a4'] as const) {
      const note = await savePdf(harness, { kind: 'session-note', id: visits.second, paper }, `session-note-${paper}`);
      expect(note.path).toMatch(/Session note - Vance, Eleanor - 2026-11-27\.pdf$/);
      for (const text of [
        'Riverside Medical Massage',
        'Maya Okafor, LMT',
        'Eleanor Vance',
        '12 March 1988',
        // Section headings are set in capitals (CSS text-transform), and pdftotext reads them so.
        'SUBJECTIVE',
        'Slept through the night twice this week.',
        'OBJECTIVE',
        'ASSESSMENT',
        'PLAN',
        'Right quadratus lumborum',
        'Hypertonicity',
        'Trigger point (active)',
        'Prenatal massage',
        '97124',
        'PRECAUTIONS ACKNOWLEDGED',
        'ADDENDA',
        'Client phoned the next day: no bruising at the trigger point sites.',
        'Late entry',
        'M54.50',
        'Low back pain, unspecified',
        'Session note — Eleanor Vance — 27 November 2026',
        'Page 1 of',
      ]) {
        expect(note.text).toContain(text);
      }
      expect(note.text).toMatch(/Electronically signed by Maya Okafor, LMT on \d{1,2} \w+ \d{4} at \d{1,2}:\d{2} [AP]M/);
      expect(note.text).not.toContain('DRAFT');
      expect(note.info).toMatch(paper === 'letter' ? LETTER : A4);

      const chart = await savePdf(harness, { kind: 'chart-export', id: clientId, paper }, `chart-export-${paper}`);
      expect(chart.path).toMatch(/Chart - Vance, Eleanor - \d{4}-\d{2}-\d{2}\.pdf$/);
      for (const text of [
        'CLIENT CHART',
        'Eleanor Vance',
        '2 signed sessions, 20 November 2026 – 27 November 2026',
        'Anticoagulants / bleeding disorder',
        PRECAUTIONS_DISCLAIMER,
        'Dr. Ana Rivera',
        'Cervicalgia',
        'Low back pain',
        'SESSIONS, OLDEST FIRST',
        'Subjective',
        'Right upper trapezius',
        'Electronically signed by Maya Okafor, LMT',
        'Client phoned the next day: no bruising at the trigger point sites.',
        'Unsigned draft of 4 December 2026 not included',
        'Page 1 of',
      ]) {
        expect(chart.text).toContain(text);
      }
      expect(chart.text.indexOf('20 November 2026 · 10:00 AM')).toBeLessThan(chart.text.indexOf('27 November 2026 · 10:00 AM'));
      expect(chart.text).not.toContain('Started, not finished.');
      expect(chart.info).toMatch(paper === 'letter' ? LETTER : A4);
    }

    const draft = await savePdf(harness, { kind: 'session-note', id: visits.draft, paper: 'letter' }, 'session-note-draft-letter');
    expect(draft.path).toMatch(/Session note - Vance, Eleanor - 2026-12-04 - draft\.pdf$/);
    expect(draft.text).toContain('DRAFT — NOT SIGNED');
    expect(draft.text).toContain('Started, not finished.');
    expect(draft.text).not.toContain('Electronically signed by');

    // The progress report now reports the two signed visits, and stays one page.
    const report = await savePdf(harness, { kind: 'progress-report', id: clientId, paper: 'letter' }, 'progress-report-charted-letter');
    for (const text of ['12 authorized, 2 used, 10 remaining', '2 signed visits under this referral', '27 November 2026: 5/10 before, 2/10 after', 'Right quadratus lumborum', '3/3 on 20 November 2026', 'Page 1 of 1']) {
      expect(report.text).toContain(text);
    }
    expect(report.text).not.toContain('No sessions have been charted yet.');
  });

  test('print answers "not printed" in the harness (no printer), and a wrong id answers not_found', async ({ harness, setupDone: _ }) => {
    const { clientId } = await riskyClient(harness);
    expect(await harness.invoke('documents/print', { kind: 'progress-report', id: clientId })).toEqual({ ok: true, value: { printed: false } });
    const missing = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
    expect(await harness.invoke('documents/savePdf', { kind: 'intake', id: missing })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await harness.invoke('documents/print', { kind: 'progress-report', id: missing })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await harness.invoke('documents/savePdf', { kind: 'session-note', id: missing })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await harness.invoke('documents/savePdf', { kind: 'chart-export', id: missing })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await harness.invoke('documents/savePdf', { kind: 'intake' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { id: expect.any(String) } } });
  });

  test('the day sheet prints the day in time order with phones, alerts and a struck-through cancellation', async ({ harness, setupDone: _ }) => {
    const { clientId: eleanor } = await riskyClient(harness);
    const [practitioner] = await ok<{ id: string }[]>(harness, 'practitioners/list', {});
    const signature = { typedName: 'Client', signatureDataUrl: signaturePng(), consent: true };
    const client = async (legalFirstName: string, legalLastName: string, phone: string, conditions?: Record<string, unknown>) => {
      const c = await ok<{ id: string }>(harness, 'clients/create', { legalFirstName, legalLastName, phone });
      if (conditions) await ok(harness, 'intakes/sign', { clientId: c.id, answers: { reasonForVisit: 'Back pain', conditions }, signature });
      return c.id;
    };
    const bo = await client('Bo', 'Brooks', '555-010-2222', { osteoporosis: true });
    const priya = await client('Priya', 'Natarajan', '555-010-3030');
    const marcus = await client('Marcus', 'Hale', '555-010-4455', { dvt: { present: true, clearedByPhysician: false } });
    const rosa = await client('Rosa', 'Delgado', '555-010-5150');
    const tom = await client('Tom', 'Whitaker', '');

    // Tuesday 3 December 2030 in New York (EST, UTC−5), booked out of order.
    const DAY = '2030-12-03';
    const SERVICE = (n: number) => `01JD0000000000000000SERV0${n}`;
    const book = (clientId: string, localTime: string, lengthMinutes: number, serviceId: string, notes = '') => {
      const [h, m] = localTime.split(':').map(Number) as [number, number];
      const start = new Date(Date.UTC(2030, 11, 3, h + 5, m)).toISOString();
      return ok<{ id: string }>(harness, 'appointments/book', { clientId, practitionerId: practitioner!.id, roomId: '01JD000000000000000000R00M', serviceId, start, lengthMinutes, notes });
    };
    await book(tom, '15:00', 90, SERVICE(4));
    await book(eleanor, '11:00', 75, SERVICE(3), 'Side-lying with bolsters; fragrance-free lotion');
    const first = await book(bo, '09:00', 60, SERVICE(1));
    const cancelled = await book(priya, '10:15', 30, SERVICE(2));
    await book(marcus, '12:30', 60, SERVICE(1));
    const missed = await book(rosa, '13:45', 60, SERVICE(1));
    await ok(harness, 'appointments/setStatus', { id: first.id, status: 'confirmed' });
    await ok(harness, 'appointments/setStatus', { id: cancelled.id, status: 'cancelled', reason: 'Client is ill' });
    await ok(harness, 'appointments/setStatus', { id: missed.id, status: 'no_show', reason: 'No answer when called' });

    const sheet = await savePdf(harness, { kind: 'day-sheet', date: DAY, paper: 'letter' }, 'day-sheet-letter');
    expect(sheet.path).toMatch(/Day sheet - 2030-12-03\.pdf$/);
    const names = ['Bo Brooks', 'Priya Natarajan', 'Eleanor Vance', 'Marcus Hale', 'Rosa Delgado', 'Tom Whitaker'];
    const at = names.map((name) => sheet.text.indexOf(name));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const text of [
      'Riverside Medical Massage',
      'Day sheet — Tuesday, 3 December 2030',
      '6 appointments · 1 cancelled · 1 no-show',
      '9:00 AM',
      '555-010-1234',
      '555-010-4455',
      'No phone on file',
      'DVT / blood clot, not cleared',
      'Osteoporosis',
      'Client is ill',
      'No answer when called',
      'Side-lying with bolsters',
      PRECAUTIONS_DISCLAIMER,
      'Page 1 of',
    ]) {
      expect(sheet.text).toContain(text);
    }
    for (const title of ALERT_TITLES) expect(sheet.text).toContain(title);
    expect(sheet.info).toMatch(LETTER);

    const a4 = await savePdf(harness, { kind: 'day-sheet', date: DAY, paper: 'a4' }, 'day-sheet-a4');
    expect(a4.text).toContain('Tom Whitaker');
    expect(a4.info).toMatch(A4);

    const empty = await savePdf(harness, { kind: 'day-sheet', date: '2030-12-04', paper: 'letter' }, 'day-sheet-empty');
    expect(empty.text).toContain('No appointments on this day.');
    expect(empty.text).toContain('Page 1 of 1');
    expect(await harness.invoke('documents/savePdf', { kind: 'day-sheet', date: '2030-02-30' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { date: expect.any(String) } } });
  });

  test('billing documents: invoice, superbill, receipt, statement and a month of invoices print as PDFs, and VOID after voiding', async ({ harness, setupDone: _ }) => {
    const MEDICARE = '01JD0000000000000000PAYER2';
    const $ = (cents: number) => formatMoney(cents, 'USD');
    const { clientId, referralId } = await riskyClient(harness);
    const client = await ok(harness, 'clients/get', { id: clientId });
    const { id: _i, status: _s, archivedAt: _a, createdAt: _c, updatedAt: _u, ...fields } = client;
    await ok(harness, 'clients/update', {
      id: clientId,
      ...fields,
      addressLine1: '8 Elm Road',
      city: 'Riverside',
      region: 'MA',
      postalCode: '01235',
      insurancePayer: 'Medicare Part B',
      insuranceMemberId: '1EG4-TE5-MK73',
      insuranceGroupNumber: 'GRP-778',
      insuranceSubscriberName: 'Eleanor Vance',
      insuranceSubscriberRelationship: 'self',
    });
    const { settings } = await ok(harness, 'billing/catalog', {});
    const { updatedAt: _su, ...current } = settings;
    await ok(harness, 'billing/saveSettings', {
      ...current,
      ...RIVERSIDE_PRACTICE,
      logoPng: logoPng(),
      footerText: 'Thank you for choosing Riverside Medical Massage. Questions about this bill? Call 555-010-9000.',
    });

    // A signed visit: 38 min of 97124 and 15 min of 97140, under the referral, for Medicare (CMS rule).
    const [practitioner] = await ok<{ id: string }[]>(harness, 'practitioners/list', {});
    const practitionerId = practitioner!.id;
    const visit = async (sessionDate: string) => {
      const session = await ok<{ id: string }>(harness, 'sessions/start', { clientId, practitionerId, sessionDate, startTime: '10:00' });
      await ok(harness, 'sessions/sign', {
        id: session.id,
        signedBy: practitionerId,
        practitionerId,
        sessionDate,
        referralId,
        modalities: [
          { modality: 'swedish', minutes: 38, cptCode: '97124' },
          { modality: 'myofascial_release', minutes: 15, cptCode: '97140' },
        ],
      });
      const draft = await ok(harness, 'invoices/fromSessions', { clientId, payerId: MEDICARE, sessionIds: [session.id] });
      return ok(harness, 'invoices/issue', { id: draft.id });
    };
    const invoice = await visit('2026-11-20');
    expect(invoice.number).toBe('INV-00042');
    expect(invoice.lines.map((l: { code: string; units: number }) => [l.code, l.units])).toEqual([
      ['97124', 3],
      ['97140', 1],
    ]);
    const paidOn = invoice.issueDate as string;
    await ok(harness, 'payments/record', { clientId, invoiceId: invoice.id, paidOn, amountCents: 5000, method: 'card', reference: 'VISA 4242' });
    const { payments } = await ok(harness, 'billing/statement', { clientId });
    const paymentId = payments.find((p: { reference: string }) => p.reference === 'VISA 4242').id;

    for (const paper of ['letter', 'a4'] as const) {
      const pdf = await savePdf(harness, { kind: 'invoice', id: invoice.id, paper }, `invoice-${paper}`);
      expect(pdf.path).toMatch(/Invoice INV-00042 - Vance, Eleanor\.pdf$/);
      for (const text of [
        'Riverside Medical Massage LLC',
        '12 Mill Street, Suite 4, Riverside, MA 01234',
        'Tax ID (EIN) 12-3456789',
        'INVOICE',
        'No. INV-00042',
        'Medicare',
        '1EG4-TE5-MK73',
        'M54.50',
        'Due within 30 days',
        'VISA 4242',
        'Page 1 of 1',
      ]) {
        expect(pdf.text).toContain(text);
      }
      expect(pdf.text).toMatch(new RegExp(`97124 .*AB 3 \\${$(3000)} \\${$(9000)}`));
      expect(pdf.text).toMatch(new RegExp(`97140 .*AB 1 \\${$(3500)} \\${$(3500)}`));
      expect(pdf.text).toMatch(new RegExp(`Total \\${$(12500)}`));
      expect(pdf.text).toMatch(new RegExp(`AMOUNT DUE \\${$(7500)}`));
      expect(pdf.text).not.toContain('VOID');
      expect(pdf.info).toMatch(paper === 'letter' ? LETTER : A4);

      const superbill = await savePdf(harness, { kind: 'superbill', id: invoice.id, paper }, `superbill-${paper}`);
      expect(superbill.path).toMatch(/Superbill INV-00042 - Vance, Eleanor\.pdf$/);
      for (const text of [
        'SUPERBILL',
        'Maya Okafor, LMT',
        'MA.0123456',
        '1234567893',
        '1245319599',
        '12-3456789',
        'Eleanor Vance',
        '12 March 1988',
        'Medicare Part B',
        '1EG4-TE5-MK73',
        'GRP-778',
        'M54.50',
        'Low back pain, unspecified',
        'M54.2',
        'Cervicalgia',
        'Total timed minutes: 53',
        'Place of service 11',
        'Provider signature',
        'This is a receipt for services; submit it to your insurer for reimbursement.',
        'Page 1 of 1',
      ]) {
        expect(superbill.text).toContain(text);
      }
      expect(superbill.text).toMatch(new RegExp(`11 97124 .*AB 3 38 \\${$(9000)}`));
      expect(superbill.text).toMatch(new RegExp(`11 97140 .*AB 1 15 \\${$(3500)}`));
      expect(superbill.text).toMatch(new RegExp(`Amount paid \\${$(5000)}`));
      expect(superbill.text).toMatch(new RegExp(`BALANCE DUE \\${$(7500)}`));
      expect(superbill.info).toMatch(paper === 'letter' ? LETTER : A4);
    }

    const receipt = await savePdf(harness, { kind: 'receipt', id: paymentId, paper: 'letter' }, 'receipt-letter');
    expect(receipt.path).toMatch(new RegExp(`Receipt - Vance, Eleanor - ${paidOn}\\.pdf$`));
    for (const text of ['RECEIPT', 'RECEIVED FROM', 'Eleanor Vance', 'Card', 'VISA 4242', 'Invoice INV-00042', $(5000), 'Page 1 of 1']) expect(receipt.text).toContain(text);
    expect(receipt.text).toMatch(new RegExp(`BALANCE REMAINING \\${$(7500)}`));

    // A second visit, invoiced and voided: VOID across it, and on the month's batch.
    const second = await visit('2026-11-24');
    expect(second.number).toBe('INV-00043');
    await ok(harness, 'invoices/void', { id: second.id, reason: 'Billed to the wrong payer' });
    const voided = await savePdf(harness, { kind: 'invoice', id: second.id, paper: 'letter' }, 'invoice-void-letter');
    expect(voided.text).toContain('VOID — Billed to the wrong payer');
    expect(voided.text).toContain('INV-00043');
    const voidSuperbill = await savePdf(harness, { kind: 'superbill', id: second.id, paper: 'letter' }, 'superbill-void-letter');
    expect(voidSuperbill.text).toContain('VOID — Billed to the wrong payer');

    const month = paidOn.slice(0, 7);
    const batch = await savePdf(harness, { kind: 'invoices-month', month, paper: 'letter' }, 'invoices-month-letter');
    expect(batch.path).toMatch(new RegExp(`Invoices ${month}\\.pdf$`));
    expect(batch.info).toMatch(/Pages:\s+2\n/);
    const pageText = (n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), join(OUT, 'invoices-month-letter.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pageText(1)).toContain('No. INV-00042');
    expect(pageText(1)).not.toContain('VOID');
    expect(pageText(2)).toContain('No. INV-00043');
    expect(pageText(2)).toContain('VOID — Billed to the wrong payer');
    expect(pageText(2)).toContain('Riverside Medical Massage LLC');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', '-singlefile', join(OUT, 'invoices-month-letter.pdf'), join(OUT, 'invoices-month-letter-page2')]);

    // The statement, once the client has also bought a package and paid $20.00 on account.
    const catalog = await ok(harness, 'packages/create', { name: 'Five medical massage visits', visits: 5, priceCents: 40000, serviceId: '01JD000000000000000CAT0007' });
    await ok(harness, 'packages/sell', { clientId, packageId: catalog.packages[0].id, paidOn, method: 'check', reference: 'Check 1107' });
    await ok(harness, 'payments/record', { clientId, invoiceId: null, paidOn, amountCents: 2000, method: 'cash', reference: '' });
    const statement = await savePdf(harness, { kind: 'statement', id: clientId, paper: 'a4' }, 'statement-a4');
    expect(statement.path).toMatch(/Statement - Vance, Eleanor - \d{4}-\d{2}-\d{2}\.pdf$/);
    for (const text of ['STATEMENT', 'STATEMENT FOR', 'INV-00042', 'INV-00044', 'Payment — Card, VISA 4242', 'Five medical massage visits', 'Page 1 of 1']) expect(statement.text).toContain(text);
    expect(statement.text).not.toContain('INV-00043'); // void: nothing owed on it
    // $125.00 − $50.00 paid − $20.00 credit on account.
    expect(statement.text).toMatch(new RegExp(`AMOUNT DUE \\${$(5500)}`));
    expect(statement.text).toMatch(new RegExp(`Credit on account -\\${$(2000)}`));
    expect(statement.info).toMatch(A4);

    expect(await harness.invoke('documents/savePdf', { kind: 'receipt', id: invoice.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await harness.invoke('documents/savePdf', { kind: 'invoices-month', month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { month: expect.any(String) } } });
  });

  // Electron's print-dialog path has no footer template; it prints withPrintDialogFooter's HTML
  // instead. Check that in the same engine: page numbers with the header/footer feature off.
  test('the print-dialog footer (CSS page-margin boxes) numbers the pages', async ({ harness, setupDone: _, browser }) => {
    const doc = await ok<{ html: string; title: string }>(harness, 'documents/render', { kind: 'intake-blank', paper: 'letter' });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(withPrintDialogFooter(doc.html, doc.title));
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'print-dialog-footer.pdf');
    await page.pdf({ path: file, format: 'Letter', printBackground: true, displayHeaderFooter: false });
    await context.close();
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Health history intake');
    expect(text).toContain('Page 1 of 2');
    expect(text).toContain('Page 2 of 2');
  });
});
