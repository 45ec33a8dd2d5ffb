// Reports (#/reports): revenue by month, service and payer; receivables aging; visits and no-shows;
// referral utilization — each a chart with its table, and each exportable as CSV.
import { useId, useState } from 'react';
import { useToday } from '../ClinicContext';
import { PageHeader } from '../components/PageHeader';
import { ErrorBanner, Loading } from '../components/Status';
import { formatDate } from '../format';
import { useCall } from '../hooks/useCall';
import '../styles/billing.css';
import '../styles/reports.css';
import { Aging, ReferralUtilization, VisitsByMonth } from './PracticeReports';
import { ReportCard } from './ReportCard';
import { RevenueByMonth, RevenueByPayer, RevenueByService } from './RevenueReports';
import { useCsvDownload } from './useCsvDownload';

interface Range {
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRange = (r: Range) => DATE.test(r.from) && DATE.test(r.to) && r.to >= r.from;

export function ReportsScreen() {
  const today = useToday();
  const year = today.slice(0, 4);
  const [range, setTyped] = useState({ from: `${year}-01-01`, to: `${year}-12-31` });
  // The reports shown are for the last complete, valid pair of dates.
  const [asked, setAsked] = useState(range);
  const valid = isRange(range);
  const setRange = (next: Range) => {
    setTyped(next);
    if (isRange(next)) setAsked(next);
  };
  const reports = useCall('reports/get', asked);
  const catalog = useCall('billing/catalog', {});
  const csv = useCsvDownload(asked.from, asked.to);
  const ids = { from: useId(), to: useId(), error: useId() };
  const currency = catalog.data?.settings.currency ?? 'USD';
  const r = reports.data;

  return (
    <div className="page page-wide reports-page">
      <PageHeader title="Reports" subtitle={`${formatDate(asked.from)} – ${formatDate(asked.to)}`} />
      <div className="toolbar report-range" role="group" aria-label="Dates">
        <label htmlFor={ids.from} className="billing-filter-label">
          From
        </label>
        <input id={ids.from} type="date" className="input input-date" value={range.from} onChange={(e) => setRange({ ...range, from: e.target.value })} />
        <label htmlFor={ids.to} className="billing-filter-label">
          To
        </label>
        <input
          id={ids.to}
          type="date"
          className="input input-date"
          value={range.to}
          aria-invalid={valid ? undefined : true}
          aria-describedby={valid ? undefined : ids.error}
          onChange={(e) => setRange({ ...range, to: e.target.value })}
        />
        <button type="button" className="button button-ghost button-small" onClick={() => setRange({ from: `${year}-01-01`, to: `${year}-12-31` })}>
          This year
        </button>
        <button type="button" className="button button-ghost button-small" onClick={() => setRange({ from: `${Number(year) - 1}-01-01`, to: `${Number(year) - 1}-12-31` })}>
          Last year
        </button>
        {!valid && (
          <p id={ids.error} className="field-error">
            Choose two dates, the end on or after the start.
          </p>
        )}
      </div>
      {csv.error && <ErrorBanner message={csv.error} />}
      {reports.error && !r ? (
        <ErrorBanner message={reports.error} onRetry={reports.reload} />
      ) : !r ? (
        <Loading label="Loading reports…" />
      ) : (
        <div className="report-grid">
          <ReportCard title="Revenue by month" note="Money received, less refunds. Package visits are not new money." report="revenue_by_month" csv={csv} wide>
            <RevenueByMonth rows={r.revenueByMonth} from={asked.from} to={asked.to} currency={currency} />
          </ReportCard>
          <ReportCard title="Receivables aging" note={`Open balances today (${formatDate(today)}), by days since issue.`} report="aging" csv={csv}>
            <Aging rows={r.aging} currency={currency} />
          </ReportCard>
          <ReportCard title="Revenue by payer" note="Invoices issued in these dates." report="revenue_by_payer" csv={csv}>
            <RevenueByPayer rows={r.revenueByPayer} currency={currency} />
          </ReportCard>
          <ReportCard title="Revenue by service" note="Billed on invoices issued in these dates." report="revenue_by_service" csv={csv} wide>
            <RevenueByService rows={r.revenueByService} currency={currency} />
          </ReportCard>
          <ReportCard title="Visits, cancellations and no-shows" note="Appointments by month and outcome." report="visits_by_month" csv={csv} wide>
            <VisitsByMonth rows={r.visitsByMonth} />
          </ReportCard>
          <ReportCard title="Referral utilization" note="Signed visits used against visits authorized." report="referral_utilization" csv={csv} wide>
            <ReferralUtilization rows={r.referralUtilization} />
          </ReportCard>
        </div>
      )}
    </div>
  );
}
