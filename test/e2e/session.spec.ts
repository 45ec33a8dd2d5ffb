// Charting a session: SOAP, three findings on both views (mouse and keyboard), a contraindicated
// modality that blocks signing until acknowledged, sign, read-only, addendum; and a draft that
// survives the harness being killed with SIGKILL mid-typing.
import type { Page } from '@playwright/test';
import { expect, launchHarness, snapshot, stopHarness, test, type HarnessProcess } from './fixtures';

const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** A screenshot of the whole screen's content: the app scrolls inside <main>, so grow the window to fit it. */
async function fullSnapshot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize()!;
  const height = await page.locator('main').evaluate((m) => m.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.min(Math.max(size.height, height), 4000) });
  await snapshot(page, name);
  await page.setViewportSize(size);
}

async function createClient(harness: HarnessProcess, withAnticoagulant: boolean): Promise<string> {
  const client = await harness.invoke('clients/create', { legalFirstName: 'Eleanor', legalLastName: 'Vance', dateOfBirth: '1961-06-02' });
  expect(client.ok).toBe(true);
  if (withAnticoagulant) {
    const intake = await harness.invoke('intakes/sign', {
      clientId: client.value.id,
      answers: { reasonForVisit: 'Low back pain', takesAnticoagulant: true, medications: [{ name: 'Warfarin', isAnticoagulant: true }] },
      signature: { typedName: 'Eleanor Vance', signatureDataUrl: SIGNATURE, consent: true },
    });
    expect(intake.ok).toBe(true);
  }
  return client.value.id;
}

/** Opens the Sessions tab and starts a blank note; resolves to the new session's id. */
async function startBlankSession(page: Page, clientId: string): Promise<string> {
  await page.goto(`/#/clients/${clientId}`);
  await page.getByRole('navigation', { name: 'Client chart' }).getByRole('link', { name: 'Sessions' }).click();
  await expect(page.getByText(/^No sessions yet/)).toBeVisible();
  await page.getByRole('button', { name: 'Start session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start session' });
  await expect(dialog.getByLabel('Practitioner')).toHaveValue(/\w{26}/);
  await expect(dialog.getByRole('radio', { name: 'Copy forward from last signed session' })).toBeDisabled();
  await expect(dialog.getByRole('radio', { name: 'Blank note' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Start session' }).click();
  await expect(page).toHaveURL(/#\/clients\/\w+\/sessions\/\w{26}$/);
  await expect(page.getByRole('textbox', { name: 'Subjective' })).toBeVisible();
  return page.url().split('/').pop()!;
}

const findings = (page: Page) => page.getByRole('region', { name: 'Body map and findings' });

test('chart a session with three findings by mouse and keyboard, acknowledge the precaution, sign and amend', async ({ page, harness, setupDone: _ }) => {
  const clientId = await createClient(harness, true);
  const sessionId = await startBlankSession(page, clientId);
  await fullSnapshot(page, 'session-empty');

  await page.getByLabel('Subjective').fill('Low back ache since Saturday; neck stiff after desk work.');
  await page.getByLabel('Pain before (0–10)').fill('6');
  await page.getByLabel('Objective').fill('Guarding at L4–L5.');

  // 1. Mouse, front view.
  await page.getByRole('group', { name: 'Front view' }).getByRole('button', { name: 'Right upper trapezius' }).click();
  await expect(page.getByLabel('Finding type')).toBeFocused();
  await page.getByRole('radio', { name: '3 severe' }).check();
  await page.getByRole('button', { name: 'Add finding' }).click();
  await expect(findings(page).getByRole('heading', { name: 'Right upper trapezius' })).toBeVisible();

  // 2. Mouse, back view.
  await page.getByRole('group', { name: 'Back view' }).getByRole('button', { name: 'Left hamstrings' }).click();
  await page.getByLabel('Finding type').selectOption({ label: 'Trigger point (active)' });
  await page.getByLabel('Finding note').fill('refers toward the knee');
  await page.getByRole('button', { name: 'Add finding' }).click();
  await expect(findings(page).getByRole('heading', { name: 'Left hamstrings' })).toBeVisible();

  // 3. Keyboard only: Tab from the last SOAP field into the map, arrow down, Enter; then the editor.
  await page.getByLabel('Next visit').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Left hamstrings/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Left calf' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Finding type')).toBeFocused();
  await page.keyboard.type('Tender');
  await expect(page.getByLabel('Finding type')).toHaveValue('tenderness');
  // The severity keeps the last one chosen (3, from the first finding); arrows change it.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: '3 severe' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: '2 moderate' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Finding note')).toBeFocused();
  await page.keyboard.type('after long walks');
  await page.keyboard.press('Enter');
  await expect(findings(page).getByRole('heading', { name: 'Left calf' })).toBeVisible();
  await expect(findings(page).getByRole('heading', { name: /Findings this session/ })).toHaveText(/\(3\)/);

  // Cupping is contraindicated with anticoagulants: the prompt shows beside it.
  await page.getByRole('button', { name: 'Add modality' }).click();
  await page.getByLabel('Modality', { exact: true }).selectOption({ label: 'Cupping' });
  await page.getByLabel('Minutes', { exact: true }).fill('20');
  await expect(page.getByLabel('Code', { exact: true })).toHaveValue('97140');
  const prompt = page.getByRole('list', { name: 'Precautions for this modality' });
  await expect(prompt.getByText('Anticoagulants / bleeding disorder', { exact: true })).toBeVisible();
  await expect(prompt.getByText('contraindicated', { exact: true })).toBeVisible();
  await expect(page.getByText('97140 × 1 — 20 timed minutes, 1 unit (CMS 8-minute rule)')).toBeVisible();

  // Signing is refused while the precaution is unacknowledged.
  await page.getByRole('button', { name: 'Sign note' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Acknowledge this precaution before signing' })).toContainText('Cupping — Anticoagulants / bleeding disorder');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(prompt.getByRole('button', { name: /Acknowledge/ })).toBeFocused();
  await fullSnapshot(page, 'session-full');
  await expect(page.getByRole('status').filter({ hasText: /^Draft saved/ })).toBeVisible();
  expect((await harness.invoke('sessions/get', { id: sessionId })).value.status).toBe('draft');

  await prompt.getByRole('button', { name: /Acknowledge/ }).click();
  await expect(prompt.getByText(/^Acknowledged by Maya Okafor, LMT at \d\d:\d\d$/)).toBeVisible();
  await page.keyboard.press('Control+Enter');
  const confirm = page.getByRole('dialog', { name: 'Sign this note?' });
  await expect(confirm.getByText('Signed notes cannot be changed; corrections are added as addenda.')).toBeVisible();
  await expect(confirm.getByLabel('Signed by')).toHaveValue(/\w{26}/);
  await confirm.getByRole('button', { name: 'Sign', exact: true }).click();

  // Read-only: the note as text, nothing to type into but the addendum.
  const note = page.getByRole('article', { name: 'Signed note' });
  await expect(note.getByText(/^Signed by Maya Okafor, LMT on .* at \d\d:\d\d/)).toBeVisible();
  await expect(note.getByText('Low back ache since Saturday; neck stiff after desk work.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Subjective' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sign note' })).toHaveCount(0);
  await expect(note.getByText(/acknowledged by Maya Okafor, LMT at/)).toBeVisible();

  const signed = (await harness.invoke('sessions/get', { id: sessionId })).value;
  expect(signed.status).toBe('signed');
  expect(signed.painBefore).toBe(6);
  expect(signed.findings).toHaveLength(3);
  expect(signed.findings.map((f: { regionId: string; side: string; type: string }) => `${f.side} ${f.regionId} ${f.type}`)).toEqual([
    'right upper_trapezius hypertonicity',
    'left hamstrings trigger_point_active',
    'left calf tenderness',
  ]);
  expect(signed.acknowledgments).toEqual([expect.objectContaining({ ruleId: 'anticoagulants', modality: 'cupping', level: 'contraindicated', acknowledgedBy: 'Maya Okafor, LMT' })]);
  // And the database refuses a change, whatever the screen does.
  const { clientId: _c, appointmentId: _a, status: _s, signedAt: _sa, signedBy: _sb, signedByName: _sn, addenda: _ad, createdAt: _ca, updatedAt: _u, ...content } = signed;
  const edit = await harness.invoke('sessions/saveDraft', { ...content, subjective: 'changed' });
  expect(edit.error?.code).toBe('conflict');

  await page.getByLabel('Addendum', { exact: true }).fill('Client called the next day: mild bruising at the cupping site, resolved.');
  await page.getByLabel('Reason').fill('Late entry');
  await page.getByRole('button', { name: 'Add addendum' }).click();
  const addenda = page.getByRole('region', { name: 'Addenda' });
  await expect(addenda.getByText('Client called the next day: mild bruising at the cupping site, resolved.')).toBeVisible();
  await expect(addenda.getByText('Late entry')).toBeVisible();
  await expect(note.getByText('Low back ache since Saturday; neck stiff after desk work.')).toBeVisible();
  await fullSnapshot(page, 'session-signed');
});

test('a draft typed into survives the harness being killed with SIGKILL', async ({ page, harness, setupDone: _ }) => {
  const clientId = await createClient(harness, false);
  const sessionId = await startBlankSession(page, clientId);
  const subjective = page.getByLabel('Subjective');
  const savedSubjective = async () => (await harness.invoke('sessions/get', { id: sessionId })).value.subjective as string;

  await subjective.pressSequentially('Neck stiff since Monday.');
  await expect.poll(savedSubjective).toBe('Neck stiff since Monday.');
  await expect(page.getByRole('status').filter({ hasText: /^Draft saved \d\d:\d\d:\d\d$/ })).toBeVisible();

  // More typing: on disk about a second later, without any explicit save.
  await subjective.pressSequentially(' Worse turning left.');
  await expect.poll(savedSubjective, { timeout: 1_500 }).toBe('Neck stiff since Monday. Worse turning left.');

  const exited = new Promise((ok) => harness.process.once('exit', ok));
  harness.process.kill('SIGKILL');
  await exited;
  const restarted = await launchHarness(harness.dataDir);
  // The fixture stops `harness.process` when the test ends: hand it the live one.
  harness.process = restarted.process;
  try {
    await page.goto(`${restarted.url}/#/clients/${clientId}/sessions`);
    await expect(page.getByText(/^You have an unsigned draft from/)).toBeVisible();
    await page.getByRole('link', { name: 'Continue draft' }).click();
    await expect(page.getByLabel('Subjective')).toHaveValue('Neck stiff since Monday. Worse turning left.');
  } finally {
    await stopHarness(restarted);
  }
});
