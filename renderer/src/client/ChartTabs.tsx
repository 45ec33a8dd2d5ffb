// The chart's tabs. Only Overview has content yet; the others say what is coming.
import { Activity, ClipboardList, FileText, NotebookPen, Receipt, Stethoscope } from 'lucide-react';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Client } from '../../../shared/schemas/client';
import { EmptyState } from '../components/Status';
import { OverviewCards } from './OverviewCards';

const TABS = [
  { key: 'overview', label: 'Overview' },
  { key: 'intake', label: 'Intake', icon: <ClipboardList size={28} />, empty: 'Intake forms arrive in a coming update.' },
  { key: 'referrals', label: 'Referrals & plan', icon: <Stethoscope size={28} />, empty: 'Referrals and treatment plans arrive in a coming update.' },
  { key: 'sessions', label: 'Sessions', icon: <NotebookPen size={28} />, empty: 'Session notes arrive in a coming update.' },
  { key: 'progress', label: 'Progress', icon: <Activity size={28} />, empty: 'Pain charts and progress trends arrive in a coming update.' },
  { key: 'billing', label: 'Billing', icon: <Receipt size={28} />, empty: 'Invoices and payments for this client arrive in a coming update.' },
  { key: 'documents', label: 'Documents', icon: <FileText size={28} />, empty: 'Documents and printed reports arrive in a coming update.' },
] as const satisfies ReadonlyArray<{ key: string; label: string; icon?: ReactNode; empty?: string }>;

type TabKey = (typeof TABS)[number]['key'];

export function ChartTabs({ client }: { client: Client }) {
  const [selected, setSelected] = useState<TabKey>('overview');
  const base = useId();
  const tabId = (key: string) => `${base}-tab-${key}`;
  const panelId = (key: string) => `${base}-panel-${key}`;

  // Arrow keys move between tabs (and select them); Tab moves on into the panel.
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const index = TABS.findIndex((t) => t.key === selected);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 };
    const target = moves[e.key];
    if (target === undefined) return;
    e.preventDefault();
    const next = TABS[(target + TABS.length) % TABS.length]!;
    setSelected(next.key);
    document.getElementById(tabId(next.key))?.focus();
  }

  const tab = TABS.find((t) => t.key === selected)!;
  return (
    <>
      <div role="tablist" aria-label="Client chart" className="tabs" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.key}
            id={tabId(t.key)}
            type="button"
            role="tab"
            className="tab"
            aria-selected={t.key === selected}
            aria-controls={panelId(t.key)}
            tabIndex={t.key === selected ? 0 : -1}
            onClick={() => setSelected(t.key)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId(tab.key)} aria-labelledby={tabId(tab.key)} className="tab-panel">
        {'empty' in tab ? (
          <div className="card">
            <EmptyState icon={tab.icon} title={tab.empty}>
              <p>Until then, keep this client’s details current on the Overview tab.</p>
            </EmptyState>
          </div>
        ) : (
          <OverviewCards client={client} />
        )}
      </div>
    </>
  );
}
