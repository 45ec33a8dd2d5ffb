// Intake forms: each one dated and kept; drafts can be saved again, a signed intake never changes
// (the database's triggers refuse it), and a new visit-cycle starts a new intake.
import { IntakeDraftAnswers, type Intake, type IntakeAnswers, type IntakeSaveInput, type IntakeSignInput, type IntakeSummary } from '../../shared/schemas/intake';
import { getClient } from './clients';
import { nowIso, type CoreContext } from './context';
import { AppError, notFound } from './errors';
import { compiled } from './compiled';
import { idListJson, idsJson } from './id-list';
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
// calendar asks for the alerts of a hundred clients at once. A signed intake never changes (the
// database refuses it), so it is parsed once, known by its id without even reading its answers; a
// draft is known by its answers' text, which a save can change within the same millisecond.
// The parsed answers are shared: read them, never change them.
const parsedAnswers = new Map<string, IntakeAnswers>();
const PARSED_ANSWERS_KEPT = 5000;
type Version = Pick<IntakeRow, 'id' | 'signed_at'>;
/** The cache key of a signed intake, or null for a draft (its text is the key). */
const signedKey = (row: Version) => (row.signed_at !== null ? `signed\u0000${row.id}` : null);

function parsedOnce(row: Version & Pick<IntakeRow, 'answers'>): IntakeAnswers {
  const key = signedKey(row) ?? `draft\u0000${row.answers}`;
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

/** A signed intake's answers if already parsed; undefined for drafts and for signed ones not seen yet. */
function knownAnswers(row: Version): IntakeAnswers | undefined {
  const key = signedKey(row);
  return key ? parsedAnswers.get(key) : undefined;
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

// The alert path's queries run on every chart opening and calendar week: compiled once.
const alertIntake = compiled((qb, clientId: string) =>
  qb
    .selectFrom('intakes')
    .select(['id', 'signed_at', 'created_at', 'updated_at'])
    .where('client_id', '=', clientId)
    .orderBy((eb) => eb('signed_at', 'is not', null), 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1),
);
const answersOfIntake = compiled((qb, id: string) => qb.selectFrom('intakes').select('answers').where('id', '=', id));
const intakesOfClients = compiled((qb, clientIdsJson: string) =>
  qb
    .selectFrom(idListJson(clientIdsJson))
    .crossJoin('intakes')
    .whereRef('intakes.client_id', '=', 'wanted.value')
    .select(['intakes.id', 'intakes.client_id', 'intakes.signed_at', 'intakes.created_at', 'intakes.updated_at']),
);
const answersOfIntakes = compiled((qb, idsJson: string) =>
  qb.selectFrom(idListJson(idsJson)).crossJoin('intakes').whereRef('intakes.id', '=', 'wanted.value').select(['intakes.id', 'intakes.answers']),
);

/**
 * intakeForAlerts for many clients in one query (the calendar's badges): each client's latest
 * signed intake, else their latest draft. Answers are shared, not copied: read them only.
 */
export function intakesForAlerts(ctx: CoreContext, clientIds: readonly string[]): Map<string, AlertSource> {
  const found = new Map<string, AlertSource>();
  if (clientIds.length === 0) return found;
  // First without the answers (kilobytes each): most versions are parsed already.
  const rows = intakesOfClients.all(ctx, idsJson(clientIds));
  const best = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const current = best.get(row.client_id);
    if (!current || ranksBefore(row, current)) best.set(row.client_id, row);
  }
  const missing = [...best.values()].filter((row) => !knownAnswers(row)).map((row) => row.id);
  const fetched = new Map<string, string>();
  if (missing.length > 0) {
    const texts = answersOfIntakes.all(ctx, idsJson(missing));
    for (const t of texts) fetched.set(t.id, t.answers);
  }
  for (const [clientId, row] of best) {
    const answers = knownAnswers(row) ?? parsedOnce({ ...row, answers: fetched.get(row.id) ?? '{}' });
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

/**
 * The intake alerts come from: the latest signed one, else the latest draft. Its answers are the
 * parsed, shared copy: read them only. (The signature image and, once parsed, the answers' text
 * are not read: the chart header asks for this on every opening.)
 */
export function intakeForAlerts(ctx: CoreContext, clientId: string): AlertSource | null {
  const row = alertIntake.first(ctx, clientId);
  if (!row) return null;
  const answers = knownAnswers(row) ?? parsedOnce({ ...row, answers: answersOfIntake.first(ctx, row.id)?.answers ?? '{}' });
  return { id: row.id, signed: row.signed_at !== null, signedAt: row.signed_at, createdAt: row.created_at, answers };
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
