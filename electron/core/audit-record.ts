// Which calls the audit trail records, and as what: every committed change, every view of one
// chart record, every print and export. A recorded call and its entry run in one transaction.
import { basename } from 'node:path';
import type { Handlers, ShellHandlers } from '../../shared/contract';
import { isAsyncMethod, type CoreMethod, type Method } from '../../shared/methods';
import { AUDIT_ACTION_LABELS, type AuditAction } from '../../shared/schemas/audit';
import type { DocumentRequest } from '../../shared/schemas/documents';
import { appendAudit, auditDb, type AuditRecord } from './audit-chain';
import { formatBackupTime, parseBackupName } from './backup-files';
import type { CoreContext } from './context';
import { AppError } from './errors';
import { first } from './sql';

interface Rule {
  action: AuditAction;
  entity: string;
  /** Input key naming the record, when the result carries no `id`. */
  idKey?: string;
  /** Input keys copied into the detail (short values only: never note text). */
  keep?: readonly string[];
  /** Repeats by the same actor on the same record within this many minutes add no new entry (autosaves, re-opening). */
  coalesceMinutes?: number;
  summary?: string;
}

/** Reads that show no single chart record (lists, searches, settings): not recorded. */
const NOT_RECORDED = new Set<Method>([
  'app/status', 'practitioners/list', 'clients/list', 'clients/search', 'clients/header', 'intakes/list', 'precautions/get',
  'precautions/history', 'referrals/list', 'referrals/get', 'plans/list', 'sessions/list', 'sessions/overdue', 'clients/progress',
  'templates/list', 'schedule/settings', 'schedule/today', 'appointments/get', 'appointments/history', 'appointments/range',
  'appointments/forClient', 'appointments/freeSlot', 'series/preview', 'billing/catalog', 'invoices/get', 'invoices/list',
  'billing/statement', 'billing/unbilledSessions', 'reports/get', 'documents/render', 'backups/list', 'backups/settings',
  'backups/verify', 'audit/list', 'audit/verify', 'clients/importPreview',
  // These record themselves: a backup after it is written, a restore in the restored database.
  'backups/create', 'backups/auto', 'backups/restore', 'backups/chooseFolder',
  // Who is at the keyboard: signing in (and every wrong passcode, which must stay counted even though
  // the call fails) and emergency access record themselves in auth.ts; locking shows no record.
  'auth/state', 'auth/users', 'auth/signIn', 'auth/signOut', 'auth/lock', 'auth/emergency', 'auth/handOff', 'auth/endHandOff',
  'users/list', 'security/settings',
  // Encryption: the lock and the status show no record; turning it on or off records itself once
  // the database is open again (encryption-switch.ts).
  'security/databaseLock', 'security/unlockDatabase', 'security/encryption', 'security/setEncryption',
]);

const VIEW = 5;
const DRAFT = 10;
const rule = (action: AuditAction, entity: string, more: Omit<Rule, 'action' | 'entity'> = {}): Rule => ({ action, entity, ...more });

/** Method → what it does to which record. A write not listed here is recorded as an 'update'. */
const RULES: Partial<Record<Method, Rule>> = {
  'clients/get': rule('view', 'client', { coalesceMinutes: VIEW }),
  'sessions/get': rule('view', 'session', { coalesceMinutes: VIEW }),
  'intakes/get': rule('view', 'intake', { coalesceMinutes: VIEW }),
  'attachments/get': rule('view', 'attachment', { coalesceMinutes: VIEW }),
  'clinic/setup': rule('create', 'clinic'),
  'clinic/update': rule('update', 'clinic'),
  'practitioners/create': rule('create', 'practitioner'),
  'practitioners/update': rule('update', 'practitioner'),
  'clients/create': rule('create', 'client'),
  'clients/update': rule('update', 'client'),
  'clients/archive': rule('archive', 'client'),
  'clients/unarchive': rule('update', 'client', { summary: 'Unarchived client' }),
  'intakes/saveDraft': rule('update', 'intake', { coalesceMinutes: DRAFT, summary: 'Changed intake (draft)' }),
  'intakes/sign': rule('sign', 'intake'),
  'precautions/save': rule('update', 'precaution_rules'),
  'precautions/reset': rule('update', 'precaution_rules', { summary: 'Reset precaution rules' }),
  'referrals/create': rule('create', 'referral'),
  'referrals/update': rule('update', 'referral'),
  'referrals/attachOrder': rule('create', 'attachment', { idKey: 'referralId', summary: 'Attached a scanned order' }),
  'plans/create': rule('create', 'plan'),
  'plans/update': rule('update', 'plan'),
  'sessions/start': rule('create', 'session'),
  'sessions/saveDraft': rule('update', 'session', { coalesceMinutes: DRAFT, summary: 'Changed session note (draft)' }),
  'sessions/sign': rule('sign', 'session'),
  'sessions/addendum': rule('update', 'session', { keep: ['reason'], summary: 'Added an addendum' }),
  'templates/create': rule('create', 'template'),
  'templates/update': rule('update', 'template'),
  'appointments/book': rule('create', 'appointment'),
  'appointments/move': rule('update', 'appointment', { summary: 'Moved appointment' }),
  'appointments/edit': rule('update', 'appointment'),
  'appointments/setStatus': rule('update', 'appointment', { keep: ['status'] }),
  'appointments/startSession': rule('create', 'session'),
  'series/create': rule('create', 'series', { idKey: 'seriesId' }),
  'invoices/new': rule('create', 'invoice'),
  'invoices/fromSessions': rule('create', 'invoice'),
  'invoices/saveDraft': rule('update', 'invoice', { coalesceMinutes: DRAFT }),
  'invoices/issue': rule('issue', 'invoice'),
  'invoices/void': rule('void', 'invoice', { keep: ['reason'] }),
  'payments/record': rule('create', 'payment'),
  'payments/refund': rule('create', 'refund'),
  'packages/sell': rule('create', 'package_sale'),
  'packages/useVisit': rule('update', 'invoice', { idKey: 'invoiceId', summary: 'Paid with a package visit' }),
  'reports/csv': rule('export', 'report', { keep: ['report', 'from', 'to'] }),
  'audit/csv': rule('export', 'audit_log', { keep: ['clientId', 'actor', 'action', 'from', 'to'] }),
  'export/fhirClient': rule('export', 'client', { idKey: 'clientId', summary: 'Exported the client record (FHIR)' }),
  // One entry for the file; each client it created also gets its own 'create' entry (client-import.ts).
  'clients/import': rule('create', 'client', { summary: 'Imported clients from a CSV file' }),
  // Recorded by auditShell once the host has written and checked the folder.
  'export/full': rule('export', 'database', { summary: 'Exported all data (CSV, JSON and scanned orders)' }),
  'users/create': rule('create', 'user', { keep: ['role'] }),
  'users/update': rule('update', 'user', { keep: ['role'] }),
  'users/setPasscode': rule('update', 'user', { summary: 'Changed a passcode' }),
  'security/saveSettings': rule('update', 'security_settings', { summary: 'Changed sign-in settings' }),
  'security/changePassphrase': rule('update', 'encryption', { summary: 'Changed the database passphrase' }),
  'security/newRecoveryKey': rule('update', 'encryption', { summary: 'Made a new recovery key for the database' }),
};

export function auditRuleFor(method: Method): Rule | null {
  if (NOT_RECORDED.has(method)) return null;
  return RULES[method] ?? rule('update', method.split('/')[0] ?? 'record');
}

const ENTITY_LABELS: Record<string, string> = {
  client: 'client record',
  session: 'session note',
  intake: 'intake',
  attachment: 'scanned order',
  precaution_rules: 'precaution rules',
  package_sale: 'package sale',
  audit_log: 'audit trail',
  user: 'user',
  security_settings: 'sign-in settings',
  encryption: 'database encryption',
  database: 'database',
};

const BACKUP_REASONS: Record<string, string> = { manual: 'by hand', auto: 'automatically', quit: 'as Palpate closed', 'before-restore': 'before a restore' };

export function summaryOf(action: AuditAction, entity: string, detail: Record<string, unknown>, timeZone: string): string {
  const method = typeof detail.method === 'string' ? (RULES[detail.method as Method]?.summary ?? null) : null;
  if (method) return method;
  if (entity === 'encryption' && typeof detail.enabled === 'boolean') return detail.enabled ? 'Turned database encryption on' : 'Turned database encryption off';
  if (action === 'backup') return `Backed up the database ${BACKUP_REASONS[String(detail.reason)] ?? ''}`.trim();
  if (action === 'restore') {
    const made = parseBackupName(String(detail.file ?? ''));
    return made ? `Restored the backup of ${formatBackupTime(made.at, timeZone)}` : 'Restored a backup';
  }
  return `${AUDIT_ACTION_LABELS[action]} ${ENTITY_LABELS[entity] ?? entity.replace(/_/g, ' ')}`;
}

const text = (o: unknown, key: string): string | null => {
  const v = o && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' && v !== '' ? v : null;
};

const CLIENT_OF = {
  session: 'sessions',
  payment: 'payments',
  intake: 'intakes',
  referral: 'referrals',
  plan: 'treatment_plans',
  appointment: 'appointments',
  invoice: 'invoices',
  attachment: 'attachments',
} as const;

function clientOf(ctx: CoreContext, entity: string, entityId: string | null): string | null {
  if (!entityId) return null;
  if (entity === 'client') return entityId;
  const table = CLIENT_OF[entity as keyof typeof CLIENT_OF];
  if (!table) return null;
  return first(ctx.sqlite, ctx.qb.selectFrom(table).select('client_id').where('id', '=', entityId))?.client_id ?? null;
}

/** The record a call acted on, from its result or its input. */
export function recordFor(ctx: CoreContext, method: Method, r: Rule, input: unknown, result: unknown): AuditRecord {
  const entityId = (r.idKey ? (text(input, r.idKey) ?? text(result, r.idKey)) : null) ?? text(result, 'id') ?? text(input, 'id');
  const detail: Record<string, unknown> = { method };
  for (const key of r.keep ?? []) if (text(input, key) !== null) detail[key] = text(input, key);
  return {
    // The person signed in; with nobody signed in (first-run set-up), the practitioner a signature names, else 'system'.
    actor: ctx.auth.userId ?? text(input, 'signedBy') ?? text(input, 'authorId') ?? 'system',
    action: r.action,
    entity: r.entity,
    entityId,
    clientId: text(result, 'clientId') ?? text(input, 'clientId') ?? clientOf(ctx, r.entity, entityId),
    detail,
  };
}

/** True when the newest entry for this record is the same kind of thing, by the same actor, within the window. */
function repeats(ctx: CoreContext, record: AuditRecord, minutes: number): boolean {
  if (!record.entityId) return false;
  const last = first(
    ctx.sqlite,
    auditDb(ctx)
      .selectFrom('audit_log')
      .select(['actor', 'action', 'at'])
      .where('entity', '=', record.entity)
      .where('entity_id', '=', record.entityId)
      .orderBy('seq', 'desc')
      .limit(1),
  );
  if (!last || last.actor !== (record.actor ?? 'system') || last.action !== record.action) return false;
  return Date.parse(last.at) >= ctx.clock.now().getTime() - minutes * 60_000;
}

/**
 * The API with every recorded call wrapped: the handler and its audit entry run in one IMMEDIATE
 * transaction, so the entry commits exactly when the change does, and a refused call (an error)
 * leaves neither. Handlers' own transactions nest inside it as savepoints.
 */
export function withAudit(ctx: CoreContext, api: Handlers): Handlers {
  const wrapped: Record<string, unknown> = { ...api };
  for (const method of Object.keys(api) as CoreMethod[]) {
    const r = auditRuleFor(method);
    if (!r || isAsyncMethod(method)) continue;
    const handler = api[method] as (input: unknown) => unknown;
    const tx = ctx.sqlite.transaction((input: unknown) => {
      const result = handler(input);
      const record = recordFor(ctx, method, r, input, result);
      if (!(r.coalesceMinutes && repeats(ctx, record, r.coalesceMinutes))) appendAudit(ctx, record);
      return result;
    });
    wrapped[method] = (input: unknown) => tx.immediate(input);
  }
  return wrapped as Handlers;
}

/** The record a printed document is about (by its kind), for the audit entry. */
const PRINTED: Record<string, string> = {
  intake: 'intake',
  'intake-blank': 'intake',
  'session-note': 'session',
  'progress-report': 'client',
  'chart-export': 'client',
  statement: 'client',
  invoice: 'invoice',
  superbill: 'invoice',
  receipt: 'payment',
};

/** The host's printing, recorded once a document was actually saved or sent to the printer. */
export function auditShell(ctx: CoreContext, shell: Partial<ShellHandlers>): Partial<ShellHandlers> {
  const recorded =
    <M extends 'documents/savePdf' | 'documents/print'>(method: M, done: (result: Awaited<ReturnType<ShellHandlers[M]>>) => boolean) =>
    async (input: DocumentRequest): Promise<Awaited<ReturnType<ShellHandlers[M]>>> => {
      const handler = shell[method] as ((input: DocumentRequest) => Promise<Awaited<ReturnType<ShellHandlers[M]>>>) | undefined;
      if (!handler) throw new AppError('unavailable', 'Printing is not available here.');
      const result = await handler(input);
      // A restore may have replaced the database while the document was printing.
      if (done(result) && ctx.sqlite.open) {
        const entity = PRINTED[input.kind] ?? 'document';
        const entityId = input.id ?? null;
        const detail = { method, kind: input.kind, date: input.date, month: (input as { month?: string }).month };
        appendAudit(ctx, { action: 'print', entity, entityId, clientId: clientOf(ctx, entity, entityId), detail });
      }
      return result;
    };
  const exportAll = shell['export/full'];
  return {
    ...shell,
    ...(shell['documents/savePdf'] ? { 'documents/savePdf': recorded('documents/savePdf', (r) => r.saved) } : {}),
    ...(shell['documents/print'] ? { 'documents/print': recorded('documents/print', (r) => r.printed) } : {}),
    ...(exportAll
      ? {
          'export/full': async (input) => {
            const result = await exportAll(input);
            // Recorded once the folder exists and passed its check; a cancelled dialog is not an export.
            if (!result.cancelled && ctx.sqlite.open) {
              const detail = { method: 'export/full', folder: basename(result.folder), tables: result.tables.length, rows: result.totalRows, attachments: result.attachments };
              appendAudit(ctx, { action: 'export', entity: 'database', detail });
            }
            return result;
          },
        }
      : {}),
  };
}

