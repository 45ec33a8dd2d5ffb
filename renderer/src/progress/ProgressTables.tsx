// The Progress tab's numbers as plain tables ("Show as table"): for screen readers, and for anyone
// who would rather read the scores than the chart.
import type { SessionSummary } from '../../../shared/schemas/session';
import { formatDate } from '../format';
import type { PainPoint, RegionRow } from './progress';

const dash = (v: number | null) => (v === null ? '—' : String(v));
/** "+1", "0", "−3" (a true minus sign). */
const change = (d: number) => (d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '0');

export function PainTable({ points }: { points: PainPoint[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Pain before and after each signed session</caption>
        <thead>
          <tr>
            <th scope="col">Session date</th>
            <th scope="col">Pain before</th>
            <th scope="col">Pain after</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.sessionId}>
              <td className="cell-nowrap">{formatDate(p.date)}</td>
              <td>{dash(p.before)}</td>
              <td>{dash(p.after)}</td>
              <td>{p.before !== null && p.after !== null ? change(p.after - p.before) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RegionTable({ rows, sessions }: { rows: RegionRow[]; sessions: SessionSummary[] }) {
  if (rows.length === 0) return <p className="muted">No findings recorded on the body map in signed sessions yet.</p>;
  return (
    <div className="table-wrap heat-scroll">
      <table className="table region-table">
        <caption className="visually-hidden">Findings by region and session</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            {sessions.map((s) => (
              <th key={s.id} scope="col">
                {formatDate(s.sessionDate)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.cells.map((c) => (
                <td key={c.sessionId}>{c.intensity === null ? <span className="muted">—</span> : c.text}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
