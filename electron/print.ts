// Printing in Electron: the core renders a document to HTML; this loads it into a hidden,
// script-less window and hands it to Chromium's print engine, as a PDF (printToPDF, then a save
// dialog) or to the system print dialog. The harness does the same with page.pdf()
// (test/harness/print.ts), from the same HTML and footer template.
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ShellHandlers } from '../shared/contract';
import { PAGE_MARGINS_MM, PAPER, withPrintDialogFooter } from '../shared/documents/layout';
import type { DocumentRequest } from '../shared/schemas/documents';
import type { Core } from './core';

export interface ElectronShellOptions {
  core: Pick<Core, 'api'>;
  /** The window dialogs belong to (null when it is closed). */
  getWindow: () => BrowserWindow | null;
}

const MM_PER_INCH = 25.4;
/** Chromium refuses URLs longer than 2 MB; a document (even with a 300 kB signature) is far smaller. */
const MAX_DATA_URL = 2 * 1024 * 1024;

/**
 * The document's own window: never shown, sandboxed, and with JavaScript off (the HTML has no
 * scripts and its CSP forbids them anyway). main.ts's 'web-contents-created' hook also applies
 * to it, so it cannot navigate, open windows or get permissions either.
 */
async function withDocumentWindow<T>(html: string, use: (contents: WebContents) => Promise<T>): Promise<T> {
  const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
  if (url.length > MAX_DATA_URL) throw new Error(`The document is too large to print (${url.length} bytes).`);
  const window = new BrowserWindow({
    show: false,
    width: 816, // a Letter page at 96 dpi, so nothing lays out at an odd width before printing
    height: 1056,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      webSecurity: true,
      spellcheck: false,
      devTools: false,
    },
  });
  try {
    await window.loadURL(url);
    return await use(window.webContents);
  } finally {
    // Whatever happened (a failed load, a cancelled dialog, an error), the window goes.
    if (!window.isDestroyed()) window.destroy();
  }
}

const inches = (mm: number) => mm / MM_PER_INCH;

/** The printing part of the shell (main.ts adds restoring and the folder dialog). */
export type PrintShell = Pick<ShellHandlers, 'documents/savePdf' | 'documents/print'>;

export function createElectronShell({ core, getWindow }: ElectronShellOptions): PrintShell {
  const render = (request: DocumentRequest) => core.api['documents/render'](request);

  return {
    'documents/savePdf': async (request) => {
      const doc = render(request);
      const pdf = await withDocumentWindow(doc.html, (contents) =>
        contents.printToPDF({
          pageSize: PAPER[doc.paper].chromium,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: doc.footerTemplate,
          margins: {
            top: inches(PAGE_MARGINS_MM.top),
            right: inches(PAGE_MARGINS_MM.right),
            bottom: inches(PAGE_MARGINS_MM.bottom),
            left: inches(PAGE_MARGINS_MM.left),
          },
        }),
      );
      const options = {
        title: 'Save as PDF',
        defaultPath: join(app.getPath('documents'), doc.fileName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const parent = getWindow();
      const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false, path: null };
      await writeFile(choice.filePath, pdf);
      return { saved: true, path: choice.filePath };
    },

    'documents/print': async (request) => {
      const doc = render(request);
      // The system print dialog has no footer template: the same footer goes in as CSS page
      // margin boxes instead (see withPrintDialogFooter).
      return withDocumentWindow(withPrintDialogFooter(doc.html, doc.title), async (contents) => {
        const printed = await new Promise<boolean>((resolve, reject) => {
          contents.print({ silent: false, printBackground: true, pageSize: PAPER[doc.paper].chromium }, (success, failureReason) => {
            // Cancelling the dialog is not an error; a failed job is.
            if (success || /cancel/i.test(failureReason)) resolve(success);
            else reject(new Error(`Printing failed: ${failureReason}`));
          });
        });
        return { printed };
      });
    },
  };
}
