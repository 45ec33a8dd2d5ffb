// A treatment plan: measurable goals toward which a series of sessions works.
import { z } from 'zod';
import { MODALITY_IDS } from '../domain/modalities';
import { id, optionalDate, optionalText, requiredDate, requiredText } from './fields';

export const PLAN_STATUSES = ['active', 'completed', 'discontinued'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PlanGoal = z
  .object({
    description: requiredText('Goal', 300),
    /** Where the client starts, e.g. "neck rotation 45°" or "pain 7/10". */
    baseline: optionalText('Baseline', 100),
    target: optionalText('Target', 100),
  })
  .strict();
export type PlanGoal = z.output<typeof PlanGoal>;

const count = (label: string, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(1, `${label} must be between 1 and ${max}`)
    .max(max, `${label} must be between 1 and ${max}`)
    .nullable()
    .default(null);

export const planFields = {
  clientId: id,
  /** null for a self-pay plan. */
  referralId: id.nullable().default(null),
  goals: z.array(PlanGoal, { error: 'Goals must be a list' }).min(1, 'Add at least one measurable goal').max(12, 'At most 12 goals'),
  frequencyPerWeek: count('Sessions per week', 7),
  plannedSessions: count('Planned sessions', 200),
  modalities: z.array(z.enum(MODALITY_IDS, { error: 'Choose modalities from the list' })).max(20).default([]),
  startDate: requiredDate('Start date'),
  reviewDate: optionalDate('Review date'),
  status: z.enum(PLAN_STATUSES, { error: 'Choose active, completed or discontinued' }).default('active'),
  notes: optionalText('Notes', 2000),
};

function reviewAfterStart(v: { startDate: string; reviewDate: string }, ctx: z.RefinementCtx): void {
  if (v.reviewDate && v.startDate && v.reviewDate < v.startDate) {
    ctx.addIssue({ code: 'custom', path: ['reviewDate'], message: 'Review date must be on or after the start date' });
  }
}

export const PlanInput = z.object(planFields).strict().superRefine(reviewAfterStart);
export type PlanInput = z.output<typeof PlanInput>;
export type PlanFormValues = z.input<typeof PlanInput>;
export const PlanUpdateInput = z.object({ id, ...planFields }).strict().superRefine(reviewAfterStart);
export type PlanUpdateInput = z.output<typeof PlanUpdateInput>;

export interface TreatmentPlan extends PlanInput {
  id: string;
  createdAt: string;
  updatedAt: string;
}
