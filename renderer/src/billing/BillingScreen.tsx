// Billing (#/billing): every invoice with filters and balances, a new invoice, and a month's
// invoices printed or saved in one go.
import { Plus, Receipt } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useToday } from '../ClinicContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorBanner, Loading } from '../components/Status';
import { useCall } from '../hooks/useCall';
import '../styles/billing.css';
import { InvoiceFilters, matchesText, type Filters } from './InvoiceFilters';
import { InvoiceTable } from './InvoiceTable';
import { MonthBatch } from './MonthBatch';
import { NewInvoiceDialog } from './NewInvoiceDialog';

export function BillingScreen() {
  const today = useToday();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<Filters>({ status: 'all', from: '', to: '', text: '' });
  const [creating, setCreating] = useState(false);
  const catalog = useCall('billing/catalog', {});
  const list = useCall('invoices/list', {
    status: filters.status,
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    limit: 500,
  });
  const currency = catalog.data?.settings.currency ?? 'USD';
  const rows = useMemo(() => (list.data ?? []).filter((i) => matchesText(i, filters.text)), [list.data, filters.text]);
  const filtered = filters.status !== 'all' || filters.from || filters.to || filters.text.trim();

  return (
    <div className="page page-wide">
      <PageHeader
        title="Billing"
        subtitle="Invoices, payments and balances"
        actions={
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            <Plus size={16} aria-hidden="true" />
            New invoice
          </button>
        }
      />
      <InvoiceFilters value={filters} onChange={setFilters} />
      {list.error && !list.data ? (
        <ErrorBanner message={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Loading label="Loading invoices…" />
      ) : rows.length === 0 ? (
        <div className="card">
          {filtered ? (
            <EmptyState icon={<Receipt size={28} />} title="No invoices match these filters.">
              <p>Choose “All” and clear the dates and search to see every invoice.</p>
            </EmptyState>
          ) : (
            <EmptyState
              icon={<Receipt size={28} />}
              title="No invoices yet — create one from a client’s signed visits."
              actions={
                <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
                  New invoice
                </button>
              }
            >
              <p>Signed session notes become invoice lines, in units by the payer’s rule.</p>
            </EmptyState>
          )}
        </div>
      ) : (
        <InvoiceTable invoices={rows} currency={currency} caption="Invoices" />
      )}
      {list.data && list.data.length === 500 && <p className="table-note muted">Showing the latest 500 invoices. Narrow the dates to see older ones.</p>}
      <MonthBatch today={today} />
      <NewInvoiceDialog open={creating} onClose={() => setCreating(false)} onCreated={(invoice) => navigate(`/billing/invoices/${invoice.id}`)} />
    </div>
  );
}
