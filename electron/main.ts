// The Electron shell: one window, the app:// protocol, the security wiring, and the core behind
// one IPC channel, plus hidden document windows for printing (print.ts). Every rule it applies
// lives in window.ts or ipc.ts, where it is unit-tested.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, shell, type OpenDialogOptions, type Session, type WebContents } from 'electron';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openCore, type Core } from './core';
import { appendAudit } from './core/audit';
import { formatBackupTime } from './core/backup';
import type { CoreHost } from './core/backup-host';
import { DataFolderOnNetworkError } from './core/backup-location';
import { DatabaseDamagedError, restoreFile } from './core/backup-restore';
import { createDemoSwitch } from './core/demo/switch';
import type { UnlockOptions } from './core/encryption';
import { openLockableHost } from './core/encryption-host';
import { DatabaseFromNewerVersionError } from './core/errors';
import { exportAllData } from './core/export';
import { createInvokeHandler, registerIpc } from './ipc';
import { createSafeStorageKeyWrapper } from './key-wrapper';
import { createElectronShell } from './print';
import {
  allowedOrigins,
  APP_ENTRY_URL,
  APP_SCHEME,
  isAllowedExternalUrl,
  isAllowedNavigation,
  mainWindowOptions,
  menuTemplate,
  resolveRendererFile,
} from './window';

// electron-vite puts main in out/main, the preload in out/preload and the renderer in out/renderer.
const PRELOAD_PATH = join(__dirname, '../preload/index.js');
const RENDERER_ROOT = join(__dirname, '../renderer');

// `electron-vite dev` serves the renderer from a local dev server; a packaged build never does.
const origins = allowedOrigins(app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL);
// Loaded only if allowedOrigins accepted it (a loopback address), so IPC and navigation agree.
const devServerUrl = origins.length > 1 ? process.env.ELECTRON_RENDERER_URL : undefined;
const shellOptions = { devTools: !app.isPackaged };

// The live core, behind the host that swaps it when a backup is restored.
let host: CoreHost | null = null;
let mainWindow: BrowserWindow | null = null;
// Automatic backups: every 15 minutes the core is asked, and backs up only if something changed.
const AUTO_BACKUP_MS = 15 * 60_000;
let autoBackupTimer: NodeJS.Timeout | null = null;
let quitBackupDone = false;

// Tests and the harness point PALPATE_DATA_DIR at a fresh folder. It becomes the whole userData
// folder, so Chromium's files and the single-instance lock move with it and a test run never
// collides with a Palpate the clinic has open.
if (process.env.PALPATE_DATA_DIR) app.setPath('userData', resolve(process.env.PALPATE_DATA_DIR));

// Every renderer is OS-sandboxed, whatever a window's options say.
app.enableSandbox();

// Must happen before 'ready'. `standard` gives app:// real origins and relative URLs; `secure`
// makes it a secure context like https; `codeCache` lets V8 keep the renderer's compiled script
// between starts (Chromium does that only for http(s) unless asked), which shortens every start
// after the first. Nothing else (no CSP bypass, no CORS).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);

if (!app.requestSingleInstanceLock()) {
  // Two Palpates writing one database would only confuse people: focus the first one instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (host && BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  app.on('before-quit', (event) => {
    if (quitBackupDone || !host) return;
    // One more backup, if anything changed, before 'will-quit' closes the database.
    event.preventDefault();
    quitBackupDone = true;
    if (autoBackupTimer) clearInterval(autoBackupTimer);
    Promise.resolve(host.invoke('backups/auto', { trigger: 'quit' }))
      .then((answer) => {
        if (!answer.ok) console.error('Palpate: the backup on quit failed:', answer.error.message);
      })
      .catch((error: unknown) => console.error('Palpate: the backup on quit failed', error))
      .finally(() => app.quit());
  });
  app.on('will-quit', () => {
    host?.close();
    host = null;
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail('Palpate could not start. Nothing was changed.', error));
}

async function start(): Promise<void> {
  const menu = menuTemplate(process.platform, shellOptions);
  Menu.setApplicationMenu(menu ? Menu.buildFromTemplate(menu) : null);
  protocol.handle(APP_SCHEME, serveRendererFile);

  const dataDir = app.getPath('userData');
  // Encryption at rest: the database key is kept by the OS keychain when there is one
  // (key-wrapper.ts). A database protected by a passphrase opens locked: the window shows the
  // unlock screen, and the host (core/encryption-host.ts) opens the core once the passphrase or
  // the recovery key is typed.
  const keyWrapper = await createSafeStorageKeyWrapper();
  const coreAt = (folder: string, unlock: Pick<UnlockOptions, 'passphrase' | 'recoveryKey'> = {}) =>
    openCore({ dataDir: folder, version: app.getVersion(), nativeBinding: nativeBinding(), keyWrapper, ...unlock });
  let live: CoreHost;
  try {
    live = await openLockableHost({ open: (unlock) => openOrOfferRestore(dataDir, () => coreAt(dataDir, unlock)), host: hostAround });
  } catch (error) {
    // Never repair, migrate around or replace the file unasked: say what happened and stop.
    const plain = error instanceof DatabaseFromNewerVersionError || error instanceof DatabaseDamagedError || error instanceof DataFolderOnNetworkError;
    const message = plain
      ? error.message
      : `Palpate could not open its database in ${dataDir}. Nothing in it was changed.\n\n${error instanceof Error ? error.message : String(error)}`;
    fail(message, error);
    return;
  }

  // The shell's part of the contract: printing needs Chromium (print.ts), choosing a folder needs
  // a dialog, and restoring a backup closes and reopens the core (backup-host.ts). Opening the demo
  // clinic swaps the core for one on <userData>/demo, and back (core/demo/switch.ts); the IPC
  // handler and the timers below always reach the live one.
  function hostAround(opened: Core): CoreHost {
    return createDemoSwitch({
      dataDir,
      core: opened,
      openAt: (folder) => coreAt(folder),
      shell: (current) => ({
        ...createElectronShell({ core: current, getWindow: () => mainWindow }),
        'backups/chooseFolder': async () => {
          const options: OpenDialogOptions = { title: 'Choose a folder for backup copies', properties: ['openDirectory', 'createDirectory'] };
          const parent = mainWindow;
          const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
          const path = choice.filePaths[0];
          return choice.canceled || !path ? { cancelled: true as const } : { cancelled: false as const, path };
        },
        // "Export all data": the person picks where; the core writes, checks and names the folder there.
        'export/full': async () => {
          const options: OpenDialogOptions = {
            title: 'Choose where to save the export',
            buttonLabel: 'Export here',
            properties: ['openDirectory', 'createDirectory'],
          };
          const parent = mainWindow;
          const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
          const path = choice.filePaths[0];
          return choice.canceled || !path ? { cancelled: true as const } : exportAllData(current.core.ctx, path);
        },
      }),
    });
  }
  host = live;
  registerIpc(ipcMain, createInvokeHandler({ invoke: (method, input) => live.invoke(method, input), origins }));
  autoBackupTimer = setInterval(() => {
    Promise.resolve(live.invoke('backups/auto', { trigger: 'timer' })).then(
      (answer) => {
        if (!answer.ok) console.error('Palpate: an automatic backup failed:', answer.error.message);
      },
      (error: unknown) => console.error('Palpate: an automatic backup failed', error),
    );
  }, AUTO_BACKUP_MS);
  createMainWindow();
}

/**
 * Opens the core; when the database fails its start-up check and a good backup exists, asks
 * whether to restore it. The damaged file is moved to replaced/, never deleted.
 */
async function openOrOfferRestore(dataDir: string, open: () => Promise<Core>): Promise<Core> {
  try {
    return await open();
  } catch (error) {
    if (!(error instanceof DatabaseDamagedError) || !error.backup) throw error;
    const when = formatBackupTime(new Date(error.backup.at));
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      title: 'Palpate',
      message: 'Palpate’s database is damaged',
      detail:
        `${error.problem}\n\nRestore from the backup of ${when}? Work entered after that backup is not in it. ` +
        'The damaged file is kept in the “replaced” folder inside Palpate’s data folder, not deleted.',
      buttons: ['Restore from backup', 'Quit'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    });
    if (response !== 0) throw error;
    restoreFile({ dataDir, backupPath: error.backup.path, nativeBinding: nativeBinding() });
    const core = await open();
    appendAudit(core.ctx, { action: 'restore', entity: 'database', detail: { file: error.backup.file, reason: 'damaged database' } });
    return core;
  }
}

function createMainWindow(): void {
  const options = mainWindowOptions(PRELOAD_PATH, shellOptions);
  // The flags the security model rests on, restated where the window is made: a later edit of
  // window.ts cannot weaken them, and the static scan (test/security) can see them here.
  const window = new BrowserWindow({
    ...options,
    webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, disableBlinkFeatures: 'Auxclick' },
  });
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => console.error('Palpate: the window did not load', error));
}

/** Applied to every webContents the app ever creates, including ones we did not plan for. */
function secureWebContents(contents: WebContents): void {
  const refuseNavigation = (event: { url: string; preventDefault(): void }) => {
    if (!isAllowedNavigation(event.url, origins)) event.preventDefault();
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  // <webview> is disabled in webPreferences; refuse it here too in case a window forgets.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) shell.openExternal(url).catch((error: unknown) => console.error('Palpate: could not open a link', error));
    return { action: 'deny' };
  });
  denyAllPermissions(contents.session);
}

// Camera, microphone, location, notifications, clipboard reads, USB...: Palpate needs none of them.
const permissionsDenied = new WeakSet<Session>();
function denyAllPermissions(session: Session): void {
  if (permissionsDenied.has(session)) return;
  permissionsDenied.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

async function serveRendererFile(request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
  const file = resolveRendererFile(request.url, RENDERER_ROOT);
  if (!file) return new Response('Not found', { status: 404 });
  try {
    return await net.fetch(pathToFileURL(file).toString());
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

/**
 * better-sqlite3-multiple-ciphers in node_modules is built for Node (so tests run); Electron needs a build for its
 * own ABI. Packaged builds carry one rebuilt by electron-builder and load it the normal way. In
 * development it is PALPATE_NATIVE_BINDING, else the one build/electron-native.mjs makes under
 * .native/ before `npm start`. A packaged build ignores the variable: loading native code named
 * by the environment is not something an installed medical-records app should do.
 */
function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  if (process.env.PALPATE_NATIVE_BINDING) return process.env.PALPATE_NATIVE_BINDING;
  const devBuild = join(app.getAppPath(), '.native', `electron-${process.versions.electron}`, 'better_sqlite3_mc.node');
  return existsSync(devBuild) ? devBuild : undefined;
}

function fail(message: string, error: unknown): void {
  console.error(message, error);
  dialog.showErrorBox('Palpate cannot start', message);
  // No window is open yet and the core is closed or was never opened: nothing is lost by exiting.
  app.exit(1);
}
