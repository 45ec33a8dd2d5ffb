// npm run bench [-- --rebuild] [--runs N] [--skip-ui] [--start-only] [--seed S --years N --clients N --therapists N]
// The benchmark (not part of npm test): builds the ten-year reference clinic once (cached), then
// times the core, printing and the renderer against DESIGN.md's quality bars. Prints a table and
// writes test/bench/results.json.
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ClientSummary } from '../../shared/schemas/client';
import { DATABASE_FILE, openCore } from '../../electron/core';
import { createHarnessShell } from '../harness/print';
import { coreTimings } from './core-timings';
import { ensureDataset, workingCopy } from './dataset';
import { BARS, misses, overheadVerdict, table, verdict, type Row } from './report';
import { summarize, timeOnceAsync } from './stats';
import { startToSchedule, uiTimings } from './ui-timings';

const log = (line: string) => console.error(line);

/** The core in process (with the SQL replayed raw) and invoice to PDF; also what the renderer will be asked to search. */
async function coreAndPdf(work: string, runs: number, rows: Row[]) {
  log('Core (in process, through core.invoke, with the SQL replayed raw for comparison)');
  const core = await openCore({ dataDir: work, version: 'bench' });
  const results = coreTimings(core, { runs, log });
  const bars: Record<string, Row['bar']> = { search: BARS.searchCore, chart: BARS.chartCore, week: BARS.weekCore, saveDraft: BARS.saveDraft };
  for (const r of results.rows) {
    rows.push({ ...r, bar: bars[r.id] });
  }
  const coreRssMb = process.memoryUsage().rss / 1024 / 1024;

  log('Invoice to PDF (the harness printer: Chromium page.pdf(), as Electron printToPDF)');
  const shell = createHarnessShell({ core, dataDir: work });
  const pdf: number[] = [];
  try {
    await shell['documents/savePdf']({ kind: 'invoice', id: results.invoiceIds[0]!, paper: 'letter' }); // launches Chromium: not counted
    for (let r = 0; r < 2; r++) for (const id of results.invoiceIds) pdf.push(await timeOnceAsync(() => shell['documents/savePdf']({ kind: 'invoice', id, paper: 'letter' })));
  } finally {
    await shell.close();
  }
  rows.push({ id: 'pdf', label: 'invoice to PDF (render + Chromium print + save)', timing: summarize(pdf), bar: BARS.pdf });

  // What the renderer will be asked: three names typed letter by letter, and the first client each prefix finds.
  const words = ['nguy', 'okaf', 'rami', 'bren', 'sull', 'kowa', 'tana', 'dela'];
  const searches = words.map((w) => {
    const firstIds = [1, 2, 3, 4].map((n) => {
      const hit = core.invoke('clients/search', { query: w.slice(0, n) });
      return hit.ok ? ((hit.value as ClientSummary[])[0]?.id ?? null) : null;
    });
    const full = core.invoke('clients/search', { query: w });
    const lastName = full.ok ? ((full.value as ClientSummary[])[0]?.legalLastName ?? '') : '';
    return { query: w, firstIds, lastName };
  });
  core.close();
  return { coreRssMb, searches };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rebuild: { type: 'boolean', default: false },
      'skip-ui': { type: 'boolean', default: false },
      // Only the start-up timings (quick to repeat while working on start-up).
      'start-only': { type: 'boolean', default: false },
      runs: { type: 'string', default: '20' },
      seed: { type: 'string', default: '42' },
      years: { type: 'string', default: '10' },
      clients: { type: 'string', default: '5000' },
      therapists: { type: 'string', default: '3' },
    },
  });
  const runs = Number(values.runs);
  const dataset = await ensureDataset(
    { seed: values.seed!, years: Number(values.years), clients: Number(values.clients), therapists: Number(values.therapists), rebuild: values.rebuild! },
    log,
  );
  const counts = dataset.meta.summary.counts;
  log(`  ${counts.clients} clients, ${counts.sessions} sessions, ${counts.findings} findings, ${counts.appointments} appointments, ${counts.invoices} invoices, ${counts.payments} payments`);
  const work = workingCopy(dataset.dir);
  const dbFile = join(work, DATABASE_FILE);
  const dbSizeMb = statSync(dbFile).size / 1024 / 1024;
  const rows: Row[] = [];
  try {
    let coreRssMb = Number.NaN;
    let searches: { query: string; firstIds: (string | null)[]; lastName: string }[] = [];
    if (!values['start-only']) ({ coreRssMb, searches } = await coreAndPdf(work, runs, rows));
    else {
      // As the full run leaves it: the core opened once and closed cleanly (the note of a clean shutdown written).
      (await openCore({ dataDir: work, version: 'bench' })).close();
    }

    let harnessRssMb = Number.NaN;
    if (!values['skip-ui']) {
      log('App start to usable schedule (harness process + Chromium, started together)');
      const start = await startToSchedule(work, 7, log, 'clean');
      rows.push({
        id: 'start',
        label: 'start to usable schedule (process start → Schedule painted)',
        timing: start.total,
        bar: BARS.start,
        note: `after a clean close (quick_check in the background); harness (prebuilt like Electron's main) ready p50 ${start.harnessReady.p50.toFixed(0)} ms, browser ready p50 ${start.browserReady.p50.toFixed(0)} ms`,
      });
      const crash = await startToSchedule(work, 3, log, 'crash');
      rows.push({
        id: 'start-crash',
        label: '  … after a crash (quick_check before opening)',
        timing: crash.total,
        note: `harness ready p50 ${crash.harnessReady.p50.toFixed(0)} ms, browser ready p50 ${crash.browserReady.p50.toFixed(0)} ms`,
      });
      if (!values['start-only']) {
        log('Renderer (Playwright in the harness)');
        const ui = await uiTimings({ dataDir: work, searches: searches.filter((s) => s.lastName), log });
        harnessRssMb = ui.harnessRssMb;
        const uiBars: Record<string, Row['bar']> = { 'ui-search': BARS.searchUi, 'ui-chart': BARS.chartUi, 'ui-week': BARS.weekUi };
        for (const r of ui.rows) rows.push({ ...r, bar: uiBars[r.id] });
      }
    }

    console.log(`\nPalpate benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`);
    console.log(`Reference clinic: ${counts.clients} clients, ${counts.sessions} sessions, ${counts.findings} findings, ${counts.appointments} appointments, ${counts.invoices} invoices (seed ${values.seed}; built in ${dataset.meta.buildSeconds.toFixed(0)} s)`);
    console.log(`Database ${dbSizeMb.toFixed(0)} MB · RSS: bench process with the core open ${coreRssMb.toFixed(0)} MB, harness (core + server) ${Number.isNaN(harnessRssMb) ? 'n/a' : `${harnessRssMb.toFixed(0)} MB`}\n`);
    console.log(table(rows));
    const missed = misses(rows);
    console.log(missed.length ? `\nMissed:\n${missed.map((m) => `- ${m}`).join('\n')}` : '\nEvery bar met.');

    writeFileSync(
      join(__dirname, 'results.json'),
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
          dataset: { key: dataset.meta.key, now: dataset.meta.now, buildSeconds: dataset.meta.buildSeconds, counts },
          databaseMb: dbSizeMb,
          rssMb: { benchWithCore: coreRssMb, harness: harnessRssMb },
          rows: rows.map((r) => ({ ...r, result: verdict(r), overhead: overheadVerdict(r) })),
          missed,
        },
        null,
        2,
      )}\n`,
    );
    log(`\nWrote ${join(__dirname, 'results.json')}`);
  } finally {
    if (existsSync(work)) rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
