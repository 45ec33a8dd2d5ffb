// What a generated clinic holds, counted the same way for the seed CLI, the benchmark and tests.
import type { CoreContext } from '../context';
import type { DB } from '../schema';
import { all, first } from '../sql';

export interface DemoCounts {
  practitioners: number;
  clients: number;
  archivedClients: number;
  intakes: number;
  referrals: number;
  plans: number;
  appointments: number;
  appointmentsByStatus: Record<string, number>;
  sessions: number;
  signedSessions: number;
  findings: number;
  invoices: number;
  payments: number;
  packagesSold: number;
}

function count(ctx: CoreContext, table: keyof DB): number {
  return first(ctx.sqlite, ctx.qb.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
}

export function countRows(ctx: CoreContext): DemoCounts {
  const byStatus = all(ctx.sqlite, ctx.qb.selectFrom('appointments').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').orderBy('status'));
  return {
    practitioners: count(ctx, 'practitioners'),
    clients: count(ctx, 'clients'),
    archivedClients: first(ctx.sqlite, ctx.qb.selectFrom('clients').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'archived'))?.n ?? 0,
    intakes: count(ctx, 'intakes'),
    referrals: count(ctx, 'referrals'),
    plans: count(ctx, 'treatment_plans'),
    appointments: count(ctx, 'appointments'),
    appointmentsByStatus: Object.fromEntries(byStatus.map((r) => [r.status, r.n])),
    sessions: count(ctx, 'sessions'),
    signedSessions: first(ctx.sqlite, ctx.qb.selectFrom('sessions').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'signed'))?.n ?? 0,
    findings: count(ctx, 'session_findings'),
    invoices: count(ctx, 'invoices'),
    payments: count(ctx, 'payments'),
    packagesSold: count(ctx, 'client_packages'),
  };
}
