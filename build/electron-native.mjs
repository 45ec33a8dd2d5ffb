// Builds better-sqlite3-multiple-ciphers (the SQLite driver, with encryption) for Electron's ABI, for `npm start` and `npm run dev` (their pre-script).
//
// node_modules/better-sqlite3-multiple-ciphers/build stays built for Node, because the tests and the harness run
// the core under plain Node. Electron needs its own build, so this makes one in a private copy:
//   .native/electron-<version>/src                     a copy of node_modules/better-sqlite3-multiple-ciphers
//   .native/electron-<version>/better_sqlite3_mc.node  the result, which main.ts passes to the core
// (A different name from the plain better-sqlite3 build older checkouts left there: that one
// cannot open an encrypted database, so it must never be picked up as already built.)
// It does nothing when that file already exists. Packaged builds do not use it: electron-builder
// rebuilds the module for Electron inside the package (npmRebuild in electron-builder.yml).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const say = (message) => console.log(`electron-native: ${message}`);

const electronDir = dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
const outDir = join(root, '.native', `electron-${electronVersion}`);
const target = join(outDir, 'better_sqlite3_mc.node');

// 1. Without Electron's binary there is nothing to start, so say so plainly and stop.
//    (Not `require('electron')`: when the binary is missing that starts a download.)
const binary = electronBinary();
if (!binary) {
  console.error(
    [
      `electron-native: the Electron ${electronVersion} binary is not installed, so Palpate cannot start as a desktop app here.`,
      `  \`npm start\` and \`npm run dev\` need Electron's binary (npm downloads it when it installs the`,
      `  "electron" package on a machine that can reach its download host) and Node >= 22.12.`,
      `  Everything else works without it: \`npm test\`, \`npm run build\`, and \`npm run harness\``,
      `  (the renderer in Chromium against the same core).`,
    ].join('\n'),
  );
  process.exit(1);
}
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  say(`warning: Electron ${electronVersion}'s tooling asks for Node >= 22.12; this is Node ${process.versions.node}.`);
}

// 2. Idempotent: a finished build is only ever renamed into place, so its presence means done.
if (existsSync(target)) {
  say(`using ${relative(root, target)} (already built for Electron ${electronVersion})`);
  process.exit(0);
}

// 3. Build in a copy, leaving node_modules/better-sqlite3-multiple-ciphers/build (the Node build) untouched.
const source = dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
const work = join(outDir, 'src');
say(`building better-sqlite3-multiple-ciphers for Electron ${electronVersion} in ${relative(root, work)} (a few minutes)`);
rmSync(work, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
cpSync(source, work, { recursive: true, filter: (path) => relative(source, path).split(/[\\/]/)[0] !== 'build' });

const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
const args = [
  nodeGyp,
  'rebuild',
  '--release',
  '--runtime=electron',
  `--target=${electronVersion}`,
  `--arch=${process.arch}`,
  '--dist-url=https://electronjs.org/headers',
];
const result = spawnSync(process.execPath, args, { cwd: work, stdio: 'inherit', env: envWithoutNodedir() });
const built = join(work, 'build', 'Release', 'better_sqlite3.node');
if (result.status !== 0 || !existsSync(built)) {
  console.error(
    `electron-native: node-gyp could not build better-sqlite3-multiple-ciphers for Electron ${electronVersion} (exit ${result.status ?? result.signal}).\n` +
      `  It needs Electron's headers from https://electronjs.org/headers and a C++ toolchain (python3, make, g++).`,
  );
  process.exit(1);
}
copyFileSync(built, `${target}.partial`);
renameSync(`${target}.partial`, target);
say(`built ${relative(root, target)}`);

/** The Electron executable if it is installed, without triggering a download. */
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const file = join(distDir, executable);
  return existsSync(file) ? file : null;
}

/**
 * npm passes its config to scripts as npm_config_* variables. A `nodedir` there (this project's
 * build machines set nodedir=/usr) makes node-gyp compile against Node's headers whatever
 * --target says: the result would load in Node and crash in Electron. So it is dropped.
 */
function envWithoutNodedir() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'));
}
