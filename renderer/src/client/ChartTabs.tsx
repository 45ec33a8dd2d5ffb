// The chart's tabs are routes (#/clients/:id/intake …), so a tab can be linked to, reopened and
// reached with Back. They are plain links: Tab reaches each, Enter opens it, and the current one
// is marked aria-current="page".
import { FileText } from 'lucide-react';
import type { ReactNode } from 'react';
import { NavLink, useParams } from 'react-router';
import { EmptyState } from '../components/Status';
import { NotFoundScreen } from '../screens/EmptyScreens';
import { useChart } from './ChartContext';
import { OverviewCards } from './OverviewCards';

const TABS: ReadonlyArray<{ path: string; label: string }> = [
  { path: '', label: 'Overview' },
  { path: 'intake', label: 'Intake' },
  { path: 'referrals', label: 'Referrals & plan' },
  { path: 'sessions', label: 'Sessions' },
  { path: 'progress', label: 'Progress' },
  { path: 'billing', label: 'Billing' },
  { path: 'documents', label: 'Documents' },
];

export function ChartTabs({ clientId }: { clientId: string }) {
  return (
    <nav aria-label="Client chart" className="tabs">
      {TABS.map((t) => (
        <NavLink
          key={t.path}
          to={t.path ? `/clients/${clientId}/${t.path}` : `/clients/${clientId}`}
          // A session note (…/sessions/:id) still belongs to the Sessions tab.
          end={t.path === ''}
          className="tab"
        >
          {t.label}
        </NavLink>
      ))}
    </nav>
  );
}

export function OverviewTab() {
  const { client } = useChart();
  return <OverviewCards client={client} />;
}

const COMING: Record<string, { icon: ReactNode; title: string }> = {
  documents: { icon: <FileText size={28} />, title: 'Documents and printed reports arrive in a coming update.' },
};

/** Documents: say what is coming, and what to do meanwhile. */
export function ComingTab() {
  const { tab = '' } = useParams();
  const coming = COMING[tab];
  if (!coming) return <NotFoundScreen />;
  return (
    <div className="card">
      <EmptyState icon={coming.icon} title={coming.title}>
        <p>Until then, keep this client’s intake and referrals current on their tabs.</p>
      </EmptyState>
    </div>
  );
}
