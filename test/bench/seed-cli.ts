// npm run seed -- --data-dir DIR [--years 10] [--clients 5000] [--therapists 3] [--seed 42] [--now ISO]
// Fills an empty data folder with a generated clinic (electron/core/demo), showing a progress bar
// on stderr and the row counts at the end. Open it with `npm run harness -- --data-dir DIR`, or
// with the app: PALPATE_DATA_DIR=DIR npm start.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateClinic, type GenerateSummary } from '../../electron/core/demo/generate';
import { openCore } from '../../electron/core/index';

export interface SeedOptions {
  dataDir: string;
  years: number;
  clients: number;
  therapists: number;
  seed: string;
  now?: string | undefined;
}

function positive(name: string, value: string | undefined, fallback: number): number {
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got ${value}`);
  return n;
}

export function parseSeedArgs(argv: string[]): SeedOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      years: { type: 'string' },
      clients: { type: 'string' },
      therapists: { type: 'string' },
      seed: { type: 'string' },
      now: { type: 'string' },
    },
  });
  if (!values['data-dir']) throw new Error('--data-dir is required (an empty or new folder)');
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) throw new Error(`--now must be an ISO date and time, got ${values.now}`);
  return {
    dataDir: resolve(values['data-dir']),
    years: positive('years', values.years, 10),
    clients: Math.round(positive('clients', values.clients, 5000)),
    therapists: Math.round(positive('therapists', values.therapists, 3)),
    seed: values.seed ?? '42',
    now: values.now,
  };
}

/** "[##########----------]  50%  Writing 2019-03  1m 12s" on one line (one line per 5 % when not a terminal). */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): (p: { percent: number; phase: string }) => void {
  const started = Date.now();
  let lastStep = -1;
  return ({ percent, phase }) => {
    const seconds = Math.round((Date.now() - started) / 1000);
    const elapsed = seconds >= 60 ? `${Math.floor(seconds / 60)}m ${seconds % 60}s` : `${seconds}s`;
    const filled = Math.round(percent / 5);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(20 - filled)}] ${percent.toFixed(0).padStart(3)}%  ${phase.padEnd(18)} ${elapsed}`;
    if (stream.isTTY) {
      stream.write(`\r${line}${percent >= 100 ? '\n' : ''}`);
    } else if (Math.floor(percent / 5) !== lastStep) {
      lastStep = Math.floor(percent / 5);
      stream.write(`${line}\n`);
    }
  };
}

export async function seed(options: SeedOptions, onProgress = progressBar()): Promise<GenerateSummary> {
  if (existsSync(options.dataDir) && readdirSync(options.dataDir).length > 0) {
    throw new Error(`${options.dataDir} is not empty: the generator only fills a new or empty data folder.`);
  }
  const core = await openCore({ dataDir: options.dataDir, version: 'seed' });
  try {
    return await generateClinic(core, { ...options, onProgress });
  } finally {
    core.close();
  }
}

export function formatCounts(summary: GenerateSummary): string {
  const c = summary.counts;
  const rows: [string, number | string][] = [
    ['practitioners', c.practitioners],
    ['clients', `${c.clients} (${c.archivedClients} archived)`],
    ['intakes', c.intakes],
    ['referrals', c.referrals],
    ['treatment plans', c.plans],
    ['appointments', `${c.appointments} (${Object.entries(c.appointmentsByStatus).map(([s, n]) => `${s} ${n}`).join(', ')})`],
    ['sessions', `${c.sessions} (${c.signedSessions} signed)`],
    ['findings', c.findings],
    ['invoices', c.invoices],
    ['payments', c.payments],
    ['packages sold', c.packagesSold],
  ];
  return [...rows.map(([k, v]) => `${k.padEnd(16)} ${v}`), `first client     ${summary.firstClient}`, `took             ${summary.seconds.toFixed(1)} s`].join('\n');
}

if (require.main === module) {
  (async () => {
    const options = parseSeedArgs(process.argv.slice(2));
    const summary = await seed(options);
    console.log(formatCounts(summary));
    console.log(`data folder      ${options.dataDir}`);
  })().catch((error: unknown) => {
    console.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
