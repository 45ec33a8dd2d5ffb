// The Progress tab (#/clients/:id/progress): pain before and after across signed sessions, and how
// each body region's findings changed — as charts, or as tables ("Show as table").
import { Activity, FileDown, Table2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useChart } from '../client/ChartContext';
import { EmptyState, ErrorBanner, Loading } from '../components/Status';
import { useCall } from '../hooks/useCall';
import { useSavePdf } from '../hooks/useSavePdf';
import { PainChart } from './PainChart';
import { painSeries, painSummary, regionRows, signedSessions } from './progress';
import { PainTable, RegionTable } from './ProgressTables';
import { RegionTrends } from './RegionTrends';

export function ProgressTab() {
  const { client } = useChart();
  const pdf = useSavePdf();
  const progress = useCall('clients/progress', { id: client.id });
  const [asTable, setAsTable] = useState(false);
  const data = progress.data;
  const view = useMemo(() => {
    if (!data) return null;
    const sessions = signedSessions(data);
    const points = painSeries(sessions);
    return { sessions, points, summary: painSummary(points), rows: regionRows(data, sessions) };
  }, [data]);

  if (progress.error && !data) return <ErrorBanner message={progress.error} onRetry={progress.reload} />;
  if (!view) return <Loading label="Loading progress…" />;

  if (view.sessions.length === 0) {
    return (
      <div className="card">
        <EmptyState
          icon={<Activity size={28} />}
          title="No signed sessions yet — progress appears here once notes are signed."
          actions={
            <Link to={`/clients/${client.id}/sessions`} className="button button-primary">
              Go to sessions
            </Link>
          }
        >
          <p>Each signed note adds its pain scores and body-map findings to the charts.</p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="progress-tab">
      <div className="tab-toolbar">
        <p className="muted">
          From {view.sessions.length} signed session{view.sessions.length === 1 ? '' : 's'}. Drafts are not counted until they are signed.
        </p>
        <div className="tab-toolbar-actions">
          <button type="button" className="button button-secondary" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
            <Table2 size={16} aria-hidden="true" />
            Show as table
          </button>
          <button type="button" className="button button-secondary" disabled={pdf.busy !== null} onClick={() => void pdf.save('chart-export', client.id)}>
            <FileDown size={16} aria-hidden="true" />
            {pdf.busy ? 'Saving…' : 'Export chart (PDF)'}
          </button>
        </div>
      </div>
      {pdf.error && <ErrorBanner message={pdf.error} />}
      <section className="card" aria-labelledby="pain-title">
        <h2 id="pain-title" className="card-title">
          Pain before and after treatment
        </h2>
        {asTable ? (
          <>
            <PainTable points={view.points} />
            <p className="chart-summary">{view.summary}</p>
          </>
        ) : (
          <PainChart points={view.points} summary={view.summary} />
        )}
      </section>
      <section className="card" aria-labelledby="regions-title">
        <h2 id="regions-title" className="card-title">
          Findings by body region
        </h2>
        {asTable ? <RegionTable rows={view.rows} sessions={view.sessions} /> : <RegionTrends rows={view.rows} sessions={view.sessions} />}
      </section>
    </div>
  );
}
