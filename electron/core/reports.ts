// Reports for the owner: revenue by month, service and payer; receivables aging; visits,
// cancellations and no-shows; referral utilization. Each also exports as spreadsheet-safe CSV.
import { AGING_BUCKETS, agingBucket } from '../../shared/domain/aging';
import { moneyCell, toCsv } from '../../shared/domain/csv';
import { balanceCents } from '../../shared/domain/invoice-math';
import type { ReportRow, Reports } from '../../shared/schemas/billing';
import { clinicToday } from './clinic';
import type { CoreContext } from './context';
import { summarize } from './invoices';
import { all } from './sql';

const month = (date: string) => date.slice(0, 7);

function group(rows: { key: string; label: string; field: string; amount: number }[]): ReportRow[] {
  const out = new Map<string, ReportRow>();
  for (const r of rows) {
    const row = out.get(r.key) ?? { key: r.key, label: r.label, values: {} };
    row.values[r.field] = (row.values[r.field] ?? 0) + r.amount;
    out.set(r.key, row);
  }
  return [...out.values()];
}

/** Money received (cash, card, check, insurance, less refunds) by month; package drawdowns are not new money. */
function revenueByMonth(ctx: CoreContext, from: string, to: string): ReportRow[] {
  const rows = all(ctx.sqlite, ctx.qb.selectFrom('payments').select(['paid_on', 'amount_cents', 'method']).where('paid_on', '>=', from).where('paid_on', '<=', to).where('method', 'not in', ['package', 'credit']));
  return group(rows.map((p) => ({ key: month(p.paid_on), label: month(p.paid_on), field: p.amount_cents < 0 ? 'refundsCents' : 'receivedCents', amount: Math.abs(p.amount_cents) }))).sort((a, b) => a.key.localeCompare(b.key));
}

/** Billed amounts of issued invoices by service code (or description for flat-rate lines). */
function revenueByService(ctx: CoreContext, from: string, to: string): ReportRow[] {
  const lines = all(
    ctx.sqlite,
    ctx.qb
      .selectFrom('invoice_lines as l')
      .innerJoin('invoices as i', 'i.id', 'l.invoice_id')
      .select(['l.code', 'l.description', 'l.units', 'l.unit_price_cents'])
      .where('i.status', '=', 'issued')
      .where('i.issue_date', '>=', from)
      .where('i.issue_date', '<=', to),
  );
  return group(lines.flatMap((l) => [
    { key: l.code || l.description, label: l.code ? `${l.code} ${l.description}` : l.description, field: 'billedCents', amount: l.units * l.unit_price_cents },
    { key: l.code || l.description, label: l.code ? `${l.code} ${l.description}` : l.description, field: 'units', amount: l.units },
  ])).sort((a, b) => (b.values.billedCents ?? 0) - (a.values.billedCents ?? 0));
}

function revenueByPayer(ctx: CoreContext, from: string, to: string): ReportRow[] {
  const rows = summarize(ctx, all(ctx.sqlite, ctx.qb.selectFrom('invoices').selectAll().where('status', '=', 'issued').where('issue_date', '>=', from).where('issue_date', '<=', to)));
  return group(rows.flatMap((i) => [
    { key: i.payerId, label: i.payerName, field: 'billedCents', amount: i.totalCents },
    { key: i.payerId, label: i.payerName, field: 'paidCents', amount: i.paidCents },
    { key: i.payerId, label: i.payerName, field: 'invoices', amount: 1 },
  ]));
}

/** Open balances today, by age since the invoice was issued. */
function aging(ctx: CoreContext, today: string): ReportRow[] {
  const open = summarize(ctx, all(ctx.sqlite, ctx.qb.selectFrom('invoices').selectAll().where('status', '=', 'issued'))).filter((i) => i.balanceCents > 0 && i.issueDate);
  const rows = AGING_BUCKETS.map((b) => ({ key: b, label: `${b} days`, values: { balanceCents: 0, invoices: 0 } as Record<string, number> }));
  for (const i of open) {
    const row = rows.find((r) => r.key === agingBucket(i.issueDate!, today))!;
    row.values.balanceCents! += balanceCents(i.totalCents, i.paidCents, i.status);
    row.values.invoices! += 1;
  }
  return rows;
}

/** Appointments by month and outcome, with the no-show rate in basis points of all booked visits. */
function visitsByMonth(ctx: CoreContext, from: string, to: string): ReportRow[] {
  const rows = all(ctx.sqlite, ctx.qb.selectFrom('appointments').select(['starts_at', 'status']).where('starts_at', '>=', from).where('starts_at', '<', `${to}T23:59:59.999Z`));
  const grouped = group(rows.map((a) => ({ key: month(a.starts_at), label: month(a.starts_at), field: a.status, amount: 1 })));
  for (const r of grouped) {
    const total = Object.values(r.values).reduce((s, n) => s + n, 0);
    r.values.total = total;
    r.values.noShowRateBp = total ? Math.round(((r.values.no_show ?? 0) * 10_000) / total) : 0;
  }
  return grouped.sort((a, b) => a.key.localeCompare(b.key));
}

function referralUtilization(ctx: CoreContext, from: string, to: string): ReportRow[] {
  const refs = all(
    ctx.sqlite,
    ctx.qb
      .selectFrom('referrals as r')
      .innerJoin('clients as c', 'c.id', 'r.client_id')
      .select([
        'r.id',
        'r.physician_name',
        'r.visits_authorized',
        'r.start_date',
        'r.end_date',
        'c.legal_first_name',
        'c.legal_last_name',
        (eb) =>
          eb
            .selectFrom('sessions as s')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('s.client_id', '=', 'r.client_id')
            .where('s.status', '=', 'signed')
            .whereRef('s.session_date', '>=', 'r.start_date')
            .whereRef('s.session_date', '<=', 'r.end_date')
            .as('used'),
      ])
      .where('r.end_date', '>=', from)
      .where('r.start_date', '<=', to)
      .orderBy('r.end_date'),
  );
  return refs.map((r) => ({
    key: r.id,
    label: `${r.legal_first_name} ${r.legal_last_name} — ${r.physician_name} (${r.start_date} to ${r.end_date})`,
    values: { authorized: r.visits_authorized, used: Number(r.used ?? 0) },
  }));
}

export function reports(ctx: CoreContext, input: { from: string; to: string }): Reports {
  return {
    from: input.from,
    to: input.to,
    revenueByMonth: revenueByMonth(ctx, input.from, input.to),
    revenueByService: revenueByService(ctx, input.from, input.to),
    revenueByPayer: revenueByPayer(ctx, input.from, input.to),
    aging: aging(ctx, clinicToday(ctx)),
    visitsByMonth: visitsByMonth(ctx, input.from, input.to),
    referralUtilization: referralUtilization(ctx, input.from, input.to),
  };
}

type ReportName = 'revenue_by_month' | 'revenue_by_service' | 'revenue_by_payer' | 'aging' | 'visits_by_month' | 'referral_utilization';

/** Money columns are numbers in the CSV, so a negative amount stays a number in the spreadsheet. */
const money = (v: number | undefined) => moneyCell(v ?? 0);

export function reportCsv(ctx: CoreContext, input: { report: ReportName; from: string; to: string }): { fileName: string; csv: string } {
  const r = reports(ctx, input);
  const fileName = `${input.report.replace(/_/g, '-')}_${input.from}_${input.to}.csv`;
  switch (input.report) {
    case 'revenue_by_month':
      return { fileName, csv: toCsv(['Month', 'Received', 'Refunds', 'Net'], r.revenueByMonth.map((x) => [x.label, money(x.values.receivedCents), money(x.values.refundsCents), money((x.values.receivedCents ?? 0) - (x.values.refundsCents ?? 0))])) };
    case 'revenue_by_service':
      return { fileName, csv: toCsv(['Service', 'Units', 'Billed'], r.revenueByService.map((x) => [x.label, x.values.units ?? 0, money(x.values.billedCents)])) };
    case 'revenue_by_payer':
      return { fileName, csv: toCsv(['Payer', 'Invoices', 'Billed', 'Paid'], r.revenueByPayer.map((x) => [x.label, x.values.invoices ?? 0, money(x.values.billedCents), money(x.values.paidCents)])) };
    case 'aging':
      return { fileName, csv: toCsv(['Age', 'Invoices', 'Balance'], r.aging.map((x) => [x.label, x.values.invoices ?? 0, money(x.values.balanceCents)])) };
    case 'visits_by_month':
      return {
        fileName,
        csv: toCsv(
          ['Month', 'Appointments', 'Completed', 'Cancelled', 'Late cancellations', 'No-shows', 'No-show rate %'],
          r.visitsByMonth.map((x) => [x.label, x.values.total ?? 0, x.values.completed ?? 0, x.values.cancelled ?? 0, x.values.late_cancelled ?? 0, x.values.no_show ?? 0, ((x.values.noShowRateBp ?? 0) / 100).toFixed(2)]),
        ),
      };
    case 'referral_utilization':
      return { fileName, csv: toCsv(['Referral', 'Authorized', 'Used'], r.referralUtilization.map((x) => [x.label, x.values.authorized ?? 0, x.values.used ?? 0])) };
  }
}
