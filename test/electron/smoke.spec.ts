// Smoke test of the packaged shell: the real Electron binary, main, preload, the app:// protocol,
// IPC and a real database file, from first-run setup to a saved client.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const mainScript = join(root, 'out/main/index.js');

/**
 * The Electron executable, or null when it is not installed. Read from the package's path.txt
 * rather than `require('electron')`, which starts a download when the binary is missing.
 */
function electronBinary(): string | null {
  try {
    const packageDir = dirname(require.resolve('electron/package.json', { paths: [root] }));
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
    const binary = join(distDir, readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test.skip(
  !binary,
  'Electron binary is not installed on this machine (it cannot be downloaded here); run npm test where Electron is installed to exercise the packaged shell',
);

test('the desktop app sets up a clinic and saves a client', async () => {
  expect(existsSync(mainScript), `${mainScript} is missing: run npm run build first`).toBe(true);
  const dataDir = mkdtempSync(join(tmpdir(), 'palpate-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [mainScript],
    cwd: root,
    env: { ...process.env, PALPATE_DATA_DIR: dataDir, ELECTRON_RENDERER_URL: '' },
  });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Palpate/);
    expect(page.url()).toMatch(/^app:\/\/palpate\/index\.html($|#)/);

    // The page is a sandboxed web page: no Node, one bridge with one function.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys((window as unknown as { palpate: object }).palpate))).toEqual(['invoke']);

    await page.getByLabel('Clinic name').fill('Riverside Medical Massage');
    const timeZone = page.getByLabel('Time zone');
    if ((await timeZone.evaluate((el) => el.tagName)) === 'SELECT') await timeZone.selectOption('America/Chicago');
    else await timeZone.fill('America/Chicago');
    await page.getByLabel('First name').fill('Maya');
    await page.getByLabel('Last name').fill('Okafor');
    await page.getByRole('button', { name: 'Set up clinic' }).click();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('link', { name: 'New client' }).or(page.getByRole('button', { name: 'New client' })).first().click();
    await page.getByLabel('Legal first name').fill('Eleanor');
    await page.getByLabel('Legal last name').fill('Vance');
    await page.getByRole('button', { name: 'Save client' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Eleanor Vance' })).toBeVisible();

    // The client is in the database file in the folder the test chose.
    expect(existsSync(join(dataDir, 'palpate.db'))).toBe(true);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
