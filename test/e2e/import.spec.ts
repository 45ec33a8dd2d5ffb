// Import clients from a CSV file in the real app: choose the file, fix a column Palpate could not
// match, see a bad row stop the import, choose the corrected file, import, find the clients.
import type { Page } from '@playwright/test';
import { expect, SETUP, snapshot, test } from './fixtures';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const csvFile = (name: string, rows: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(rows.join('\r\n'), 'utf8') });

const HEADER = 'Given name,Client,Birthday,E-mail,Comments';
const EVIL = '=HYPERLINK("http://evil.example","Click")';
const BAD = csvFile('clients.csv', [
  HEADER,
  'Eleanor,Vance,04/12/1980,eleanor@example.com,',
  'Theo,Crain,1980-02-30,theo@example.com,',
  `Luke,Crain,,luke@example.com,"${EVIL.replace(/"/g, '""')}"`,
]);
const FIXED = csvFile('clients-fixed.csv', [
  HEADER,
  'Eleanor,Vance,04/12/1980,eleanor@example.com,',
  'Theo,Crain,1980-02-28,theo@example.com,',
  `Luke,Crain,,luke@example.com,"${EVIL.replace(/"/g, '""')}"`,
]);

test('import clients from CSV: mapping, a row error, the corrected file, the imported clients', async ({ page, harness }) => {
  expect((await harness.invoke('clinic/setup', { ...SETUP, access: { mode: 'none' } })).ok).toBe(true);
  await page.goto('/');
  await nav(page).getByRole('link', { name: 'Clients' }).click();
  await page.getByRole('link', { name: 'Import from CSV' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import clients' })).toBeVisible();

  // A file too large is refused beside the file field, before anything is sent.
  await page.getByLabel('CSV file').setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(5 * 1024 * 1024 + 10, 'a') });
  await expect(page.getByText('“huge.csv” is larger than 5 MB. Split it into smaller files and import them one at a time.')).toBeVisible();

  await page.getByLabel('CSV file').setInputFiles(BAD);
  const mapping = page.getByRole('group', { name: 'Which column holds what' });
  // Matched from the headings: "Given name", "Birthday", "E-mail", "Comments". "Client" is not a last name Palpate recognises.
  await expect(mapping.getByLabel('Legal first name')).toHaveValue('Given name');
  await expect(mapping.getByLabel('Date of birth')).toHaveValue('Birthday');
  await expect(mapping.getByLabel('Email')).toHaveValue('E-mail');
  await expect(mapping.getByLabel('Notes')).toHaveValue('Comments');
  await expect(mapping.getByLabel('Legal last name')).toHaveValue('');
  await expect(mapping.getByText('Choose the column that holds the legal last name')).toBeVisible();
  const importButton = page.getByRole('button', { name: /^Import \d+ clients?$/ });
  await expect(importButton).toBeDisabled();
  // Said once, beside the select: not again on every row.
  await expect(page.getByText('clients.csv: 3 rows · 1 row with problems')).toBeVisible();
  await snapshot(page, 'import-mapping');

  // Fix the mapping: the row with an impossible date is now the only problem, shown beside its row.
  await mapping.getByLabel('Legal last name').selectOption('Client');
  await expect(mapping.getByText('Choose the column that holds the legal last name')).toHaveCount(0);
  const badRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3', exact: true }) });
  await expect(badRow).toContainText('Date of birth: That date does not exist');
  await expect(page.getByText('clients.csv: 3 rows · 1 row with problems')).toBeVisible();
  await expect(importButton).toBeDisabled();
  await expect(page.getByText(/Fix the 1 row with problems first/)).toBeVisible();
  // The US date was read month first (the clinic is in America/New_York).
  await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2', exact: true }) })).toContainText('1980-04-12');
  await badRow.scrollIntoViewIfNeeded();
  await snapshot(page, 'import-row-error');

  // The corrected copy of the same spreadsheet keeps the chosen columns.
  await page.getByLabel('CSV file').setInputFiles(FIXED);
  await expect(page.getByText('clients-fixed.csv: 3 rows')).toBeVisible();
  await expect(mapping.getByLabel('Legal last name')).toHaveValue('Client');
  await expect(page.getByText(/with problems/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Import 3 clients' }).click();
  await expect(page.getByRole('heading', { name: 'Imported 3 clients' })).toBeVisible();
  await snapshot(page, 'import-done');

  await page.getByRole('link', { name: 'Show clients' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients', exact: true })).toBeVisible();
  for (const name of [/Vance/, /Theo/, /Luke/]) await expect(page.getByRole('link', { name }).first()).toBeVisible();
  // The formula-looking note was stored as plain text, exactly as written.
  const list = await harness.invoke('clients/search', { query: 'luke' });
  const luke = await harness.invoke('clients/get', { id: list.value[0].id });
  expect(luke.value.notes).toBe(EVIL);
});
