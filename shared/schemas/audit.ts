// The audit trail: who viewed, created, changed, signed, printed, exported or restored what, when.
import { z } from 'zod';
import { id, requiredDate } from './fields';

export const AUDIT_ACTIONS = [
  'view',
  'create',
  'update',
  'archive',
  'sign',
  'issue',
  'void',
  'print',
  'export',
  'backup',
  'restore',
  'sign_in',
  'sign_in_failed',
  'emergency_access',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  view: 'Viewed',
  create: 'Created',
  update: 'Changed',
  archive: 'Archived',
  sign: 'Signed',
  issue: 'Issued',
  void: 'Voided',
  print: 'Printed',
  export: 'Exported',
  backup: 'Backed up',
  restore: 'Restored',
  sign_in: 'Signed in',
  sign_in_failed: 'Wrong passcode',
  emergency_access: 'Emergency access',
};

const filters = {
  clientId: id.optional(),
  /** A user id, or 'system' (automatic backups; entries from before users existed may name a practitioner). */
  actor: z
    .string({ error: 'Choose who' })
    .regex(/^(system|[0-9A-HJKMNP-TV-Z]{26})$/, 'Choose who from the list')
    .optional(),
  action: z.enum(AUDIT_ACTIONS, { error: 'Choose an action from the list' }).optional(),
  /** Days on the clinic's calendar, inclusive. */
  from: requiredDate('From').optional(),
  to: requiredDate('To').optional(),
};

function fromNotAfterTo(v: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx): void {
  if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'To must be on or after From' });
}

export const AuditListInput = z
  .object({
    ...filters,
    limit: z.number({ error: 'Limit must be a number' }).int('Limit must be a whole number').min(1).max(500).default(100),
    /** Entries before this sequence number (the next page). */
    before: z.number({ error: 'Before must be a number' }).int('Before must be a whole number').min(1).optional(),
  })
  .strict()
  .superRefine(fromNotAfterTo);
export type AuditListInput = z.output<typeof AuditListInput>;

export const AuditCsvInput = z.object(filters).strict().superRefine(fromNotAfterTo);
export type AuditCsvInput = z.output<typeof AuditCsvInput>;

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  /** The practitioner's name when the actor is one; null for 'system'. */
  actorName: string | null;
  action: AuditAction;
  entity: string;
  entityId: string | null;
  clientId: string | null;
  clientName: string | null;
  /** What was done, in words: "Signed session note". */
  summary: string;
  detail: Record<string, unknown>;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `before` for the next (older) page; null when there is none. */
  nextBefore: number | null;
}

export interface AuditVerifyReport {
  intact: boolean;
  checked: number;
  /** The first entry whose fingerprint or link does not match; null when intact. */
  firstBrokenSeq: number | null;
  message: string;
}
