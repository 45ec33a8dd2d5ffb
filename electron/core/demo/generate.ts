// Generates a whole demo clinic (or the benchmark's ten-year reference dataset) from a seed.
// Everything is written through the core's own API and validation (dispatch → zod → handlers),
// with a clock that walks forward through the years so every created_at and signed_at looks real.
// Core code: it runs in plain Node (the seed CLI, the benchmark, tests) and in Electron's main.
import { monotonicFactory } from 'ulid';
import { startAuthSession } from '../auth';
import { createApi } from '../api';
import type { CoreContext } from '../context';
import { dispatch } from '../dispatch';
import { countRows, type DemoCounts } from './counts';
import { planClinic } from './planner';
import { createRng } from './random';
import { setUpClinic, type Call } from './setup';
import { EventWriter, WalkingClock } from './writer';

export interface GenerateOptions {
  years: number;
  clients: number;
  therapists: number;
  seed: number | string;
  /** The clinic's "now": the data ends here (plus booked weeks ahead). Defaults to the real time. */
  now?: Date | string | number;
  onProgress?: (progress: { percent: number; phase: string }) => void;
}

export interface GenerateSummary {
  counts: DemoCounts;
  firstClient: string;
  seconds: number;
}

/** Bump when the same seed would give different data: the benchmark rebuilds its cached dataset. */
export const GENERATOR_VERSION = 2;

/** Events per transaction: big enough to write fast, small enough to yield to the event loop often. */
const BATCH = 400;
const MINUTE = 60_000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function generateClinic(core: { ctx: CoreContext }, options: GenerateOptions): Promise<GenerateSummary> {
  const started = Date.now();
  const now = options.now === undefined ? Date.now() : new Date(options.now).getTime();
  if (!Number.isFinite(now)) throw new Error('generateClinic: `now` is not a time');
  if (options.years <= 0 || options.clients < 1 || options.therapists < 1) throw new Error('generateClinic: years, clients and therapists must be positive');
  const report = (percent: number, phase: string) => options.onProgress?.({ percent: Math.min(100, Math.max(0, percent)), phase });
  const rng = createRng(options.seed);

  report(0, 'Planning');
  const plan = planClinic(rng.fork('clinic'), { years: options.years, clients: options.clients, therapists: options.therapists, now });
  const clock = new WalkingClock(Date.parse(`${plan.firstDay}T12:00:00Z`) - 14 * 24 * 60 * MINUTE);
  // Ids from the seed too (ULIDs whose random part comes from the generator): the same seed and
  // "now" give the same ids, and no crypto call is spent on sample data.
  const ids = monotonicFactory(rng.fork('ids').next);
  const ctx: CoreContext = { ...core.ctx, clock, newId: () => ids(clock.now().getTime()) };
  // The handlers and validation the app uses, without the audit layer openCore adds around them:
  // nobody did these things, so the clinic's audit trail starts empty rather than full of fiction.
  const api = createApi(ctx);
  const call: Call = (method, input) => {
    const result = dispatch(api, method, input, () => undefined);
    if (!result.ok) throw new Error(`Demo data: ${method} failed: ${result.error.message}${result.error.fields ? ` ${JSON.stringify(result.error.fields)}` : ''}`);
    return result.value as never;
  };

  report(1, 'Setting up the clinic');
  const setup = ctx.sqlite.transaction(() => setUpClinic(call, options.therapists, plan.closedDays))();
  const writer = new EventWriter(call, clock, ctx, setup, rng.fork('notes'));
  const events = plan.events;
  for (let i = 0; i < events.length; i += BATCH) {
    const batch = events.slice(i, i + BATCH);
    ctx.sqlite.transaction(() => {
      for (const event of batch) writer.apply(event);
    })();
    report(2 + (96 * Math.min(events.length, i + BATCH)) / events.length, `Writing ${new Date(batch[batch.length - 1]!.at).toISOString().slice(0, 7)}`);
    await yieldToEventLoop();
  }
  report(99, 'Finishing');
  ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  // The generator worked on a copy of the context: the live core now has an owner (no sign-in).
  startAuthSession(core.ctx);
  const counts = countRows(ctx);
  report(100, 'Done');
  const first = plan.clients[0]?.person.client;
  return { counts, firstClient: first ? `${first.legalFirstName} ${first.legalLastName}` : '', seconds: (Date.now() - started) / 1000 };
}
