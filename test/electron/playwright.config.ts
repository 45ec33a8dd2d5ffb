import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';

// The Electron smoke test: launches the built app (out/main) in the real Electron binary.
// `npm run build` must have run first. Where the binary is not installed the test is skipped
// and says why (see smoke.spec.ts).
const root = resolve(__dirname, '../..');

export default defineConfig({
  testDir: '.',
  // Not the shared test-results/ folder: Playwright empties its outputDir before each run.
  outputDir: resolve(root, 'test-results/electron-artifacts'),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: resolve(root, 'test-results/electron.json') }]],
});
