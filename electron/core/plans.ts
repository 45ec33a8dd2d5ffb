// Treatment plans: measurable goals, a planned series of sessions, optionally under a referral.
import type { PlanGoal, PlanInput, TreatmentPlan } from '../../shared/schemas/plan';
import type { ModalityId } from '../../shared/domain/modalities';
import { getClient } from './clients';
import { nowIso, type CoreContext } from './context';
import { AppError, notFound } from './errors';
import type { TreatmentPlansTable } from './schema';
import { all, first, run } from './sql';

function columns(input: PlanInput) {
  return {
    client_id: input.clientId,
    referral_id: input.referralId,
    goals: JSON.stringify(input.goals),
    frequency_per_week: input.frequencyPerWeek,
    planned_sessions: input.plannedSessions,
    modalities: JSON.stringify(input.modalities),
    start_date: input.startDate,
    review_date: input.reviewDate,
    status: input.status,
    notes: input.notes,
  };
}

function toPlan(row: TreatmentPlansTable): TreatmentPlan {
  return {
    id: row.id,
    clientId: row.client_id,
    referralId: row.referral_id,
    goals: JSON.parse(row.goals) as PlanGoal[],
    frequencyPerWeek: row.frequency_per_week,
    plannedSessions: row.planned_sessions,
    modalities: JSON.parse(row.modalities) as ModalityId[],
    startDate: row.start_date,
    reviewDate: row.review_date,
    status: row.status,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A plan's referral must belong to the same client. */
function checkReferral(ctx: CoreContext, input: PlanInput): void {
  if (!input.referralId) return;
  const ref = first(ctx.sqlite, ctx.qb.selectFrom('referrals').select('client_id').where('id', '=', input.referralId));
  if (!ref || ref.client_id !== input.clientId) {
    throw new AppError('invalid_input', 'Choose one of this client’s referrals.', { referralId: 'Choose one of this client’s referrals' });
  }
}

export function getPlan(ctx: CoreContext, id: string): TreatmentPlan {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('treatment_plans').selectAll().where('id', '=', id));
  if (!row) throw notFound('That treatment plan');
  return toPlan(row);
}

export function listPlans(ctx: CoreContext, clientId: string): TreatmentPlan[] {
  getClient(ctx, clientId);
  return all(ctx.sqlite, ctx.qb.selectFrom('treatment_plans').selectAll().where('client_id', '=', clientId).orderBy('start_date', 'desc').orderBy('id', 'desc')).map(toPlan);
}

export function createPlan(ctx: CoreContext, input: PlanInput): TreatmentPlan {
  getClient(ctx, input.clientId);
  checkReferral(ctx, input);
  const now = nowIso(ctx);
  const id = ctx.newId();
  run(ctx.sqlite, ctx.qb.insertInto('treatment_plans').values({ id, ...columns(input), created_at: now, updated_at: now }));
  return getPlan(ctx, id);
}

export function updatePlan(ctx: CoreContext, input: PlanInput & { id: string }): TreatmentPlan {
  const existing = first(ctx.sqlite, ctx.qb.selectFrom('treatment_plans').select('client_id').where('id', '=', input.id));
  if (!existing) throw notFound('That treatment plan');
  if (existing.client_id !== input.clientId) throw new AppError('invalid_input', 'A plan cannot be moved to another client.');
  checkReferral(ctx, input);
  run(ctx.sqlite, ctx.qb.updateTable('treatment_plans').set({ ...columns(input), updated_at: nowIso(ctx) }).where('id', '=', input.id));
  return getPlan(ctx, input.id);
}
