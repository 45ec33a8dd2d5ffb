// The chart's tabs are routes (#/clients/:id/intake …), so a tab can be linked to, reopened and
// reached with Back. They are plain links: Tab reaches each, Enter opens it, and the current one
// is marked aria-current="page".
import { FileText, ShieldCheck } from 'lucide-react';
import type { ReactNode } from 'react';
import { NavLink, useParams } from 'react-router';
import type { Method } from '../../../shared/methods';
import { useMay } from '../auth/AuthContext';
import { EmptyState } from '../components/Status';
import { NotFoundScreen } from '../screens/EmptyScreens';
import { useChart } from './ChartContext';
import { OverviewCards } from './OverviewCards';

/** `needs`: the call the tab's screen makes; a role that may not make it does not see the tab. */
const TABS: ReadonlyArray<{ path: string; label: string; needs?: Method; clinical?: boolean }> = [
  { path: '', label: 'Overview' },
  { path: 'intake', label: 'Intake', needs: 'intakes/list', clinical: true },
  { path: 'referrals', label: 'Referrals & plan', needs: 'referrals/list' },
  { path: 'sessions', label: 'Sessions', needs: 'sessions/list', clinical: true },
  { path: 'progress', label: 'Progress', needs: 'clients/progress', clinical: true },
  { path: 'billing', label: 'Billing', needs: 'invoices/list' },
  { path: 'documents', label: 'Documents' },
];

export function ChartTabs({ clientId }: { clientId: string }) {
  const may = useMay();
  const shown = TABS.filter((t) => !t.needs || may(t.needs));
  // Where the clinical tabs would be, say why they are not (the front desk sees demographics and alerts).
  const clinicalHidden = TABS.some((t) => t.clinical && !shown.includes(t));
  return (
    <nav aria-label="Client chart" className="tabs">
      {shown.map((t) => (
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
      {clinicalHidden && (
        <p className="tabs-note">
          <ShieldCheck size={14} aria-hidden="true" />
          Intake, sessions and progress are clinical records: not shown at the front desk.
        </p>
      )}
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
