// How each body region's findings changed: a strip of cells per region, one per signed session,
// darker for worse (severity 1–3 or pain 0–10 on one scale), with the worst score written in it.
import type { SessionSummary } from '../../../shared/schemas/session';
import { heatLevel, shortLabel, type RegionRow } from './progress';

export function RegionTrends({ rows, sessions }: { rows: RegionRow[]; sessions: SessionSummary[] }) {
  if (rows.length === 0) return <p className="muted">No findings recorded on the body map in signed sessions yet.</p>;
  return (
    <>
      <div className="heat-scroll">
        <table className="heat-table">
          <caption className="visually-hidden">Findings by region and session; each cell names the findings of that session.</caption>
          <thead>
            <tr>
              <th scope="col" className="heat-region-head">
                Region
              </th>
              {sessions.map((s) => (
                <th key={s.id} scope="col" className="heat-date">
                  {shortLabel(s.sessionDate)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className="heat-region">
                  {row.label}
                </th>
                {row.cells.map((c) => (
                  <td key={c.sessionId} className="heat-cell-wrap">
                    <span className={c.intensity === null ? 'heat-cell heat-none' : `heat-cell heat-${heatLevel(c.intensity)}`} title={c.text}>
                      <span aria-hidden="true">{c.short}</span>
                      <span className="visually-hidden">{c.text}</span>
                    </span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="heat-key" aria-hidden="true">
        <span>Milder</span>
        {([1, 2, 3, 4] as const).map((l) => (
          <span key={l} className={`heat-cell heat-${l}`} />
        ))}
        <span>Worse</span>
        <span className="heat-key-note">Number: severity 1–3; P: pain 0–10. Empty: nothing found there that session.</span>
      </div>
    </>
  );
}
