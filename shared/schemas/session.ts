// A treatment session (SOAP note): what the therapist types, what autosave sends, what signing locks.
import { z } from 'zod';
import { BODY_REGION_IDS, FINDING_TYPE_IDS, findingScale, sidesOf } from '../domain/body-regions';
import { MODALITY_IDS } from '../domain/modalities';
import { MODALITY_LEVELS, PRECAUTION_CONDITION_IDS } from '../domain/precaution-rules';
import { id, optionalText, requiredDate } from './fields';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const optionalTime = (label: string) =>
  z
    .string({ error: `${label} must be a time` })
    .refine((v) => v === '' || TIME.test(v), `${label}: enter a time like 14:30`)
    .default('');

const painScore = (label: string) =>
  z
    .number({ error: `${label} must be a number from 0 to 10` })
    .int(`${label} must be a whole number from 0 to 10`)
    .min(0, `${label} must be from 0 to 10`)
    .max(10, `${label} must be from 0 to 10`)
    .nullable()
    .default(null);

export const SessionFinding = z
  .object({
    /** Stable across autosaves so the screen can keep selection; any ULID the renderer made. */
    id,
    regionId: z.enum(BODY_REGION_IDS, { error: 'Choose a body region' }),
    side: z.enum(['left', 'right', 'midline'], { error: 'Choose left, right or midline' }),
    type: z.enum(FINDING_TYPE_IDS, { error: 'Choose a finding type' }),
    severity: z.number({ error: 'Severity is 1, 2 or 3' }).int().min(1, 'Severity is 1, 2 or 3').max(3, 'Severity is 1, 2 or 3').nullable().default(null),
    pain: z.number({ error: 'Pain is 0–10' }).int().min(0, 'Pain is 0–10').max(10, 'Pain is 0–10').nullable().default(null),
    note: optionalText('Finding note', 500),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (!sidesOf(f.regionId).includes(f.side)) {
      ctx.addIssue({ code: 'custom', path: ['side'], message: f.side === 'midline' ? 'Choose left or right' : 'This region has no left or right: choose midline' });
    }
    // Pain findings carry a 0–10 score; every other type a severity of 1–3.
    if (findingScale(f.type) === 'pain') {
      if (f.pain === null) ctx.addIssue({ code: 'custom', path: ['pain'], message: 'Give the pain a score from 0 to 10' });
    } else if (f.severity === null) {
      ctx.addIssue({ code: 'custom', path: ['severity'], message: 'Choose a severity: 1 mild, 2 moderate, 3 severe' });
    }
  });
export type SessionFinding = z.output<typeof SessionFinding>;

export const SessionModality = z
  .object({
    modality: z.enum(MODALITY_IDS, { error: 'Choose a modality' }),
    minutes: z.number({ error: 'Minutes must be a number' }).int('Minutes must be whole').min(0, 'Minutes cannot be negative').max(480, 'At most 480 minutes'),
    /** The billing code it is charted under (from the service catalog; the modality's default until billing exists). */
    cptCode: z.string().trim().regex(/^(\d{4}[0-9A-Z])?$/, 'A CPT code is 5 characters, e.g. 97124').default(''),
    /** Aromatherapy: the oils used. */
    oils: optionalText('Oils used', 200),
  })
  .strict();
export type SessionModality = z.output<typeof SessionModality>;

export const SessionAcknowledgment = z
  .object({
    ruleId: z.enum(PRECAUTION_CONDITION_IDS),
    modality: z.enum(MODALITY_IDS),
    level: z.enum(MODALITY_LEVELS),
    text: z.string().trim().min(1).max(1000),
    acknowledgedBy: z.string().trim().min(1).max(200),
    acknowledgedAt: z.iso.datetime({ error: 'Acknowledgment time must be an ISO instant' }),
  })
  .strict();

/** Everything a therapist edits in a note. Autosave sends all of it each time. */
export const sessionContentFields = {
  practitionerId: id,
  sessionDate: requiredDate('Session date'),
  startTime: optionalTime('Start time'),
  endTime: optionalTime('End time'),
  totalMinutes: z.number({ error: 'Total treatment time must be a number' }).int().min(0, 'Total treatment time cannot be negative').max(480, 'At most 480 minutes').nullable().default(null),
  subjective: optionalText('Subjective', 10_000),
  painBefore: painScore('Pain before'),
  objective: optionalText('Objective', 10_000),
  assessment: optionalText('Assessment', 10_000),
  painAfter: painScore('Pain after'),
  plan: optionalText('Plan', 10_000),
  homeCare: optionalText('Home care', 5_000),
  nextVisit: optionalText('Next visit', 500),
  referralId: id.nullable().default(null),
  planId: id.nullable().default(null),
  modalities: z.array(SessionModality).max(20, 'At most 20 modalities').default([]),
  findings: z
    .array(SessionFinding)
    .max(200, 'At most 200 findings in one session')
    .default([])
    .superRefine((findings, ctx) => {
      const seen = new Set<string>();
      findings.forEach((f, i) => {
        if (seen.has(f.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'This finding is listed twice' });
        seen.add(f.id);
      });
    }),
  acknowledgments: z.array(SessionAcknowledgment).max(100).default([]),
};

function timesInOrder(v: { startTime: string; endTime: string }, ctx: z.RefinementCtx): void {
  if (v.startTime && v.endTime && v.endTime <= v.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'End time must be after the start time' });
}

export const SessionContent = z.object(sessionContentFields).strict().superRefine(timesInOrder);
export type SessionContent = z.output<typeof SessionContent>;
export type SessionFormValues = z.input<typeof SessionContent>;

export const SessionDraftInput = z.object({ id, ...sessionContentFields }).strict().superRefine(timesInOrder);
export type SessionDraftInput = z.output<typeof SessionDraftInput>;

export const SessionStartInput = z
  .object({
    clientId: id,
    practitionerId: id,
    sessionDate: requiredDate('Session date'),
    startTime: optionalTime('Start time'),
    /** 'blank', 'last' (copy forward the last signed session) or a template id. */
    from: z.union([z.literal('blank'), z.literal('last'), id]).default('blank'),
  })
  .strict();
export type SessionStartInput = z.output<typeof SessionStartInput>;

export const AddendumInput = z
  .object({
    sessionId: id,
    authorId: id,
    text: z.string({ error: 'Write the addendum' }).trim().min(1, 'Write the addendum').max(10_000, 'At most 10,000 characters'),
    reason: z.string({ error: 'Say why' }).trim().min(1, 'Give a reason for the addendum').max(500, 'At most 500 characters'),
  })
  .strict();
export type AddendumInput = z.output<typeof AddendumInput>;

export const TemplateInput = z
  .object({
    practitionerId: id,
    name: z.string().trim().min(1, 'Name the template').max(100, 'At most 100 characters'),
    subjective: optionalText('Subjective', 10_000),
    objective: optionalText('Objective', 10_000),
    assessment: optionalText('Assessment', 10_000),
    plan: optionalText('Plan', 10_000),
    homeCare: optionalText('Home care', 5_000),
    modalities: z.array(SessionModality).max(20).default([]),
  })
  .strict();
export type TemplateInput = z.output<typeof TemplateInput>;

export interface NoteTemplate extends TemplateInput {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export interface Addendum {
  id: string;
  sessionId: string;
  authorId: string;
  authorName: string;
  text: string;
  reason: string;
  createdAt: string;
}

export interface Session extends SessionContent {
  id: string;
  clientId: string;
  appointmentId: string | null;
  status: 'draft' | 'signed';
  signedAt: string | null;
  signedBy: string | null;
  signedByName: string | null;
  addenda: Addendum[];
  createdAt: string;
  updatedAt: string;
}

export interface SessionSummary {
  id: string;
  clientId: string;
  clientName: string;
  practitionerId: string;
  sessionDate: string;
  startTime: string;
  status: 'draft' | 'signed';
  painBefore: number | null;
  painAfter: number | null;
  totalMinutes: number | null;
  findingCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface RegionTrendPoint {
  sessionId: string;
  sessionDate: string;
  type: string;
  severity: number | null;
  pain: number | null;
}

export interface ClientProgress {
  sessions: SessionSummary[];
  /** One series per region and side that ever had a finding, oldest first. */
  regions: { regionId: string; side: 'left' | 'right' | 'midline'; points: RegionTrendPoint[] }[];
}

export const SessionSignInput = z
  .object({ id, signedBy: id, ...sessionContentFields })
  .strict()
  .superRefine(timesInOrder);
export type SessionSignInput = z.output<typeof SessionSignInput>;

export const TemplateUpdateInput = TemplateInput.extend({ id }).strict();
export type TemplateUpdateInput = z.output<typeof TemplateUpdateInput>;
