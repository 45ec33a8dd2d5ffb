// Session notes: start (blank, copy forward, template), autosave drafts, sign (locked by the
// database), addenda. Child rows are rewritten whole on every save, inside one transaction.
import { copyForward, fromTemplate, type CarriedContent } from '../../shared/domain/copy-forward';
import type { ModalityId } from '../../shared/domain/modalities';
import { missingAcknowledgments, promptText } from '../../shared/domain/precautions';
import type {
  Addendum,
  AddendumInput,
  Session,
  SessionContent,
  SessionDraftInput,
  SessionSignInput,
  SessionStartInput,
} from '../../shared/schemas/session';
import { clientHeader } from './chart';
import { getClient } from './clients';
import { requirePractitioner } from './clinic';
import { nowIso, type CoreContext } from './context';
import { AppError, notFound } from './errors';
import type { SessionsTable } from './schema';
import { all, first, run } from './sql';
import { getTemplate } from './templates';

const LOCKED = 'This note is signed and cannot be changed. Add an addendum instead.';

function practitionerName(ctx: CoreContext, id: string): string {
  const p = first(ctx.sqlite, ctx.qb.selectFrom('practitioners').select(['first_name', 'last_name', 'credentials']).where('id', '=', id));
  return p ? `${p.first_name} ${p.last_name}${p.credentials ? `, ${p.credentials}` : ''}` : 'Unknown practitioner';
}

function children(ctx: CoreContext, sessionId: string) {
  const modalities = all(ctx.sqlite, ctx.qb.selectFrom('session_modalities').selectAll().where('session_id', '=', sessionId).orderBy('position')).map((m) => ({
    modality: m.modality as ModalityId,
    minutes: m.minutes,
    cptCode: m.cpt_code,
    oils: m.oils,
  }));
  const findings = all(ctx.sqlite, ctx.qb.selectFrom('session_findings').selectAll().where('session_id', '=', sessionId).orderBy('position')).map((f) => ({
    id: f.id,
    regionId: f.region_id,
    side: f.side,
    type: f.type as SessionContent['findings'][number]['type'],
    severity: f.severity,
    pain: f.pain,
    note: f.note,
  }));
  const acknowledgments = all(ctx.sqlite, ctx.qb.selectFrom('session_acknowledgments').selectAll().where('session_id', '=', sessionId).orderBy('acknowledged_at')).map(
    (a) => ({
      ruleId: a.rule_id as SessionContent['acknowledgments'][number]['ruleId'],
      modality: a.modality as ModalityId,
      level: a.level,
      text: a.text,
      acknowledgedBy: a.acknowledged_by,
      acknowledgedAt: a.acknowledged_at,
    }),
  );
  return { modalities, findings, acknowledgments };
}

function addendaOf(ctx: CoreContext, sessionId: string): Addendum[] {
  return all(ctx.sqlite, ctx.qb.selectFrom('session_addenda').selectAll().where('session_id', '=', sessionId).orderBy('created_at').orderBy('id')).map((a) => ({
    id: a.id,
    sessionId: a.session_id,
    authorId: a.author_id,
    authorName: practitionerName(ctx, a.author_id),
    text: a.text,
    reason: a.reason,
    createdAt: a.created_at,
  }));
}

function toSession(ctx: CoreContext, row: SessionsTable): Session {
  return {
    id: row.id,
    clientId: row.client_id,
    appointmentId: row.appointment_id,
    practitionerId: row.practitioner_id,
    referralId: row.referral_id,
    planId: row.plan_id,
    sessionDate: row.session_date,
    startTime: row.start_time,
    endTime: row.end_time,
    totalMinutes: row.total_minutes,
    subjective: row.subjective,
    painBefore: row.pain_before,
    objective: row.objective,
    assessment: row.assessment,
    painAfter: row.pain_after,
    plan: row.plan,
    homeCare: row.home_care,
    nextVisit: row.next_visit,
    ...children(ctx, row.id),
    status: row.status,
    signedAt: row.signed_at,
    signedBy: row.signed_by,
    signedByName: row.signed_by ? practitionerName(ctx, row.signed_by) : null,
    addenda: addendaOf(ctx, row.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getSession(ctx: CoreContext, id: string): Session {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('sessions').selectAll().where('id', '=', id));
  if (!row) throw notFound('That session');
  return toSession(ctx, row);
}

function lastSigned(ctx: CoreContext, clientId: string): Session | null {
  const row = first(
    ctx.sqlite,
    ctx.qb.selectFrom('sessions').selectAll().where('client_id', '=', clientId).where('status', '=', 'signed').orderBy('session_date', 'desc').orderBy('id', 'desc').limit(1),
  );
  return row ? toSession(ctx, row) : null;
}

/** Writes the editable content of a draft (row and child rows). The caller holds the transaction. */
function writeContent(ctx: CoreContext, id: string, content: Omit<SessionContent, 'practitionerId'> & { practitionerId: string }, now: string): void {
  run(
    ctx.sqlite,
    ctx.qb
      .updateTable('sessions')
      .set({
        practitioner_id: content.practitionerId,
        referral_id: content.referralId,
        plan_id: content.planId,
        session_date: content.sessionDate,
        start_time: content.startTime,
        end_time: content.endTime,
        total_minutes: content.totalMinutes,
        subjective: content.subjective,
        pain_before: content.painBefore,
        objective: content.objective,
        assessment: content.assessment,
        pain_after: content.painAfter,
        plan: content.plan,
        home_care: content.homeCare,
        next_visit: content.nextVisit,
        updated_at: now,
      })
      .where('id', '=', id),
  );
  for (const table of ['session_modalities', 'session_findings', 'session_acknowledgments'] as const) {
    run(ctx.sqlite, ctx.qb.deleteFrom(table).where('session_id', '=', id));
  }
  content.modalities.forEach((m, position) =>
    run(ctx.sqlite, ctx.qb.insertInto('session_modalities').values({ session_id: id, position, modality: m.modality, minutes: m.minutes, cpt_code: m.cptCode, oils: m.oils })),
  );
  content.findings.forEach((f, position) =>
    run(
      ctx.sqlite,
      ctx.qb
        .insertInto('session_findings')
        .values({ id: f.id, session_id: id, position, region_id: f.regionId, side: f.side, type: f.type, severity: f.severity, pain: f.pain, note: f.note }),
    ),
  );
  for (const a of content.acknowledgments) {
    run(
      ctx.sqlite,
      ctx.qb.insertInto('session_acknowledgments').values({
        session_id: id,
        rule_id: a.ruleId,
        modality: a.modality,
        level: a.level,
        text: a.text,
        acknowledged_by: a.acknowledgedBy,
        acknowledged_at: a.acknowledgedAt,
      }),
    );
  }
}

/** The draft's owner and state, or an error a person can act on. */
function requireDraft(ctx: CoreContext, id: string): { client_id: string } {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('sessions').select(['client_id', 'status']).where('id', '=', id));
  if (!row) throw notFound('That session');
  if (row.status === 'signed') throw new AppError('conflict', LOCKED);
  return row;
}

/** A client's own referral and plan only. */
function checkLinks(ctx: CoreContext, clientId: string, content: Pick<SessionContent, 'referralId' | 'planId'>): void {
  if (content.referralId && first(ctx.sqlite, ctx.qb.selectFrom('referrals').select('client_id').where('id', '=', content.referralId))?.client_id !== clientId) {
    throw new AppError('invalid_input', 'Choose one of this client’s referrals.', { referralId: 'Choose one of this client’s referrals' });
  }
  if (content.planId && first(ctx.sqlite, ctx.qb.selectFrom('treatment_plans').select('client_id').where('id', '=', content.planId))?.client_id !== clientId) {
    throw new AppError('invalid_input', 'Choose one of this client’s treatment plans.', { planId: 'Choose one of this client’s treatment plans' });
  }
}

export function startSession(ctx: CoreContext, input: SessionStartInput): Session {
  const client = getClient(ctx, input.clientId);
  requirePractitioner(ctx, input.practitionerId);
  let carried: CarriedContent | null = null;
  if (input.from === 'last') {
    const last = lastSigned(ctx, client.id);
    if (!last) throw new AppError('not_found', 'This client has no signed session to copy forward yet. Start a blank note instead.');
    carried = copyForward(last, ctx.newId);
  } else if (input.from !== 'blank') {
    carried = fromTemplate(getTemplate(ctx, input.from));
  }
  const id = ctx.newId();
  const now = nowIso(ctx);
  ctx.sqlite.transaction(() => {
    run(
      ctx.sqlite,
      ctx.qb.insertInto('sessions').values({
        id,
        client_id: client.id,
        practitioner_id: input.practitionerId,
        appointment_id: null,
        referral_id: null,
        plan_id: null,
        session_date: input.sessionDate,
        start_time: input.startTime,
        end_time: '',
        total_minutes: null,
        subjective: '',
        pain_before: null,
        objective: '',
        assessment: '',
        pain_after: null,
        plan: '',
        home_care: '',
        next_visit: '',
        status: 'draft',
        signed_at: null,
        signed_by: null,
        created_at: now,
        updated_at: now,
      }),
    );
    if (carried) {
      writeContent(
        ctx,
        id,
        { ...carried, practitionerId: input.practitionerId, sessionDate: input.sessionDate, startTime: input.startTime, endTime: '', totalMinutes: null, painBefore: null, painAfter: null, nextVisit: '', referralId: null, planId: null, acknowledgments: [] },
        now,
      );
    }
  })();
  return getSession(ctx, id);
}

/** Autosave: small answer, so typing never waits on a large payload. */
export function saveSessionDraft(ctx: CoreContext, input: SessionDraftInput): { id: string; updatedAt: string } {
  const now = nowIso(ctx);
  ctx.sqlite.transaction(() => {
    const { client_id } = requireDraft(ctx, input.id);
    requirePractitioner(ctx, input.practitionerId);
    checkLinks(ctx, client_id, input);
    writeContent(ctx, input.id, input, now);
  })();
  return { id: input.id, updatedAt: now };
}

/**
 * Saves the final content and locks the note. Every precaution that names a modality performed
 * must have been acknowledged in this session first.
 */
export function signSession(ctx: CoreContext, input: SessionSignInput): Session {
  const now = nowIso(ctx);
  ctx.sqlite.transaction(() => {
    const { client_id } = requireDraft(ctx, input.id);
    requirePractitioner(ctx, input.practitionerId);
    requirePractitioner(ctx, input.signedBy, 'signedBy');
    checkLinks(ctx, client_id, input);
    const { alerts } = clientHeader(ctx, client_id);
    const missing = missingAcknowledgments(
      alerts,
      input.modalities.map((m) => m.modality),
      input.acknowledgments,
    );
    if (missing.length > 0) {
      throw new AppError('conflict', `Acknowledge these precautions before signing: ${missing.map(promptText).join(' ')}`, {
        acknowledgments: `${missing.length} precaution${missing.length > 1 ? 's need' : ' needs'} your acknowledgment`,
      });
    }
    writeContent(ctx, input.id, input, now);
    run(ctx.sqlite, ctx.qb.updateTable('sessions').set({ status: 'signed', signed_at: now, signed_by: input.signedBy, updated_at: now }).where('id', '=', input.id));
    completeAppointment(ctx, input.id, now);
  })();
  return getSession(ctx, input.id);
}

/** Signing the note of an appointment's visit completes that appointment. */
function completeAppointment(ctx: CoreContext, sessionId: string, now: string): void {
  const a = first(ctx.sqlite, ctx.qb.selectFrom('appointments').select(['id', 'status']).where('session_id', '=', sessionId));
  if (!a || a.status === 'completed') return;
  run(ctx.sqlite, ctx.qb.updateTable('appointments').set({ status: 'completed', updated_at: now }).where('id', '=', a.id));
  run(
    ctx.sqlite,
    ctx.qb
      .insertInto('appointment_history')
      .values({ id: ctx.newId(), appointment_id: a.id, at: now, kind: 'status', detail: JSON.stringify({ from: a.status, to: 'completed', reason: 'Session note signed' }) }),
  );
}

export function addAddendum(ctx: CoreContext, input: AddendumInput): Session {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('sessions').select('status').where('id', '=', input.sessionId));
  if (!row) throw notFound('That session');
  if (row.status !== 'signed') throw new AppError('conflict', 'This note is still a draft: edit it directly. Addenda are for signed notes.');
  requirePractitioner(ctx, input.authorId, 'authorId');
  run(
    ctx.sqlite,
    ctx.qb.insertInto('session_addenda').values({ id: ctx.newId(), session_id: input.sessionId, author_id: input.authorId, text: input.text, reason: input.reason, created_at: nowIso(ctx) }),
  );
  return getSession(ctx, input.sessionId);
}
