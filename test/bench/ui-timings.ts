// Timings through the real renderer: the browser harness on the reference clinic, driven by
// Playwright in Debian's Chromium. Each timing runs from the input event (keydown, pointerdown) in
// the page to the first frame painted after the screen shows the answer (requestAnimationFrame,
// then a task: the frame has been handed to the compositor).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { summarize, type Timing } from './stats';

const ROOT = resolve(__dirname, '../..');
/** The built renderer: PALPATE_RENDERER_DIR when set (a build of one's own, beside others' out/), else out/renderer. */
const RENDERER_DIR = resolve(process.env.PALPATE_RENDERER_DIR ?? join(ROOT, 'out/renderer'));
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface UiRow {
  id: string;
  label: string;
  timing?: Timing;
  /** Why there is no timing ("n/a (screen not built)"). */
  missing?: string;
  note?: string;
}

export interface StartTiming {
  total: Timing;
  harnessReady: Timing;
  browserReady: Timing;
  harnessRssMb: number;
}

interface Harness {
  url: string;
  child: ChildProcess;
}

/**
 * The harness as one prebuilt JavaScript file, as electron-vite builds Electron's main: a start
 * then costs what the app's start costs, not TypeScript being compiled on the fly by tsx.
 */
let bundled: string | null = null;
function harnessBundle(): string {
  if (!bundled) {
    // In the bench's cache (ignored by git and lint), inside the repository so it finds node_modules.
    const outfile = join(ROOT, 'test', 'bench', '.cache', 'harness.cjs');
    buildSync({ entryPoints: [join(ROOT, 'test/harness/cli.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, external: ['better-sqlite3-multiple-ciphers', 'playwright-core', 'electron'], logLevel: 'error' });
    bundled = outfile;
  }
  return bundled;
}

function launchHarness(dataDir: string): Promise<Harness> {
  const args = [harnessBundle(), '--data-dir', dataDir, '--port', '0', '--renderer', RENDERER_DIR];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`harness did not start:\n${out}`)), 120_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok({ url: m[1]!, child });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(new Error(`harness exited with ${code}:\n${out}`)));
  });
}

async function stopHarness(h: Harness): Promise<void> {
  if (h.child.exitCode !== null) return;
  const exited = new Promise((ok) => h.child.once('exit', ok));
  h.child.kill('SIGTERM');
  await exited;
}

function rssMb(pid: number | undefined): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

const launchBrowser = () => chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: BROWSER_ARGS, headless: true });

// In-page measuring, as plain JavaScript text: tsx compiles functions with name helpers that do
// not exist in the page, so nothing here is a serialised TypeScript function.
const PAGE_HELPERS = `
window.__benchChecks = {
  firstOption: (id) => Boolean(document.querySelector('[role="listbox"] [role="option"]')?.id.endsWith('-' + id)),
  noOptions: () => document.querySelector('[role="listbox"] [role="option"]') === null && document.querySelector('.search-note[role="status"]') !== null,
  chartOf: (name) => Boolean(document.querySelector('.chart h1')?.textContent?.includes(name)) && document.querySelector('.tabs') !== null,
  weekTitle: (before) => {
    const h = document.querySelector('.sched-title');
    return Boolean(h && h.textContent !== before && h.getAttribute('aria-busy') === 'false');
  },
};
// From the next input event of kind \`trigger\` to the first frame painted once the check holds.
window.__benchArm = (ready, arg, trigger) => {
  window.__bench = new Promise((resolve) => {
    let start = 0;
    const check = () => window.__benchChecks[ready](arg);
    window.addEventListener(trigger, () => { start = performance.now(); }, { once: true, capture: true });
    const observer = new MutationObserver(() => {
      if (start && check()) {
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
};
`;

/** Arms the measurement of the next `trigger` event until a frame is painted after `ready` holds. */
function armPaint(page: Page, ready: string, arg: unknown, trigger: 'keydown' | 'pointerdown'): Promise<unknown> {
  return page.evaluate(`window.__benchArm(${JSON.stringify(ready)}, ${JSON.stringify(arg ?? null)}, ${JSON.stringify(trigger)})`);
}

const painted = (page: Page) => page.evaluate('window.__bench') as Promise<number>;

/**
 * Until the core's start-up check of the file, which runs in the background after a clean
 * shutdown, is done: a run then ends the way a day at the clinic does (the app was used for more
 * than a second), with a clean close, so the next start is again a start after a clean shutdown.
 */
async function untilDatabaseChecked(page: Page): Promise<void> {
  await page.waitForFunction(`window.palpate.invoke('app/status', {}).then((s) => s.ok && !s.value.checkingDatabase && !s.value.damaged)`, undefined, {
    timeout: 60_000,
    polling: 100,
  });
}

/**
 * Process start → Schedule screen painted with this week's appointments (harness and browser start
 * together). `after`: 'clean' (the usual start: Palpate was closed normally last time, so the
 * database opens at once and quick_check runs in the background), or 'crash' (the note of a clean
 * shutdown removed: quick_check of the whole file runs before it opens).
 */
export async function startToSchedule(dataDir: string, runs: number, log: (line: string) => void, after: 'clean' | 'crash' = 'clean'): Promise<StartTiming> {
  const totals: number[] = [];
  const harnessTimes: number[] = [];
  const browserTimes: number[] = [];
  let harnessRssMb = Number.NaN;
  for (let i = 0; i <= runs; i++) {
    if (after === 'crash') rmSync(join(dataDir, 'clean-shutdown.json'), { force: true });
    const t0 = performance.now();
    const [harness, browser] = await Promise.all([launchHarness(dataDir).then((h) => ({ h, t: performance.now() - t0 })), launchBrowser().then((b) => ({ b, t: performance.now() - t0 }))]);
    try {
      const page = await browser.b.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${harness.h.url}/#/schedule`);
      await page.waitForSelector('.sched-title[aria-busy="false"]', { timeout: 60_000 });
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
      const total = performance.now() - t0;
      // The first start compiles the harness's TypeScript and warms the disk cache: not counted.
      if (i > 0) {
        totals.push(total);
        harnessTimes.push(harness.t);
        browserTimes.push(browser.t);
      }
      log(`  start after ${after === 'clean' ? 'a clean close' : 'a crash'} ${i === 0 ? '(warm-up)' : i}: ${total.toFixed(0)} ms (harness ready ${harness.t.toFixed(0)} ms, browser ${browser.t.toFixed(0)} ms)`);
      harnessRssMb = rssMb(harness.h.child.pid);
      await untilDatabaseChecked(page);
    } finally {
      await browser.b.close();
      await stopHarness(harness.h);
    }
  }
  return { total: summarize(totals), harnessReady: summarize(harnessTimes), browserReady: summarize(browserTimes), harnessRssMb };
}

export interface UiOptions {
  dataDir: string;
  /** Names to type into search, with the id of the client each should find first. */
  searches: { query: string; firstIds: (string | null)[]; lastName: string }[];
  log: (line: string) => void;
}

export async function uiTimings(options: UiOptions): Promise<{ rows: UiRow[]; harnessRssMb: number }> {
  const harness = await launchHarness(options.dataDir);
  let browser: Browser | null = null;
  const rows: UiRow[] = [];
  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(PAGE_HELPERS);
    await page.goto(`${harness.url}/#/`);
    await page.locator('.sidebar').waitFor();

    const keystrokes: number[] = [];
    const clicks: number[] = [];
    for (const s of options.searches) {
      await page.keyboard.press('Control+K');
      const box = page.getByRole('combobox', { name: 'Search clients' });
      await box.waitFor();
      for (let n = 1; n <= s.query.length; n++) {
        const expected = s.firstIds[n - 1];
        await armPaint(page, expected ? 'firstOption' : 'noOptions', expected, 'keydown');
        await page.keyboard.press(s.query[n - 1]!);
        keystrokes.push(await painted(page));
      }
      await armPaint(page, 'chartOf', s.lastName, 'pointerdown');
      await page.locator('[role="listbox"] [role="option"]').first().click();
      clicks.push(await painted(page));
    }
    rows.push({ id: 'ui-search', label: 'keystroke → search results painted', timing: summarize(keystrokes) });
    rows.push({ id: 'ui-chart', label: 'click → client chart painted', timing: summarize(clicks) });

    await page.goto(`${harness.url}/#/schedule`);
    const title = page.locator('.sched-title');
    const next = page.getByRole('button', { name: 'Next week' });
    const built = await title.waitFor({ timeout: 15_000 }).then(
      () => true,
      () => false,
    );
    if (!built || (await next.count()) === 0) {
      rows.push({ id: 'ui-week', label: 'next week → week painted', missing: 'n/a (screen not built)' });
    } else {
      await page.waitForSelector('.sched-title[aria-busy="false"]');
      const weeks: number[] = [];
      for (let i = 0; i < 12; i++) {
        // Wait for the neighbours' prefetch to settle, as a person reading the week would.
        await page.waitForTimeout(150);
        await armPaint(page, 'weekTitle', (await title.textContent()) ?? '', 'pointerdown');
        await next.click();
        weeks.push(await painted(page));
      }
      rows.push({ id: 'ui-week', label: 'next week → week painted', timing: summarize(weeks) });
    }
    return { rows, harnessRssMb: rssMb(harness.child.pid) };
  } finally {
    await browser?.close();
    await stopHarness(harness);
  }
}
