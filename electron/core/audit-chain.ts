// The audit trail's chain: each row's hash covers the previous row's hash and every field of its
// own, so an edit of a row in the middle of history, or its removal, no longer matches. Rows are
// appended here only; the table's triggers refuse UPDATE and DELETE. The newest committed entry is
// also noted outside the database (audit-anchor.ts), so removing rows from the end shows too.
import { createHash } from 'node:crypto';
import type { AuditAction } from '../../shared/schemas/audit';
import { scheduleAuditAnchor } from './audit-anchor';
import { nowIso, type CoreContext } from './context';
import { first, run } from './sql';

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

export const auditDb = (ctx: CoreContext) => ctx.qb.withTables<{ audit_log: AuditLogTable }>();

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
      const last = first(ctx.sqlite, auditDb(ctx).selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1));
      const row = {
        seq: (last?.seq ?? 0) + 1,
        at: nowIso(ctx),
        actor: record.actor ?? ctx.auth?.userId ?? 'system',
        action: record.action,
        entity: record.entity,
        entity_id: record.entityId ?? null,
        client_id: record.clientId ?? null,
        detail: canonicalJson(record.detail ?? {}),
      };
      const prevHash = last?.hash ?? GENESIS_HASH;
      run(ctx.sqlite, auditDb(ctx).insertInto('audit_log').values({ ...row, prev_hash: prevHash, hash: auditHash(prevHash, row) }));
    })
    .immediate();
  // The note outside the database follows once this has committed (a caller's transaction may
  // still roll it back): it reads the committed head when it runs.
  scheduleAuditAnchor(ctx);
}

