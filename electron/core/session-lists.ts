// Read-only views over sessions: a client's timeline, overdue drafts, progress by region.
import { sql, type Kysely } from 'kysely';
import type { ClientProgress, RegionTrendPoint, SessionSummary } from '../../shared/schemas/session';
import { getClient } from './clients';
import { compiled } from './compiled';
import type { CoreContext } from './context';
import type { DB } from './schema';
import { all } from './sql';

/** Drafts older than this are overdue: a note should be signed the day of the visit. */
const OVERDUE_AFTER_MS = 24 * 60 * 60 * 1000;

function summaries(qb: Kysely<DB>) {
  return qb
    .selectFrom('sessions')
    .innerJoin('clients', 'clients.id', 'sessions.client_id')
    .select([
      'sessions.id',
      'sessions.client_id',
      'sessions.practitioner_id',
      'sessions.session_date',
      'sessions.start_time',
      'sessions.status',
      'sessions.pain_before',
      'sessions.pain_after',
      'sessions.total_minutes',
      'sessions.created_at',
      'sessions.updated_at',
      'clients.legal_first_name',
      'clients.legal_last_name',
      (eb) => eb.selectFrom('session_findings').select(eb.fn.countAll<number>().as('n')).whereRef('session_findings.session_id', '=', 'sessions.id').as('finding_count'),
    ]);
}

type SummaryRow = ReturnType<typeof all<ReturnType<typeof summaries>>>[number];

function toSummary(r: SummaryRow): SessionSummary {
  return {
    id: r.id,
    clientId: r.client_id,
    clientName: `${r.legal_first_name} ${r.legal_last_name}`,
    practitionerId: r.practitioner_id,
    sessionDate: r.session_date,
    startTime: r.start_time,
    status: r.status,
    painBefore: r.pain_before,
    painAfter: r.pain_after,
    totalMinutes: r.total_minutes,
    findingCount: Number(r.finding_count ?? 0),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

// A chart opening asks for both of these: compiled once (compiled.ts).
const clientSessions = compiled((qb, clientId: string, limit: number) =>
  summaries(qb).where('sessions.client_id', '=', clientId).orderBy('sessions.session_date', 'desc').orderBy('sessions.id', 'desc').limit(limit),
);
const clientFindings = compiled((qb, clientId: string) =>
  qb
    .selectFrom('session_findings')
    .innerJoin('sessions', 'sessions.id', 'session_findings.session_id')
    .select(['session_findings.region_id', 'session_findings.side', 'session_findings.type', 'session_findings.severity', 'session_findings.pain', 'sessions.id as session_id', 'sessions.session_date'])
    .where('sessions.client_id', '=', clientId)
    .orderBy('sessions.session_date')
    .orderBy(sql`sessions.id`)
    .orderBy('session_findings.position'),
);

/** Newest first; `limit` keeps a ten-year chart fast. */
export function listSessions(ctx: CoreContext, clientId: string, limit = 200): SessionSummary[] {
  getClient(ctx, clientId);
  return clientSessions.all(ctx, clientId, limit).map(toSummary);
}

export function overdueDrafts(ctx: CoreContext): SessionSummary[] {
  const cutoff = new Date(ctx.clock.now().getTime() - OVERDUE_AFTER_MS).toISOString();
  return all(ctx.sqlite, summaries(ctx.qb).where('sessions.status', '=', 'draft').where('sessions.created_at', '<', cutoff).orderBy('sessions.created_at')).map(toSummary);
}

/** Pain before/after per session and every region's findings over time, oldest first. */
export function clientProgress(ctx: CoreContext, clientId: string): ClientProgress {
  const sessions = listSessions(ctx, clientId, 500).reverse();
  const rows = clientFindings.all(ctx, clientId);
  const series = new Map<string, ClientProgress['regions'][number]>();
  for (const r of rows) {
    const key = `${r.region_id}:${r.side}`;
    let s = series.get(key);
    if (!s) series.set(key, (s = { regionId: r.region_id, side: r.side, points: [] }));
    const point: RegionTrendPoint = { sessionId: r.session_id, sessionDate: r.session_date, type: r.type, severity: r.severity, pain: r.pain };
    s.points.push(point);
  }
  return { sessions, regions: [...series.values()] };
}
