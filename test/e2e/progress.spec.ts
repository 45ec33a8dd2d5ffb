// The Progress tab: pain before/after across signed sessions as a chart with a summary sentence,
// findings per body region over time, and the same numbers as tables.
import { ulid } from 'ulid';
import { expect, snapshot, test, type HarnessProcess } from './fixtures';

const VISITS = [
  { date: '2026-01-08', before: 8, after: 5, severity: 3 },
  { date: '2026-01-15', before: 7, after: 4, severity: 3 },
  { date: '2026-01-22', before: 5, after: 3, severity: 2 },
  { date: '2026-02-05', before: 4, after: 2, severity: 1 },
];

async function seedSignedSessions(harness: HarnessProcess): Promise<string> {
  const client = (await harness.invoke('clients/create', { legalFirstName: 'Eleanor', legalLastName: 'Vance', dateOfBirth: '1961-06-02' })).value;
  const [practitioner] = (await harness.invoke('practitioners/list', {})).value;
  for (const v of VISITS) {
    const started = await harness.invoke('sessions/start', { clientId: client.id, practitionerId: practitioner.id, sessionDate: v.date, startTime: '10:00', from: 'blank' });
    expect(started.ok).toBe(true);
    const signed = await harness.invoke('sessions/sign', {
      id: started.value.id,
      signedBy: practitioner.id,
      practitionerId: practitioner.id,
      sessionDate: v.date,
      startTime: '10:00',
      subjective: 'Neck and shoulder tension.',
      painBefore: v.before,
      painAfter: v.after,
      modalities: [{ modality: 'swedish', minutes: 45, cptCode: '97124', oils: '' }],
      findings: [{ id: ulid(), regionId: 'upper_trapezius', side: 'right', type: 'hypertonicity', severity: v.severity, pain: null, note: '' }],
    });
    expect(signed.ok).toBe(true);
  }
  return client.id;
}

test('Progress: the pain chart and its summary, region trends, and the same as tables', async ({ page, harness, setupDone: _ }) => {
  const clientId = await seedSignedSessions(harness);
  await page.goto(`/#/clients/${clientId}`);
  await page.getByRole('navigation', { name: 'Client chart' }).getByRole('link', { name: 'Progress' }).click();
  await expect(page).toHaveURL(new RegExp(`#/clients/${clientId}/progress$`));

  const chart = page.getByRole('figure', { name: /^Pain went from 8 to 2 over 4 sessions/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('.recharts-wrapper > svg')).toBeVisible();
  await expect(chart.getByText('Pain before treatment')).toBeVisible();
  await expect(chart.getByText('Pain after treatment')).toBeVisible();
  const strip = page.getByRole('table', { name: /^Findings by region and session/ });
  await expect(strip.getByRole('rowheader', { name: 'Right upper trapezius' })).toBeVisible();
  await expect(strip.getByRole('row', { name: /Right upper trapezius/ }).getByRole('cell')).toHaveCount(4);
  await snapshot(page, 'progress');

  await page.getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByRole('button', { name: 'Show as table' })).toHaveAttribute('aria-pressed', 'true');
  const pain = page.getByRole('table', { name: 'Pain before and after each signed session' });
  await expect(pain.getByRole('row')).toHaveCount(5);
  await expect(pain.getByRole('row').nth(1).getByRole('cell')).toHaveText([/Jan 8, 2026/, '8', '5', '−3']);
  await expect(pain.getByRole('row').nth(4).getByRole('cell')).toHaveText([/Feb 5, 2026/, '4', '2', '−2']);
  const regions = page.getByRole('table', { name: 'Findings by region and session' });
  await expect(regions.getByRole('row', { name: /Right upper trapezius/ }).getByRole('cell')).toHaveText(['Hypertonicity 3/3', 'Hypertonicity 3/3', 'Hypertonicity 2/3', 'Hypertonicity 1/3']);
  await expect(page.locator('svg.recharts-surface')).toHaveCount(0);
});

test('Progress: a client without signed sessions is told what to do next', async ({ page, harness, setupDone: _ }) => {
  const client = (await harness.invoke('clients/create', { legalFirstName: 'Tom', legalLastName: 'Reyes' })).value;
  await page.goto(`/#/clients/${client.id}/progress`);
  await expect(page.getByText('No signed sessions yet — progress appears here once notes are signed.')).toBeVisible();
  await page.getByRole('link', { name: 'Go to sessions' }).click();
  await expect(page).toHaveURL(new RegExp(`#/clients/${client.id}/sessions$`));
});
