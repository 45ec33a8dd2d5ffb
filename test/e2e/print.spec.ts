// Printed documents end to end: the harness prints the core's HTML with Chromium's PDF engine
// (page.pdf(), the engine behind Electron's printToPDF), and the PDFs are read back with poppler's
// pdftotext and pdfinfo. Each PDF and a PNG of its first page are kept under test-results/documents.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { PRECAUTIONS_DISCLAIMER } from '../../shared/domain/precautions';
import { withPrintDialogFooter } from '../../shared/documents/layout';
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
  header[9] = 0; // grayscale
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

const ALERT_TITLES = ['Anticoagulants / bleeding disorder', 'Pregnancy', 'Hypertension (uncontrolled)'];

async function ok<T = any>(harness: HarnessProcess, method: string, input: unknown): Promise<T> {
  const result = await harness.invoke(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** A client with the risky intake, a referral from Dr. Ana Rivera and a plan. */
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
