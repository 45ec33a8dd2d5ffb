// Intake forms: each one dated and kept; drafts can be saved again, a signed intake never changes
// (the database's triggers refuse it), and a new visit-cycle starts a new intake.
import { sql } from 'kysely';
import { IntakeDraftAnswers, type Intake, type IntakeAnswers, type IntakeSaveInput, type IntakeSignInput, type IntakeSummary } from '../../shared/schemas/intake';
import { getClient } from './clients';
import { nowIso, type CoreContext } from './context';
import { AppError, notFound } from './errors';
import type { IntakesTable } from './schema';
import { all, first, run } from './sql';

type IntakeRow = IntakesTable;

function toSummary(row: Omit<IntakeRow, 'answers' | 'signature_png'>): IntakeSummary {
  return {
    id: row.id,
    clientId: row.client_id,
    signed: row.signed_at !== null,
    signedName: row.signed_name,
    signedAt: row.signed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

// Parsing an intake's answers (JSON, then zod with today's defaults) costs ~40 µs, and the week
// calendar asks for the alerts of a hundred clients at once. An intake's answers change only with
// its updated_at (a signed one never), so each version is parsed once and kept (read-only).
const parsedAnswers = new Map<string, IntakeAnswers>();
const PARSED_ANSWERS_KEPT = 5000;
const versionKey = (row: Pick<IntakeRow, 'id' | 'updated_at'>) => `${row.id}\u0000${row.updated_at}`;

function parsedOnce(row: Pick<IntakeRow, 'id' | 'answers' | 'updated_at'>): IntakeAnswers {
  const key = versionKey(row);
  let answers = parsedAnswers.get(key);
  if (!answers) {
    // Re-parse so an intake saved by an older Palpate gets today's defaults for newer questions.
    // Leniently: a draft may be incomplete, and a signed intake was complete when it was signed.
    answers = IntakeDraftAnswers.parse(JSON.parse(row.answers)) as IntakeAnswers;
    if (parsedAnswers.size >= PARSED_ANSWERS_KEPT) parsedAnswers.delete(parsedAnswers.keys().next().value!);
    parsedAnswers.set(key, answers);
  }
  return answers;
}

function toIntake(row: IntakeRow): Intake {
  // A copy: callers may change what they are given; the cached one stays as parsed.
  return { ...toSummary(row), answers: structuredClone(parsedOnce(row)), signatureDataUrl: row.signature_png };
}

export function getIntake(ctx: CoreContext, id: string): Intake {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('intakes').selectAll().where('id', '=', id));
  if (!row) throw notFound('That intake');
  return toIntake(row);
}

export function listIntakes(ctx: CoreContext, clientId: string): IntakeSummary[] {
  getClient(ctx, clientId);
  return all(
    ctx.sqlite,
    ctx.qb
      .selectFrom('intakes')
      .select(['id', 'client_id', 'signed_name', 'signed_at', 'created_at', 'updated_at'])
      .where('client_id', '=', clientId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc'),
  ).map(toSummary);
}

/** What alerts are computed from, for a client: their intake's answers and where they came from. */
export interface AlertSource {
  id: string;
  signed: boolean;
  signedAt: string | null;
  createdAt: string;
  answers: IntakeAnswers;
}

/**
 * intakeForAlerts for many clients in one query (the calendar's badges): each client's latest
 * signed intake, else their latest draft. Answers are shared, not copied: read them only.
 */
export function intakesForAlerts(ctx: CoreContext, clientIds: readonly string[]): Map<string, AlertSource> {
  const found = new Map<string, AlertSource>();
  if (clientIds.length === 0) return found;
  // First without the answers (kilobytes each): most versions are parsed already.
  const rows = all(
    ctx.sqlite,
    ctx.qb
      .selectFrom('intakes')
      .select(['id', 'client_id', 'signed_at', 'created_at', 'updated_at'])
      .where(sql<boolean>`client_id IN (SELECT value FROM json_each(${JSON.stringify([...new Set(clientIds)])}))`),
  );
  const best = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const current = best.get(row.client_id);
    if (!current || ranksBefore(row, current)) best.set(row.client_id, row);
  }
  const missing = [...best.values()].filter((row) => !parsedAnswers.has(versionKey(row))).map((row) => row.id);
  const fetched = new Map<string, string>();
  if (missing.length > 0) {
    const texts = all(ctx.sqlite, ctx.qb.selectFrom('intakes').select(['id', 'answers']).where(sql<boolean>`id IN (SELECT value FROM json_each(${JSON.stringify(missing)}))`));
    for (const t of texts) fetched.set(t.id, t.answers);
  }
  for (const [clientId, row] of best) {
    const answers = parsedAnswers.get(versionKey(row)) ?? parsedOnce({ ...row, answers: fetched.get(row.id) ?? '{}' });
    found.set(clientId, { id: row.id, signed: row.signed_at !== null, signedAt: row.signed_at, createdAt: row.created_at, answers });
  }
  return found;
}

/** The same order as intakeForAlerts: signed before drafts, then newest created, then highest id. */
function ranksBefore(a: { signed_at: string | null; created_at: string; id: string }, b: { signed_at: string | null; created_at: string; id: string }): boolean {
  if ((a.signed_at !== null) !== (b.signed_at !== null)) return a.signed_at !== null;
  if (a.created_at !== b.created_at) return a.created_at > b.created_at;
  return a.id > b.id;
}

/** The intake alerts come from: the latest signed one, else the latest draft. */
export function intakeForAlerts(ctx: CoreContext, clientId: string): Intake | null {
  const row = first(
    ctx.sqlite,
    ctx.qb
      .selectFrom('intakes')
      .selectAll()
      .where('client_id', '=', clientId)
      .orderBy((eb) => eb('signed_at', 'is not', null), 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1),
  );
  return row ? toIntake(row) : null;
}

function requireDraft(ctx: CoreContext, id: string, clientId: string): void {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('intakes').select(['client_id', 'signed_at']).where('id', '=', id));
  if (!row || row.client_id !== clientId) throw notFound('That intake');
  if (row.signed_at) throw new AppError('conflict', 'This intake is signed and cannot be changed. Start a new intake instead.');
}

/** Writes the answers as a draft (new, or the same draft again) and returns its id. */
function writeDraft(ctx: CoreContext, input: IntakeSaveInput): string {
  getClient(ctx, input.clientId);
  const now = nowIso(ctx);
  const answers = JSON.stringify(input.answers);
  if (input.id) {
    requireDraft(ctx, input.id, input.clientId);
    run(ctx.sqlite, ctx.qb.updateTable('intakes').set({ answers, updated_at: now }).where('id', '=', input.id));
    return input.id;
  }
  const id = ctx.newId();
  run(
    ctx.sqlite,
    ctx.qb.insertInto('intakes').values({ id, client_id: input.clientId, answers, signed_name: null, signature_png: null, signed_at: null, created_at: now, updated_at: now }),
  );
  return id;
}

export function saveIntakeDraft(ctx: CoreContext, input: IntakeSaveInput): Intake {
  const id = ctx.sqlite.transaction(() => writeDraft(ctx, input))();
  return getIntake(ctx, id);
}

/** The final answers and the client's signature are stored in one step; the row is then locked. */
export function signIntake(ctx: CoreContext, input: IntakeSignInput): Intake {
  const id = ctx.sqlite.transaction(() => {
    const id = writeDraft(ctx, input);
    const now = nowIso(ctx);
    run(
      ctx.sqlite,
      ctx.qb
        .updateTable('intakes')
        .set({ signed_name: input.signature.typedName, signature_png: input.signature.signatureDataUrl, signed_at: now, updated_at: now })
        .where('id', '=', id),
    );
    return id;
  })();
  return getIntake(ctx, id);
}
