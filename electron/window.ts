// The security rules of the shell as pure functions: window options, which origins the app
// trusts, which navigations and external links are allowed, and how app:// URLs map to files.
// Only types come from `electron`, so all of this runs (and is tested) under plain Node.
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions, WebPreferences } from 'electron';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The privileged scheme the packaged renderer is served from (see main.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'palpate';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export interface ShellOptions {
  /** DevTools are for development only: a packaged build must not open them. */
  devTools?: boolean;
}

export function secureWebPreferences(preloadPath: string, { devTools = false }: ShellOptions = {}): WebPreferences {
  return {
    preload: preloadPath,
    // The renderer is a web page with no Node: it reaches the core only through the preload's
    // one `invoke`, which runs in an isolated world inside an OS-sandboxed process.
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: undefined,
    // A middle-click on a link would otherwise ask to open a new window (which is denied anyway).
    disableBlinkFeatures: 'Auxclick',
    // Notes are typed fast between clients: spelling help matters (it runs locally).
    spellcheck: true,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    // A page cannot trap the user in a loop of alert() dialogs.
    safeDialogs: true,
    devTools,
  };
}

export function mainWindowOptions(preloadPath: string, shell: ShellOptions = {}): BrowserWindowConstructorOptions {
  return {
    title: 'Palpate',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    // Shown on 'ready-to-show', so the user never sees a blank white frame.
    show: false,
    // Matches the app's light neutral background, for the instant before the first paint.
    backgroundColor: '#f6f7f7',
    webPreferences: secureWebPreferences(preloadPath, shell),
  };
}

/**
 * `scheme://host[:port]` for URLs that have one, else null. Node's URL reports the origin of a
 * non-special scheme such as app:// as "null", so it is built here the way Chromium sees it.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!['http:', 'https:', `${APP_SCHEME}:`].includes(parsed.protocol) || parsed.host === '') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The origins whose pages may call the core. In development electron-vite serves the renderer
 * from a local dev server; only a loopback http(s) address is accepted for it, so a stray
 * environment variable can never make a remote site trusted.
 */
export function allowedOrigins(devServerUrl?: string): string[] {
  const origins = [APP_ORIGIN];
  if (devServerUrl) {
    const origin = originOf(devServerUrl);
    const url = origin ? new URL(origin) : null;
    if (url && url.protocol.startsWith('http') && LOOPBACK_HOSTS.has(url.hostname)) origins.push(origin as string);
  }
  return origins;
}

/** Navigation stays inside the app's own origin (reloads, in-app links); anything else is refused. */
export function isAllowedNavigation(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}

/**
 * Links that may leave the app for the operating system. Palpate is offline-first and holds
 * health records, so web links are not opened: a URL can carry client data to a third party, and
 * nothing in the app needs the web. The one exception is `mailto:` with a bare address (clicking a
 * client's email opens the mail program); any query (`?subject=`, `?body=`, `?attach=`) is refused,
 * because some mail programs honour `attach=` with a local file path.
 */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'mailto:' || parsed.search !== '' || parsed.hash !== '') return false;
  return /^[^\s@/\\?#:]+@[^\s@/\\?#:]+\.[^\s@/\\?#:]+$/.test(decodeURIComponentOrEmpty(parsed.pathname));
}

function decodeURIComponentOrEmpty(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

/**
 * The file under `rendererRoot` that an app:// request asks for, or null when the request is
 * not for our host or tries to leave the folder. Checked on the raw text as well as the parsed
 * path: the URL parser quietly folds `..` and `%2e%2e` away, and an attempt is refused, not
 * reinterpreted.
 */
export function resolveRendererFile(requestUrl: string, rendererRoot: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') return null;
  // No legitimate asset name contains these; an encoded dot, slash or backslash is an attempt.
  if (/\.\.|%2e|%2f|%5c|\\|%00/i.test(requestUrl)) return null;

  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path === '/' || path === '') path = '/index.html';
  const segments = path.slice(1).split('/');
  // Empty segments (`//etc`), dot segments and drive letters (`C:`) never name a file of ours.
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes(':') || s.includes('\0'))) return null;

  const root = resolve(rendererRoot);
  const file = resolve(root, ...segments);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}

/**
 * The application menu. Windows and Linux get none (clinic staff do not need a menu bar, and
 * copy/paste shortcuts work without one); macOS needs the standard app and Edit menus for its
 * keyboard shortcuts. Reload and DevTools exist only in development.
 */
export function menuTemplate(platform: NodeJS.Platform, { devTools = false }: ShellOptions = {}): MenuItemConstructorOptions[] | null {
  const template: MenuItemConstructorOptions[] = [];
  if (platform === 'darwin') template.push({ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' });
  if (devTools) template.push({ label: 'Develop', submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }] });
  return template.length > 0 ? template : null;
}
