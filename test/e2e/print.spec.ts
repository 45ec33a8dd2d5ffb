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
async function riskyClient(harness: HarnessProcess): Promise<{ clientId: string; intakeId: string }> {
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
  return { clientId: client.id, intakeId: intake.id };
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

  test('print answers "not printed" in the harness (no printer), and a wrong id answers not_found', async ({ harness, setupDone: _ }) => {
    const { clientId } = await riskyClient(harness);
    expect(await harness.invoke('documents/print', { kind: 'progress-report', id: clientId })).toEqual({ ok: true, value: { printed: false } });
    const missing = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
    expect(await harness.invoke('documents/savePdf', { kind: 'intake', id: missing })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await harness.invoke('documents/print', { kind: 'progress-report', id: missing })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await harness.invoke('documents/savePdf', { kind: 'intake' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { id: expect.any(String) } } });
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
