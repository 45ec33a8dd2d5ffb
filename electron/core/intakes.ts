// Intake forms: each one dated and kept; drafts can be saved again, a signed intake never changes
// (the database's triggers refuse it), and a new visit-cycle starts a new intake.
import { IntakeDraftAnswers, type Intake, type IntakeSaveInput, type IntakeSignInput, type IntakeSummary } from '../../shared/schemas/intake';
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

function toIntake(row: IntakeRow): Intake {
  // Re-parse so an intake saved by an older Palpate gets today's defaults for newer questions.
  // Leniently: a draft may be incomplete, and a signed intake was complete when it was signed.
  const answers = IntakeDraftAnswers.parse(JSON.parse(row.answers));
  return { ...toSummary(row), answers, signatureDataUrl: row.signature_png };
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
