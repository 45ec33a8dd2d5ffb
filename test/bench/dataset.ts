// The benchmark's reference clinic, built once with the demo generator and kept in
// test/bench/.cache/<seed>-<years>y-<clients>c-<therapists>t (gitignored). Every run works on a
// copy, so the cache never sees the benchmark's own writes.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENERATOR_VERSION, type GenerateSummary } from '../../electron/core/demo/generate';
import { MIGRATION_NAMES } from '../../migrations';
import { progressBar, seed } from './seed-cli';

export interface DatasetOptions {
  seed: string;
  years: number;
  clients: number;
  therapists: number;
  rebuild: boolean;
}

export interface DatasetMeta {
  key: string;
  /** The clinic's "now" when it was generated: today's schedule and the coming weeks are around it. */
  now: string;
  builtAt: string;
  buildSeconds: number;
  summary: GenerateSummary;
}

const CACHE = join(__dirname, '.cache');
/** Older than this, "this week" in the app has drifted past the booked weeks: build again. */
const MAX_AGE_DAYS = 14;

export function datasetKey(o: DatasetOptions): string {
  return `${o.seed}-${o.years}y-${o.clients}c-${o.therapists}t-g${GENERATOR_VERSION}-m${MIGRATION_NAMES.length}`;
}

export async function ensureDataset(o: DatasetOptions, log: (line: string) => void): Promise<{ dir: string; meta: DatasetMeta; built: boolean }> {
  const key = datasetKey(o);
  const dir = join(CACHE, key);
  const metaFile = join(dir, 'bench-meta.json');
  if (!o.rebuild && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as DatasetMeta;
    const ageDays = (Date.now() - Date.parse(meta.now)) / 86_400_000;
    if (ageDays <= MAX_AGE_DAYS) {
      log(`Reference dataset: reusing ${dir} (built ${meta.builtAt}, ${ageDays.toFixed(1)} days old)`);
      return { dir, meta, built: false };
    }
    log(`Reference dataset: ${dir} is ${ageDays.toFixed(0)} days old; building it again so this week has appointments`);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  // Build in a scratch folder and move it in place only when complete: an interrupted build leaves no cache.
  const scratch = mkdtempSync(join(CACHE, `.building-${key}-`));
  const dataDir = join(scratch, 'data');
  // On the hour, so two builds within the hour are identical.
  const now = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString();
  log(`Reference dataset: building ${o.years} years, ${o.clients} clients, ${o.therapists} therapists, seed ${o.seed} (once; cached in ${dir})`);
  const started = Date.now();
  const summary = await seed({ dataDir, years: o.years, clients: o.clients, therapists: o.therapists, seed: o.seed, now }, progressBar());
  const meta: DatasetMeta = { key, now, builtAt: new Date().toISOString(), buildSeconds: (Date.now() - started) / 1000, summary };
  writeFileSync(join(dataDir, 'bench-meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  cpSync(dataDir, dir, { recursive: true });
  rmSync(scratch, { recursive: true, force: true });
  return { dir, meta, built: true };
}

/** A throwaway copy of the dataset for one run (the core migrates, audits and writes to it). */
export function workingCopy(dir: string): string {
  const work = mkdtempSync(join(tmpdir(), 'palpate-bench-'));
  cpSync(dir, work, { recursive: true, filter: (src) => !src.endsWith('bench-meta.json') });
  return work;
}
