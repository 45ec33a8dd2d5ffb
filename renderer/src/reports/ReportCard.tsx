// One report: its title, what it covers, an "Export CSV" button, then its chart and table.
import { FileSpreadsheet } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import type { ReportName } from './useCsvDownload';

interface Props {
  title: string;
  note?: string;
  report: ReportName;
  csv: { download: (r: ReportName) => Promise<void>; busy: ReportName | null };
  wide?: boolean;
  children: ReactNode;
}

export function ReportCard({ title, note, report, csv, wide, children }: Props) {
  const id = useId();
  return (
    <section className={wide ? 'card report-card report-card-wide' : 'card report-card'} aria-labelledby={id}>
      <div className="card-header report-card-header">
        <div>
          <h2 id={id} className="card-title">
            {title}
          </h2>
          {note && <p className="muted report-note">{note}</p>}
        </div>
        <button type="button" className="button button-secondary button-small" disabled={csv.busy === report} onClick={() => void csv.download(report)}>
          <FileSpreadsheet size={14} aria-hidden="true" />
          Export CSV<span className="visually-hidden"> of {title.toLowerCase()}</span>
        </button>
      </div>
      {children}
    </section>
  );
}

/** A chart for sighted readers; the table after it carries the same numbers for everyone. */
export function ChartFigure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <figure className="report-chart">
      <div className="report-chart-canvas" aria-hidden="true">
        {children}
      </div>
      <figcaption className="chart-summary">{summary}</figcaption>
    </figure>
  );
}
