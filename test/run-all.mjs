#!/usr/bin/env node
// `npm test`: every check and every test runner, in order, continuing past failures so one run
// reports everything. Static checks count as one test each; runners report their own counts
// through JSON files. Ends with one line `N passed, N failed, N skipped` and exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(script, extra = []) {
  console.log(`\n=== npm run ${script} ${extra.join(' ')}`);
  const started = Date.now();
  const r = spawnSync('npm', ['run', script, '--', ...extra], { cwd: root, stdio: 'inherit', env: process.env });
  return { ok: r.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function check(name, script) {
  const { ok, seconds } = run(script);
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds}s)`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(join(results, file), 'utf8'));
  } catch {
    return null;
  }
}

function runner(name, script, file, count) {
  const { ok, seconds } = run(script);
  const report = readJson(file);
  const c = report ? count(report) : null;
  if (!c) {
    totals.failed += 1;
    lines.push(`FAIL ${name}: no report (${seconds}s)`);
    return;
  }
  // A runner that exits non-zero with no failing test still failed (e.g. a crash after the tests).
  const failed = c.failed || (ok ? 0 : 1);
  totals.passed += c.passed;
  totals.failed += failed;
  totals.skipped += c.skipped;
  lines.push(`${failed ? 'FAIL' : 'ok  '} ${name}: ${c.passed} passed, ${failed} failed, ${c.skipped} skipped (${seconds}s)`);
}

const vitestCounts = (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + (r.numTodoTests ?? 0) });
const playwrightCounts = (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped });

check('typecheck', 'typecheck');
check('lint (with layer rules)', 'lint');
check('electronegativity', 'security');
const built = check('build', 'build');
runner('unit + integration (vitest)', 'test:unit', 'vitest.json', vitestCounts);
if (built && existsSync(join(root, 'out/renderer/index.html'))) {
  runner('e2e (playwright + chromium)', 'test:e2e', 'e2e.json', playwrightCounts);
} else {
  totals.failed += 1;
  lines.push('FAIL e2e: skipped because the build failed');
}
runner('electron smoke (playwright _electron)', 'test:electron', 'electron.json', playwrightCounts);

console.log('\n=== summary');
for (const line of lines) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
