// Receivables aging, visits and no-shows by month, and referral utilization.
import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReportRow } from '../../../shared/schemas/billing';
import { money } from '../billing/labels';
import { AXIS_TICK, axisMoney, COLORS, monthLabel, rateText } from './chartParts';
import { ChartFigure } from './ReportCard';

const v = (row: ReportRow, key: string) => row.values[key] ?? 0;
const AGE_COLORS = [COLORS.soft, COLORS.accent, COLORS.amber, COLORS.red];

export function Aging({ rows, currency }: { rows: ReportRow[]; currency: string }) {
  const fmt = (c: number) => money(c, currency);
  const total = rows.reduce((s, r) => s + v(r, 'balanceCents'), 0);
  const old = rows.filter((r) => r.key === '61-90' || r.key === '90+').reduce((s, r) => s + v(r, 'balanceCents'), 0);
  return (
    <>
      <ChartFigure summary={total === 0 ? 'Nothing is owed.' : `${fmt(total)} is owed; ${fmt(old)} of it is more than 60 days old.`}>
        <ResponsiveContainer width="100%" height={180}>
          <BarChart data={rows.map((r) => ({ label: r.label, balance: v(r, 'balanceCents') }))} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke={COLORS.grid} vertical={false} />
            <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: COLORS.axis }} />
            <YAxis tick={AXIS_TICK} tickLine={false} axisLine={false} allowDecimals={false} width={72} tickFormatter={(c: number) => axisMoney(c, currency)} />
            <Tooltip isAnimationActive={false} formatter={(c) => fmt(Number(c))} />
            <Bar name="Balance" dataKey="balance" isAnimationActive={false} radius={[3, 3, 0, 0]}>
              {rows.map((r, i) => (
                <Cell key={r.key} fill={AGE_COLORS[i] ?? COLORS.accent} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
      <table className="table table-plain report-table">
        <caption className="visually-hidden">Receivables aging</caption>
        <thead>
          <tr>
            <th scope="col">Age</th>
            <th scope="col" className="cell-money">Invoices</th>
            <th scope="col" className="cell-money">Balance</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td className="cell-money">{v(r, 'invoices')}</td>
              <td className="cell-money">{fmt(v(r, 'balanceCents'))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

const upcoming = (r: ReportRow) => v(r, 'booked') + v(r, 'confirmed') + v(r, 'arrived');

export function VisitsByMonth({ rows }: { rows: ReportRow[] }) {
  const data = rows.map((r) => ({
    label: monthLabel(r.key),
    completed: v(r, 'completed'),
    upcoming: upcoming(r),
    cancelled: v(r, 'cancelled') + v(r, 'late_cancelled'),
    noShow: v(r, 'no_show'),
    rate: v(r, 'noShowRateBp'),
  }));
  const total = rows.reduce((s, r) => s + v(r, 'total'), 0);
  const noShows = rows.reduce((s, r) => s + v(r, 'no_show'), 0);
  if (rows.length === 0) return <p className="muted">No appointments in these dates.</p>;
  return (
    <>
      <ChartFigure summary={`${total} appointments; ${noShows} no-show${noShows === 1 ? '' : 's'} (${rateText(total ? Math.round((noShows * 10_000) / total) : 0)}).`}>
        <ResponsiveContainer width="100%" height={260}>
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke={COLORS.grid} vertical={false} />
            <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: COLORS.axis }} />
            <YAxis yAxisId="n" tick={AXIS_TICK} tickLine={false} axisLine={false} allowDecimals={false} width={40} />
            <YAxis yAxisId="rate" orientation="right" tick={AXIS_TICK} tickLine={false} axisLine={false} width={48} allowDecimals={false} tickFormatter={(bp: number) => rateText(bp)} />
            <Tooltip isAnimationActive={false} formatter={(value, name) => (name === 'No-show rate' ? rateText(Number(value)) : value)} />
            <Legend verticalAlign="top" height={28} itemSorter={null} />
            <Bar yAxisId="n" stackId="visits" name="Completed" dataKey="completed" fill={COLORS.accent} isAnimationActive={false} />
            <Bar yAxisId="n" stackId="visits" name="Booked" dataKey="upcoming" fill={COLORS.soft} isAnimationActive={false} />
            <Bar yAxisId="n" stackId="visits" name="Cancelled" dataKey="cancelled" fill={COLORS.gray} isAnimationActive={false} />
            <Bar yAxisId="n" stackId="visits" name="No-show" dataKey="noShow" fill={COLORS.red} isAnimationActive={false} />
            <Line yAxisId="rate" name="No-show rate" dataKey="rate" stroke={COLORS.amber} strokeWidth={2} strokeDasharray="5 3" dot={{ r: 3 }} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </ChartFigure>
      <table className="table table-plain report-table">
        <caption className="visually-hidden">Visits, cancellations and no-shows by month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col" className="cell-money">Appointments</th>
            <th scope="col" className="cell-money">Completed</th>
            <th scope="col" className="cell-money">Cancelled</th>
            <th scope="col" className="cell-money">Late cancel</th>
            <th scope="col" className="cell-money">No-show</th>
            <th scope="col" className="cell-money">No-show rate</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{monthLabel(r.key)}</th>
              <td className="cell-money">{v(r, 'total')}</td>
              <td className="cell-money">{v(r, 'completed')}</td>
              <td className="cell-money">{v(r, 'cancelled')}</td>
              <td className="cell-money">{v(r, 'late_cancelled')}</td>
              <td className="cell-money">{v(r, 'no_show')}</td>
              <td className="cell-money">{rateText(v(r, 'noShowRateBp'))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function ReferralUtilization({ rows }: { rows: ReportRow[] }) {
  if (rows.length === 0) return <p className="muted">No referrals in force in these dates.</p>;
  const data = rows.map((r) => ({ label: r.label.split(' — ')[0] ?? r.label, used: v(r, 'used'), authorized: v(r, 'authorized') }));
  const full = rows.filter((r) => v(r, 'used') >= v(r, 'authorized')).length;
  return (
    <>
      <ChartFigure summary={`${rows.length} referral${rows.length === 1 ? '' : 's'}; ${full} fully used.`}>
        <ResponsiveContainer width="100%" height={Math.max(110, rows.length * 44 + 40)}>
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }} accessibilityLayer={false} barGap={2}>
            <CartesianGrid stroke={COLORS.grid} horizontal={false} />
            <XAxis type="number" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: COLORS.axis }} allowDecimals={false} />
            <YAxis type="category" dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={false} width={130} />
            <Tooltip isAnimationActive={false} />
            <Legend verticalAlign="top" height={28} iconType="square" itemSorter={null} />
            <Bar name="Visits used" dataKey="used" fill={COLORS.accent} isAnimationActive={false} barSize={12} />
            <Bar name="Visits authorized" dataKey="authorized" fill={COLORS.soft} isAnimationActive={false} barSize={12} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
      <table className="table table-plain report-table">
        <caption className="visually-hidden">Referral utilization</caption>
        <thead>
          <tr>
            <th scope="col">Referral</th>
            <th scope="col" className="cell-money">Used</th>
            <th scope="col" className="cell-money">Authorized</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className="report-label">{r.label}</th>
              <td className="cell-money">{v(r, 'used')}</td>
              <td className="cell-money">{v(r, 'authorized')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
