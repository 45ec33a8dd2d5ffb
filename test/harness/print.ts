// Printing in the browser harness (test tooling): the host side of documents/savePdf and
// documents/print, as electron/print.ts is in the app. It prints the core's HTML and footer
// template with page.pdf(), the same Chromium print engine Electron's printToPDF uses, with the
// same paper, margins and footer, and with JavaScript off as in Electron's document window.
import type { Browser } from 'playwright-core';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ShellHandlers } from '../../shared/contract';
import { PAGE_MARGINS_MM, PAPER } from '../../shared/documents/layout';
import type { Core } from '../../electron/core';

export interface HarnessShell extends Pick<ShellHandlers, 'documents/savePdf' | 'documents/print'> {
  /** Closes the browser, if a document was ever printed. */
  close(): Promise<void>;
}

const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const mm = (n: number) => `${n}mm`;

export function createHarnessShell({ core, dataDir }: { core: Pick<Core, 'api'>; dataDir: string }): HarnessShell {
  // Launched on the first document, once: most harness runs never print. Playwright itself is
  // loaded then too (a few hundred ms): Electron's main has no such cost at start, and the
  // benchmark's start timing runs the harness as a stand-in for it.
  let browser: Promise<Browser> | null = null;
  const getBrowser = () =>
    (browser ??= import('playwright-core')
      .then(({ chromium }) => chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: BROWSER_ARGS, headless: true }))
      .catch((error: unknown) => {
        browser = null; // let the next document try again
        throw error;
      }));

  return {
    'documents/savePdf': async (request) => {
      const doc = core.api['documents/render'](request);
      const context = await (await getBrowser()).newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.setContent(doc.html, { waitUntil: 'load' });
        const pdf = await page.pdf({
          format: PAPER[doc.paper].chromium,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: doc.footerTemplate,
          margin: { top: mm(PAGE_MARGINS_MM.top), right: mm(PAGE_MARGINS_MM.right), bottom: mm(PAGE_MARGINS_MM.bottom), left: mm(PAGE_MARGINS_MM.left) },
        });
        // No save dialog here: the file goes to <data folder>/exports, where a test can read it.
        const folder = join(dataDir, 'exports');
        await mkdir(folder, { recursive: true });
        const path = join(folder, basename(doc.fileName));
        await writeFile(path, pdf);
        return { saved: true, path };
      } finally {
        await context.close();
      }
    },

    'documents/print': async (request) => {
      // Rendered (so a bad id still answers not_found, as in the app), but never printed: the
      // harness has no printer and no print dialog to show.
      core.api['documents/render'](request);
      return { printed: false };
    },

    close: async () => {
      const launched = browser;
      browser = null;
      const opened = await launched?.catch(() => null);
      await opened?.close();
    },
  };
}
