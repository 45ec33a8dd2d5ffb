// Money reports: revenue received by month (bars), billed by service (bars + table) and by payer.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReportRow } from '../../../shared/schemas/billing';
import { money } from '../billing/labels';
import { AXIS_TICK, axisMoney, COLORS, monthLabel, monthsBetween } from './chartParts';
import { ChartFigure } from './ReportCard';

const v = (row: ReportRow | undefined, key: string) => row?.values[key] ?? 0;

export function RevenueByMonth({ rows, from, to, currency }: { rows: ReportRow[]; from: string; to: string; currency: string }) {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const months = monthsBetween(from, to) ?? rows.map((r) => r.key);
  const data = months.map((m) => ({ label: monthLabel(m), received: v(byKey.get(m), 'receivedCents'), refunds: v(byKey.get(m), 'refundsCents') }));
  const received = rows.reduce((s, r) => s + v(r, 'receivedCents'), 0);
  const refunds = rows.reduce((s, r) => s + v(r, 'refundsCents'), 0);
  const fmt = (c: number) => money(c, currency);
  return (
    <>
      <ChartFigure summary={`${fmt(received)} received${refunds ? `, ${fmt(refunds)} refunded` : ''} from ${monthLabel(from.slice(0, 7))} to ${monthLabel(to.slice(0, 7))}.`}>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke={COLORS.grid} vertical={false} />
            <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: COLORS.axis }} />
            <YAxis tick={AXIS_TICK} tickLine={false} axisLine={false} allowDecimals={false} width={72} tickFormatter={(c: number) => axisMoney(c, currency)} />
            <Tooltip isAnimationActive={false} formatter={(c) => fmt(Number(c))} />
            <Legend verticalAlign="top" height={28} iconType="square" itemSorter={null} />
            <Bar name="Received" dataKey="received" fill={COLORS.accent} isAnimationActive={false} radius={[3, 3, 0, 0]} />
            <Bar name="Refunds" dataKey="refunds" fill={COLORS.amber} isAnimationActive={false} radius={[3, 3, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
      <table className="table table-plain report-table">
        <caption className="visually-hidden">Revenue by month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col" className="cell-money">Received</th>
            <th scope="col" className="cell-money">Refunds</th>
            <th scope="col" className="cell-money">Net</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">No payments in these dates.</td>
            </tr>
          )}
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{monthLabel(r.key)}</th>
              <td className="cell-money">{fmt(v(r, 'receivedCents'))}</td>
              <td className="cell-money">{fmt(v(r, 'refundsCents'))}</td>
              <td className="cell-money">{fmt(v(r, 'receivedCents') - v(r, 'refundsCents'))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function RevenueByService({ rows, currency }: { rows: ReportRow[]; currency: string }) {
  const fmt = (c: number) => money(c, currency);
  const data = rows.map((r) => ({ label: r.key, billed: v(r, 'billedCents') }));
  const top = rows[0];
  return (
    <>
      {rows.length > 0 && (
        <ChartFigure summary={top ? `${top.label} brought the most: ${fmt(v(top, 'billedCents'))} billed.` : ''}>
          <ResponsiveContainer width="100%" height={Math.max(120, rows.length * 34 + 30)}>
            <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid stroke={COLORS.grid} horizontal={false} />
              <XAxis type="number" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: COLORS.axis }} allowDecimals={false} tickFormatter={(c: number) => axisMoney(c, currency)} />
              <YAxis type="category" dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={false} width={200} tickFormatter={(t: string) => (t.length > 30 ? `${t.slice(0, 29)}…` : t)} />
              <Tooltip isAnimationActive={false} formatter={(c) => fmt(Number(c))} />
              <Bar name="Billed" dataKey="billed" fill={COLORS.accent} isAnimationActive={false} radius={[0, 3, 3, 0]} barSize={18} />
            </BarChart>
          </ResponsiveContainer>
        </ChartFigure>
      )}
      <table className="table table-plain report-table">
        <caption className="visually-hidden">Revenue by service</caption>
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col" className="cell-money">Units</th>
            <th scope="col" className="cell-money">Billed</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={3} className="muted">No invoices issued in these dates.</td>
            </tr>
          )}
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className="report-label">{r.label}</th>
              <td className="cell-money">{v(r, 'units')}</td>
              <td className="cell-money">{fmt(v(r, 'billedCents'))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function RevenueByPayer({ rows, currency }: { rows: ReportRow[]; currency: string }) {
  const fmt = (c: number) => money(c, currency);
  return (
    <table className="table table-plain report-table">
      <caption className="visually-hidden">Revenue by payer</caption>
      <thead>
        <tr>
          <th scope="col">Payer</th>
          <th scope="col" className="cell-money">Invoices</th>
          <th scope="col" className="cell-money">Billed</th>
          <th scope="col" className="cell-money">Paid</th>
          <th scope="col" className="cell-money">Outstanding</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={5} className="muted">No invoices issued in these dates.</td>
          </tr>
        )}
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="cell-money">{v(r, 'invoices')}</td>
            <td className="cell-money">{fmt(v(r, 'billedCents'))}</td>
            <td className="cell-money">{fmt(v(r, 'paidCents'))}</td>
            <td className="cell-money">{fmt(v(r, 'billedCents') - v(r, 'paidCents'))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
