// The audit trail's head, kept outside the database. The hash chain exposes an edited or removed
// row in the middle of history, but not the removal of the newest rows: what is left is still a
// whole chain. So Palpate notes the newest committed entry (seq and hash) in a small file beside
// the database, and 'audit/verify' requires that row to still be there with that hash.
//
// The file may lag behind the table (it is written a moment after the commit, in batches, and a
// crash can lose the last batch): a lagging note is still true, because rows are only ever added.
// That is why the rule is "the row at anchor.seq exists and has anchor.hash", never "the trail
// ends at anchor.seq". The note only moves forward while the trail still agrees with it, so once
// rows were removed the evidence stays until the owner restores a backup (a restore moves the
// note aside with the replaced database, and the restored trail's head becomes the new note).
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditLogTable } from './audit-chain';
import { nowIso, type CoreContext } from './context';
import { first } from './sql';

export const AUDIT_ANCHOR_FILE = 'audit-anchor.json';

export interface AuditAnchor {
  seq: number;
  hash: string;
  /** When the note was written (not when the entry was). */
  at: string;
}

/**
 * Appends within this many milliseconds share one rewrite of the file. Measured here: a write
 * with fsync and rename costs 0.3–1 ms, as much as saving a draft, and a burst (an
 * import of clients, a series of 20 appointments) would otherwise rewrite it per row.
 */
export const ANCHOR_DELAY_MS = 250;

const anchorPath = (dataDir: string) => join(dataDir, AUDIT_ANCHOR_FILE);

function isAnchor(value: unknown): value is AuditAnchor {
  const v = value as Partial<AuditAnchor> | null;
  return !!v && Number.isSafeInteger(v.seq) && (v.seq ?? 0) > 0 && typeof v.hash === 'string' && /^[0-9a-f]{64}$/.test(v.hash) && typeof v.at === 'string';
}

/** The note, or null when there is none (or it cannot be read: treated as none, and written afresh). */
export function readAuditAnchor(dataDir: string): AuditAnchor | null {
  let text: string;
  try {
    text = readFileSync(anchorPath(dataDir), 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return isAnchor(parsed) ? { seq: parsed.seq, hash: parsed.hash, at: parsed.at } : null;
  } catch {
    return null;
  }
}

/** Written under a temporary name, flushed to disk, then renamed: the file is always whole. */
export function writeAuditAnchor(dataDir: string, anchor: AuditAnchor): void {
  const target = anchorPath(dataDir);
  const temp = `${target}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, `${JSON.stringify(anchor)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, target);
}

// audit-chain.ts calls this module after each append; the table's type is all it takes from there.
const trail = (ctx: CoreContext) => ctx.qb.withTables<{ audit_log: AuditLogTable }>();

const head = (ctx: CoreContext) => first(ctx.sqlite, trail(ctx).selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1)) ?? null;

const hashAt = (ctx: CoreContext, seq: number) =>
  first(ctx.sqlite, trail(ctx).selectFrom('audit_log').select('hash').where('seq', '=', seq))?.hash ?? null;

/** True when the trail still has the noted entry: entries were only added since. */
function trailAgrees(ctx: CoreContext, anchor: AuditAnchor): boolean {
  return hashAt(ctx, anchor.seq) === anchor.hash;
}

/**
 * Brings the note up to the newest committed entry, now. Never inside a transaction (the newest
 * row might still roll back), never backwards, and never past a trail that no longer has the
 * noted entry: that disagreement is the evidence 'audit/verify' reports.
 */
export function flushAuditAnchor(ctx: CoreContext): void {
  cancelPending(ctx.sqlite);
  if (!ctx.sqlite.open) return;
  if (ctx.sqlite.inTransaction) {
    scheduleAuditAnchor(ctx);
    return;
  }
  const newest = head(ctx);
  if (!newest) return;
  const noted = readAuditAnchor(ctx.dataDir);
  if (noted && (noted.seq >= newest.seq || !trailAgrees(ctx, noted))) return;
  writeAuditAnchor(ctx.dataDir, { seq: newest.seq, hash: newest.hash, at: nowIso(ctx) });
}

// One pending rewrite per connection (a core), so a burst of appends writes the file once.
const pending = new WeakMap<Database, NodeJS.Timeout>();

function cancelPending(sqlite: Database): void {
  const timer = pending.get(sqlite);
  if (timer) clearTimeout(timer);
  pending.delete(sqlite);
}

/** Called after each append: the note follows within ANCHOR_DELAY_MS, off the call's path. */
export function scheduleAuditAnchor(ctx: CoreContext): void {
  if (pending.has(ctx.sqlite)) return;
  const timer = setTimeout(() => {
    pending.delete(ctx.sqlite);
    try {
      flushAuditAnchor(ctx);
    } catch (error) {
      // A full disk or a read-only folder: the note lags (which verify tolerates); the data is safe.
      console.error('Palpate: could not update the audit trail note', error);
    }
  }, ANCHOR_DELAY_MS);
  timer.unref();
  pending.set(ctx.sqlite, timer);
}
