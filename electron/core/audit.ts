// The audit trail: every committed change (and every view of a chart record, print and export)
// appends one row to audit_log in the same transaction as the change, so an entry exists exactly
// when the change does. Each row's hash covers the previous row's hash, so editing or removing a
// row in the middle of history is detectable by verifyAudit. (Removing the newest rows, or
// rewriting the whole chain with this code, is not: that needs the chain head kept elsewhere.)
import { createHash } from 'node:crypto';
import type { Handlers, ShellHandlers } from '../../shared/contract';
import { toCsv } from '../../shared/domain/csv';
import { addDays, localToMs, toIso } from '../../shared/domain/schedule-time';
import { isAsyncMethod, type CoreMethod, type Method } from '../../shared/methods';
import {
  AUDIT_ACTION_LABELS,
  type AuditAction,
  type AuditCsvInput,
  type AuditEntry,
  type AuditListInput,
  type AuditPage,
  type AuditVerifyReport,
} from '../../shared/schemas/audit';
import type { DocumentRequest } from '../../shared/schemas/documents';
import { formatBackupTime, parseBackupName } from './backup-files';
import { getClinic } from './clinic';
import { nowIso, type CoreContext } from './context';
import { AppError } from './errors';
import { all, first, run } from './sql';

/** Kysely's view of the table (migration 20261127_0007_audit). */
export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  client_id: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

const db = (ctx: CoreContext) => ctx.qb.withTables<{ audit_log: AuditLogTable }>();

export interface AuditRecord {
  actor?: string;
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  clientId?: string | null;
  detail?: Record<string, unknown>;
}

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The fingerprint of one row: the previous row's hash plus every field of this one, in a fixed order. */
export function auditHash(prevHash: string, row: Omit<AuditLogTable, 'prev_hash' | 'hash'>): string {
  const fields = [row.seq, row.at, row.actor, row.action, row.entity, row.entity_id, row.client_id, row.detail];
  return createHash('sha256').update(`${prevHash}\n${JSON.stringify(fields)}`).digest('hex');
}

/** Appends one entry. Inside a caller's transaction it joins it (a savepoint); otherwise it is its own. */
export function appendAudit(ctx: CoreContext, record: AuditRecord): void {
  ctx.sqlite
    .transaction(() => {
      const last = first(ctx.sqlite, db(ctx).selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1));
      const row = {
        seq: (last?.seq ?? 0) + 1,
        at: nowIso(ctx),
        actor: record.actor ?? 'system',
        action: record.action,
        entity: record.entity,
        entity_id: record.entityId ?? null,
        client_id: record.clientId ?? null,
        detail: canonicalJson(record.detail ?? {}),
      };
      const prevHash = last?.hash ?? GENESIS_HASH;
      run(ctx.sqlite, db(ctx).insertInto('audit_log').values({ ...row, prev_hash: prevHash, hash: auditHash(prevHash, row) }));
    })
    .immediate();
}

// ---- Which calls are recorded, and as what ----

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
  'backups/verify', 'audit/list', 'audit/verify',
  // These record themselves: a backup after it is written, a restore in the restored database.
  'backups/create', 'backups/auto', 'backups/restore', 'backups/chooseFolder',
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
  database: 'database',
};

const BACKUP_REASONS: Record<string, string> = { manual: 'by hand', auto: 'automatically', quit: 'as Palpate closed', 'before-restore': 'before a restore' };

function summaryOf(action: AuditAction, entity: string, detail: Record<string, unknown>, timeZone: string): string {
  const method = typeof detail.method === 'string' ? (RULES[detail.method as Method]?.summary ?? null) : null;
  if (method) return method;
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
    // Until users exist: the practitioner a signature or addendum names, else 'system'.
    actor: text(input, 'signedBy') ?? text(input, 'authorId') ?? 'system',
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
    db(ctx)
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
  return {
    ...shell,
    ...(shell['documents/savePdf'] ? { 'documents/savePdf': recorded('documents/savePdf', (r) => r.saved) } : {}),
    ...(shell['documents/print'] ? { 'documents/print': recorded('documents/print', (r) => r.printed) } : {}),
  };
}

// ---- Reading the trail ----

function filtered(ctx: CoreContext, input: AuditCsvInput & { before?: number | undefined }) {
  const zone = getClinic(ctx)?.timeZone ?? 'UTC';
  let q = db(ctx)
    .selectFrom('audit_log')
    .leftJoin('clients', 'clients.id', 'audit_log.client_id')
    .leftJoin('practitioners', 'practitioners.id', 'audit_log.actor')
    .selectAll('audit_log')
    .select(['clients.legal_first_name', 'clients.legal_last_name', 'practitioners.first_name', 'practitioners.last_name']);
  if (input.clientId) q = q.where('audit_log.client_id', '=', input.clientId);
  if (input.actor) q = q.where('audit_log.actor', '=', input.actor);
  if (input.action) q = q.where('audit_log.action', '=', input.action);
  if (input.from) q = q.where('audit_log.at', '>=', toIso(localToMs(input.from, 0, zone)));
  if (input.to) q = q.where('audit_log.at', '<', toIso(localToMs(addDays(input.to, 1), 0, zone)));
  if (input.before) q = q.where('audit_log.seq', '<', input.before);
  return q.orderBy('audit_log.seq', 'desc');
}

type Joined = AuditLogTable & { legal_first_name: string | null; legal_last_name: string | null; first_name: string | null; last_name: string | null };

function toEntry(row: Joined, timeZone: string): AuditEntry {
  const detail = JSON.parse(row.detail) as Record<string, unknown>;
  const action = row.action as AuditAction;
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    actorName: row.first_name !== null ? `${row.first_name} ${row.last_name ?? ''}`.trim() : null,
    action,
    entity: row.entity,
    entityId: row.entity_id,
    clientId: row.client_id,
    clientName: row.legal_first_name !== null ? `${row.legal_first_name} ${row.legal_last_name ?? ''}`.trim() : null,
    summary: summaryOf(action, row.entity, detail, timeZone),
    detail,
  };
}

export function listAudit(ctx: CoreContext, input: AuditListInput): AuditPage {
  const rows = all(ctx.sqlite, filtered(ctx, input).limit(input.limit + 1)) as Joined[];
  const zone = getClinic(ctx)?.timeZone ?? 'UTC';
  const page = rows.slice(0, input.limit).map((row) => toEntry(row, zone));
  return { entries: page, nextBefore: rows.length > input.limit ? page[page.length - 1]!.seq : null };
}

/** The newest entry of one kind (the Backups card's "undo restore"), or null. */
export function latestAuditEntry(ctx: CoreContext, action: AuditAction): { at: string; detail: Record<string, unknown> } | null {
  const row = first(ctx.sqlite, db(ctx).selectFrom('audit_log').select(['at', 'detail']).where('action', '=', action).orderBy('seq', 'desc').limit(1));
  return row ? { at: row.at, detail: JSON.parse(row.detail) as Record<string, unknown> } : null;
}

/** Walks the whole chain from the first entry; reports the first one that does not match. */
export function verifyAudit(ctx: CoreContext): AuditVerifyReport {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  const { sql } = db(ctx).selectFrom('audit_log').selectAll().orderBy('seq').compile();
  for (const row of ctx.sqlite.prepare(sql).iterate() as IterableIterator<AuditLogTable>) {
    if (row.seq !== expectedSeq || row.prev_hash !== prevHash || auditHash(prevHash, row) !== row.hash) {
      const broken = Math.min(row.seq, expectedSeq);
      return {
        intact: false,
        checked,
        firstBrokenSeq: broken,
        message:
          `The audit trail was changed outside Palpate: entry ${broken.toLocaleString('en-US')} does not match its fingerprint. ` +
          (broken > 1 ? `Entries 1 to ${(broken - 1).toLocaleString('en-US')} are intact. ` : '') +
          'Keep this database and your backups as they are, and find out who had access to the file.',
      };
    }
    prevHash = row.hash;
    expectedSeq += 1;
    checked += 1;
  }
  return {
    intact: true,
    checked,
    firstBrokenSeq: null,
    message: checked === 0 ? 'The audit trail is empty.' : `The audit trail is intact: all ${checked.toLocaleString('en-US')} entries match their fingerprints.`,
  };
}

export function auditCsv(ctx: CoreContext, input: AuditCsvInput): { fileName: string; csv: string } {
  const rows = (all(ctx.sqlite, filtered(ctx, input)) as Joined[]).reverse();
  const header = ['Seq', 'Time (UTC)', 'Actor', 'Actor name', 'Action', 'What', 'Record', 'Record id', 'Client id', 'Client', 'Detail', 'Previous hash', 'Hash'];
  const zone = getClinic(ctx)?.timeZone ?? 'UTC';
  const csv = toCsv(
    header,
    rows.map((row) => {
      const e = toEntry(row, zone);
      return [e.seq, e.at, e.actor, e.actorName, e.action, e.summary, e.entity, e.entityId, e.clientId, e.clientName, row.detail, row.prev_hash, row.hash];
    }),
  );
  return { fileName: `Audit trail - ${nowIso(ctx).slice(0, 10)}.csv`, csv };
}
