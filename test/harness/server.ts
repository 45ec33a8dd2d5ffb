// The browser harness: test tooling, never packaged. It serves the built renderer on loopback and
// answers window.palpate.invoke over HTTP through the same core dispatch that Electron's IPC uses,
// so Playwright can drive the real app in Debian's Chromium where Electron's binary is missing.
import { mkdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { openCore, type Core } from '../../electron/core';
import { createDemoSwitch } from '../../electron/core/demo/switch';
import type { UnlockOptions } from '../../electron/core/encryption';
import { openLockableHost } from '../../electron/core/encryption-host';
import { exportAllData } from '../../electron/core/export';
import { createHarnessShell, type HarnessShell } from './print';

export const INVOKE_PATH = '/__palpate/invoke';
const BRIDGE_PATH = '/__palpate/bridge.js';
// A CSV import may be 5 MB, and JSON escaping can nearly double it.
const MAX_BODY = 12 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
};

// Stands in for the preload: the same one-function surface, carried over fetch instead of IPC.
const BRIDGE = `window.palpate = Object.freeze({
  invoke: (method, input) => fetch(${JSON.stringify(INVOKE_PATH)}, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ method, input }),
  }).then((r) => r.json()),
});`;

export interface Harness {
  url: string;
  /** The live core (a new one after a backup is restored). */
  readonly core: Core;
  close(): Promise<void>;
}

export interface HarnessOptions {
  dataDir: string;
  port?: number;
  rendererDir?: string;
  quiet?: boolean;
  /** Ask the core for an automatic backup this often, as Electron's main does every 15 minutes (off by default). */
  autoBackupMinutes?: number;
  /** Where "Export all data" writes (no folder dialog here); default <data folder>/exports. */
  exportDir?: string;
  /**
   * An encrypted clinic is opened with this passphrase at start. Without it, a clinic protected
   * by a passphrase starts locked and the renderer shows the unlock screen, as in the app.
   */
  passphrase?: string;
}

/** index.html as Electron serves it, plus the bridge script and a connect-src for it. */
function harnessIndex(html: string): string {
  return html
    .replace("connect-src 'none'", "connect-src 'self'")
    .replace('<head>', `<head>\n    <script src="${BRIDGE_PATH}"></script>`);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        fail(new Error('request too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = resolve(options.rendererDir ?? process.env.PALPATE_RENDERER_DIR ?? join(__dirname, '../../out/renderer'));
  const openAt = (dataDir: string, unlock: Pick<UnlockOptions, 'passphrase' | 'recoveryKey'> = {}) => openCore({ dataDir, version: 'harness', ...unlock });
  // Printing, restoring a backup and the folder dialog are the host's part, as in Electron's main.
  // Restoring closes and reopens the core, and the demo clinic swaps it for <dataDir>/demo and back
  // (electron/core/demo/switch.ts), so everything reaches it through the host.
  let printing: HarnessShell | null = null;
  // Encrypted with a passphrase and none given: the host answers the unlock screen until the
  // passphrase (or recovery key) typed there opens the core (electron/core/encryption-host.ts).
  const host = await openLockableHost({
    open: (unlock) => openAt(options.dataDir, unlock ?? (options.passphrase !== undefined ? { passphrase: options.passphrase } : {})),
    host: (core) => createDemoSwitch({
      dataDir: options.dataDir,
      core,
      openAt: (dataDir) => openAt(dataDir),
      shell: (live) => {
        printing = createHarnessShell({ core: live, dataDir: options.dataDir });
        // No folder dialog in a headless test harness: backups get none, a full export goes to exportDir.
        return {
          ...printing,
          'backups/chooseFolder': async () => ({ cancelled: true as const }),
          'export/full': async () => {
            const folder = options.exportDir ?? join(live.core.ctx.dataDir, 'exports');
            await mkdir(folder, { recursive: true });
            return exportAllData(live.core.ctx, folder);
          },
        };
      },
    }),
  });
  const invoke = (method: unknown, input: unknown) => host.invoke(method, input);
  const autoBackup =
    options.autoBackupMinutes && options.autoBackupMinutes > 0
      ? setInterval(() => void Promise.resolve(host.invoke('backups/auto', { trigger: 'timer' })), options.autoBackupMinutes * 60_000)
      : null;
  const indexHtml = harnessIndex(await readFile(join(rendererDir, 'index.html'), 'utf8'));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (req.method === 'POST' && path === INVOKE_PATH) {
      let body: { method?: unknown; input?: unknown };
      try {
        body = JSON.parse(await readBody(req)) as typeof body;
      } catch {
        return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'Malformed request.' } }));
      }
      return send(res, 200, 'application/json', JSON.stringify(await invoke(body.method, body.input)));
    }
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
    if (path === BRIDGE_PATH) return send(res, 200, TYPES['.js']!, BRIDGE);
    if (path === '/' || path === '/index.html') return send(res, 200, TYPES['.html']!, indexHtml);
    const file = normalize(join(rendererDir, path));
    if (!file.startsWith(rendererDir + sep)) return send(res, 404, 'text/plain', 'not found');
    try {
      return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      return send(res, 404, 'text/plain', 'not found');
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!options.quiet) console.error('harness:', error);
      if (!res.headersSent) send(res, 500, 'text/plain', 'internal error');
    });
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get core() {
      return host.core;
    },
    close: async () => {
      if (autoBackup) clearInterval(autoBackup);
      await new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      });
      await (printing as HarnessShell | null)?.close();
      host.close();
    },
  };
}
