import { expect, snapshot, test } from './fixtures';

const counts = async (invoke: (m: string, i: unknown) => Promise<any>) => ({
  active: (await invoke('clients/list', { status: 'all' })).value.total as number,
});

test('the client form shows errors beside the fields and saves nothing', async ({ page, harness, setupDone: _ }) => {
  await page.goto('/#/clients/new');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByLabel('Legal first name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Legal first name')).toHaveAccessibleDescription(/required/i);
  await expect(page.getByLabel('Legal last name')).toHaveAccessibleDescription(/required/i);

  await page.getByLabel('Legal first name').fill('A'.repeat(10_000));
  await page.getByLabel('Legal last name').fill('Tester');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Date of birth').fill('2999-01-01');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByLabel('Legal first name')).toHaveAccessibleDescription(/100 characters/);
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription(/email/i);
  await expect(page.getByLabel('Date of birth')).toHaveAccessibleDescription(/future/i);
  await snapshot(page, 'client-form-errors');
  expect(await counts(harness.invoke)).toEqual({ active: 0 });

  // Fixing the fields saves exactly one client.
  await page.getByLabel('Legal first name').fill('Ada');
  await page.getByLabel('Email').fill('ada@example.com');
  await page.getByLabel('Date of birth').fill('1990-05-01');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ada Tester' })).toBeVisible();
  expect(await counts(harness.invoke)).toEqual({ active: 1 });
});

test('malformed calls straight to invoke get clear messages and write nothing', async ({ page, harness, setupDone: _ }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  const results = await page.evaluate(async () => {
    const call = (m: string, i: unknown) => window.palpate!.invoke(m, i);
    return [
      await call('clients/create', { legalFirstName: 'X', legalLastName: 'Y', isAdmin: true }),
      await call('clients/create', { legalFirstName: 42, legalLastName: ['Y'] }),
      await call('clients/create', 'DROP TABLE clients'),
      await call('clients/create', { legalFirstName: 'Z'.repeat(10_000), legalLastName: 'Y' }),
      await call('clients/delete', { id: '01JBXD3Q5W9Z8Y7X6V5T4S3R2Q' }),
      await call('clients/update', { id: '../../etc/passwd', legalFirstName: 'X', legalLastName: 'Y' }),
    ];
  });
  for (const r of results) {
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.length).toBeGreaterThan(10);
  }
  expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
    'invalid_input',
    'invalid_input',
    'invalid_input',
    'invalid_input',
    'unknown_method',
    'invalid_input',
  ]);
  const first = results[0]!;
  if (!first.ok) expect(first.error.message).toContain('isAdmin');
  expect(await counts(harness.invoke)).toEqual({ active: 0 });

  // The app still works afterwards.
  await page.goto('/#/clients');
  await expect(page.getByRole('heading', { name: 'Clients', exact: true })).toBeVisible();
});
