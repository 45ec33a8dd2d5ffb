// The audit trail: every committed change (and every view of a chart record, print and export)
// appends one row to audit_log in the same transaction as the change, so an entry exists exactly
// when the change does. Each row's hash covers the previous row's hash, so editing or removing a
// row in the middle of history is detectable by verifyAudit; removing the newest rows is caught
// by the note of the newest entry kept beside the database (audit-anchor.ts). (Rewriting the
// whole chain with this code and the note with it is not.)
import { toCsv } from '../../shared/domain/csv';
import { addDays, localToMs, toIso } from '../../shared/domain/schedule-time';
import type { AuditAction, AuditCsvInput, AuditEntry, AuditListInput, AuditPage, AuditVerifyReport } from '../../shared/schemas/audit';
import { readAuditAnchor } from './audit-anchor';
import { auditDb, auditHash, GENESIS_HASH, type AuditLogTable } from './audit-chain';
import { summaryOf } from './audit-record';
import { getClinic } from './clinic';
import { nowIso, type CoreContext } from './context';
import { all, first } from './sql';

export { appendAudit, auditHash, canonicalJson, GENESIS_HASH, type AuditLogTable, type AuditRecord } from './audit-chain';
export { auditRuleFor, auditShell, recordFor, withAudit } from './audit-record';

// ---- Reading the trail ----

function filtered(ctx: CoreContext, input: AuditCsvInput & { before?: number | undefined }) {
  const zone = getClinic(ctx)?.timeZone ?? 'UTC';
  let q = auditDb(ctx)
    .selectFrom('audit_log')
    .leftJoin('clients', 'clients.id', 'audit_log.client_id')
    // Who: a user (since sign-in exists), or a practitioner named by entries written before.
    .leftJoin('users', 'users.id', 'audit_log.actor')
    .leftJoin('practitioners', 'practitioners.id', 'audit_log.actor')
    .selectAll('audit_log')
    .select(['clients.legal_first_name', 'clients.legal_last_name', 'practitioners.first_name', 'practitioners.last_name', 'users.name as user_name']);
  if (input.clientId) q = q.where('audit_log.client_id', '=', input.clientId);
  if (input.actor) q = q.where('audit_log.actor', '=', input.actor);
  if (input.action) q = q.where('audit_log.action', '=', input.action);
  if (input.from) q = q.where('audit_log.at', '>=', toIso(localToMs(input.from, 0, zone)));
  if (input.to) q = q.where('audit_log.at', '<', toIso(localToMs(addDays(input.to, 1), 0, zone)));
  if (input.before) q = q.where('audit_log.seq', '<', input.before);
  return q.orderBy('audit_log.seq', 'desc');
}

type Joined = AuditLogTable & {
  legal_first_name: string | null;
  legal_last_name: string | null;
  first_name: string | null;
  last_name: string | null;
  user_name: string | null;
};

function toEntry(row: Joined, timeZone: string): AuditEntry {
  const detail = JSON.parse(row.detail) as Record<string, unknown>;
  const action = row.action as AuditAction;
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    actorName: row.user_name ?? (row.first_name !== null ? `${row.first_name} ${row.last_name ?? ''}`.trim() : null),
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
  const row = first(ctx.sqlite, auditDb(ctx).selectFrom('audit_log').select(['at', 'detail']).where('action', '=', action).orderBy('seq', 'desc').limit(1));
  return row ? { at: row.at, detail: JSON.parse(row.detail) as Record<string, unknown> } : null;
}

const AFTER_TAMPERING = 'Keep this database and your backups as they are, and find out who had access to the file.';
const n = (value: number) => value.toLocaleString('en-US');

/**
 * Walks the whole chain from the first entry and reports the first one that does not match; then
 * checks the note of the newest entry kept outside the database: that entry must still be there,
 * with the same fingerprint. (The note may lag behind after a crash: entries after it are fine.)
 */
export function verifyAudit(ctx: CoreContext): AuditVerifyReport {
  const noted = readAuditAnchor(ctx.dataDir);
  let notedFound = false;
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  const { sql } = auditDb(ctx).selectFrom('audit_log').selectAll().orderBy('seq').compile();
  for (const row of ctx.sqlite.prepare(sql).iterate() as IterableIterator<AuditLogTable>) {
    if (row.seq !== expectedSeq || row.prev_hash !== prevHash || auditHash(prevHash, row) !== row.hash) {
      const broken = Math.min(row.seq, expectedSeq);
      return {
        intact: false,
        checked,
        firstBrokenSeq: broken,
        message:
          `The audit trail was changed outside Palpate: entry ${n(broken)} does not match its fingerprint. ` +
          (broken > 1 ? `Entries 1 to ${n(broken - 1)} are intact. ` : '') +
          AFTER_TAMPERING,
      };
    }
    if (noted && row.seq === noted.seq) {
      if (row.hash !== noted.hash) {
        return {
          intact: false,
          checked,
          firstBrokenSeq: row.seq,
          message:
            `Entries were removed from the end of the audit trail: entry ${n(row.seq)} is not the entry Palpate recorded under that number, ` +
            `so the entries Palpate wrote from there on were removed and others put in their place. ${AFTER_TAMPERING}`,
        };
      }
      notedFound = true;
    }
    prevHash = row.hash;
    expectedSeq += 1;
    checked += 1;
  }
  if (noted && !notedFound) {
    return {
      intact: false,
      checked,
      firstBrokenSeq: checked + 1,
      message:
        `Entries were removed from the end of the audit trail: Palpate had recorded ${n(noted.seq)} entries, and ` +
        (checked === 0 ? 'none are left. ' : `only ${n(checked)} are left (those match their fingerprints). `) +
        AFTER_TAMPERING,
    };
  }
  const ending = noted ? ' None is missing from the end.' : '';
  return {
    intact: true,
    checked,
    firstBrokenSeq: null,
    message: checked === 0 ? 'The audit trail is empty.' : `The audit trail is intact: all ${n(checked)} entries match their fingerprints.${ending}`,
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

