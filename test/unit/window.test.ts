import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allowedOrigins,
  APP_ENTRY_URL,
  APP_ORIGIN,
  isAllowedExternalUrl,
  isAllowedNavigation,
  mainWindowOptions,
  menuTemplate,
  originOf,
  resolveRendererFile,
  secureWebPreferences,
} from '../../electron/window';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.js');

  it('isolates and sandboxes the renderer with no Node anywhere', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
    });
  });

  it('keeps the web security model on', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('has no DevTools unless asked for (development only)', () => {
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences('/p.js', { devTools: true }).devTools).toBe(true);
  });
});

describe('mainWindowOptions', () => {
  it('is a Palpate window that stays hidden until it has painted', () => {
    const options = mainWindowOptions('/p.js');
    expect(options).toMatchObject({ title: 'Palpate', width: 1280, height: 820, minWidth: 960, minHeight: 640, show: false });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.js'));
  });
});

describe('origins', () => {
  it('builds the origin of app:// URLs the way Chromium does (Node says "null")', () => {
    expect(originOf('app://palpate/index.html')).toBe(APP_ORIGIN);
    expect(originOf('http://localhost:5173/#/clients')).toBe('http://localhost:5173');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(originOf('app://user:pw@palpate/')).toBeNull();
  });

  it('trusts only the app origin, plus a loopback dev server when one is given', () => {
    expect(allowedOrigins()).toEqual([APP_ORIGIN]);
    expect(allowedOrigins('')).toEqual([APP_ORIGIN]);
    expect(allowedOrigins('http://localhost:5173/')).toEqual([APP_ORIGIN, 'http://localhost:5173']);
    expect(allowedOrigins('http://127.0.0.1:5173')).toEqual([APP_ORIGIN, 'http://127.0.0.1:5173']);
    expect(allowedOrigins('https://evil.example/')).toEqual([APP_ORIGIN]);
    expect(allowedOrigins('file:///tmp/index.html')).toEqual([APP_ORIGIN]);
    expect(allowedOrigins('garbage')).toEqual([APP_ORIGIN]);
  });
});

describe('isAllowedNavigation', () => {
  const origins = allowedOrigins('http://localhost:5173');

  it('allows reloads and in-app URLs of a trusted origin', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL, origins)).toBe(true);
    expect(isAllowedNavigation('app://palpate/index.html#/clients/01J', origins)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/', origins)).toBe(true);
  });

  it('refuses everything else', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:5174/',
      'https://localhost:5173/',
      'app://other/index.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      '',
    ]) {
      expect(isAllowedNavigation(url, origins), url).toBe(false);
    }
    expect(isAllowedNavigation('http://localhost:5173/', [APP_ORIGIN])).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it('opens a bare mailto: address', () => {
    expect(isAllowedExternalUrl('mailto:ada@example.com')).toBe(true);
  });

  it('refuses web links, files, other schemes and mailto with parameters', () => {
    for (const url of [
      'https://example.com/',
      'http://example.com/',
      'file:///etc/passwd',
      'smb://server/share',
      'ms-msdt:/id',
      'javascript:alert(1)',
      'mailto:ada@example.com?attach=/etc/passwd',
      'mailto:ada@example.com?subject=Hi',
      'mailto:?to=ada@example.com',
      'mailto:',
      'mailto:not-an-address',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});

describe('resolveRendererFile', () => {
  const root = resolve('/srv/palpate/out/renderer');

  it('maps app://palpate paths to files under the renderer folder', () => {
    expect(resolveRendererFile('app://palpate/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveRendererFile('app://palpate/', root)).toBe(join(root, 'index.html'));
    expect(resolveRendererFile('app://palpate/assets/index-AbC_12-x.js', root)).toBe(join(root, 'assets', 'index-AbC_12-x.js'));
    expect(resolveRendererFile('app://palpate/assets/inter.woff2?v=1#x', root)).toBe(join(root, 'assets', 'inter.woff2'));
    expect(resolveRendererFile('app://palpate/assets/my%20font.woff2', root)).toBe(join(root, 'assets', 'my font.woff2'));
  });

  it('refuses other hosts and schemes', () => {
    for (const url of ['app://other/index.html', 'app:///index.html', 'file:///srv/palpate/out/renderer/index.html', 'http://palpate/index.html', 'app://u:p@palpate/index.html', 'nonsense']) {
      expect(resolveRendererFile(url, root), url).toBeNull();
    }
  });

  it('refuses path traversal in every spelling', () => {
    for (const url of [
      'app://palpate/../../etc/passwd',
      'app://palpate/assets/../../secret',
      'app://palpate/%2e%2e/%2e%2e/etc/passwd',
      'app://palpate/%2E%2E/secret',
      'app://palpate/.%2e/secret',
      'app://palpate/..%2f..%2fetc%2fpasswd',
      'app://palpate/..%5c..%5cwindows',
      'app://palpate/assets\\..\\..\\secret',
      'app://palpate//etc/passwd',
      'app://palpate/C:/Windows/win.ini',
      'app://palpate/C%3A/Windows/win.ini',
      'app://palpate/index.html%00.js',
      'app://palpate/%E0%A4%A',
    ]) {
      expect(resolveRendererFile(url, root), url).toBeNull();
    }
  });

  it('never returns a path outside the root', () => {
    const samples = ['a', 'b/c', 'assets/x.js', 'x y/z', '%7E'];
    for (const s of samples) {
      const file = resolveRendererFile(`app://palpate/${s}`, root);
      expect(file === null || file.startsWith(root + sep), s).toBe(true);
    }
  });
});

describe('menuTemplate', () => {
  it('has no menu on Windows and Linux in a packaged build', () => {
    expect(menuTemplate('win32')).toBeNull();
    expect(menuTemplate('linux')).toBeNull();
  });

  it('keeps the standard macOS menus (their shortcuts need them) without developer tools', () => {
    const roles = menuTemplate('darwin')?.map((item) => item.role);
    expect(roles).toEqual(['appMenu', 'editMenu', 'windowMenu']);
    expect(JSON.stringify(menuTemplate('darwin'))).not.toContain('DevTools');
  });

  it('adds reload and DevTools only in development', () => {
    expect(JSON.stringify(menuTemplate('linux', { devTools: true }))).toContain('toggleDevTools');
  });
});
