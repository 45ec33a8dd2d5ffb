// The chart's Billing tab (#/clients/:id/billing): what the client owes, their credit, signed
// visits not billed yet, invoices, payments with receipts, and prepaid packages.
import { FileDown, FilePlus2, PackagePlus, Wallet } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMay } from '../auth/AuthContext';
import { useChart } from '../client/ChartContext';
import { ErrorBanner, Loading } from '../components/Status';
import { useToast } from '../components/Toast';
import { formatDate, fullName } from '../format';
import { useCall } from '../hooks/useCall';
import '../styles/billing.css';
import { InvoiceTable } from './InvoiceTable';
import { money } from './labels';
import { NewInvoiceDialog } from './NewInvoiceDialog';
import { PaymentDialog } from './PaymentDialog';
import { PaymentsTable } from './PaymentsTable';
import { SellPackageDialog } from './SellPackageDialog';
import { documentKey, useBillingDocuments } from './useBillingDocuments';

export function ClientBillingTab() {
  const { client } = useChart();
  const navigate = useNavigate();
  const toast = useToast();
  const docs = useBillingDocuments();
  const statement = useCall('billing/statement', { clientId: client.id });
  const invoices = useCall('invoices/list', { status: 'all', clientId: client.id, limit: 500 });
  const unbilled = useCall('billing/unbilledSessions', { clientId: client.id });
  const catalog = useCall('billing/catalog', {});
  const [creating, setCreating] = useState(false);
  const [selling, setSelling] = useState(false);
  const [onAccount, setOnAccount] = useState(false);
  const may = useMay();

  const failed = (!statement.data && statement.error) || (!catalog.data && catalog.error);
  if (failed) {
    const retry = () => {
      statement.reload();
      catalog.reload();
    };
    return <ErrorBanner message={failed} onRetry={retry} />;
  }
  if (!statement.data || !catalog.data) return <Loading label="Loading billing…" />;
  const s = statement.data;
  const currency = catalog.data.settings.currency;
  const owed = Math.max(s.balanceCents, 0);
  const visits = unbilled.data ?? [];

  return (
    <div className="client-billing">
      <div className="tab-toolbar">
        <div className="tab-toolbar-actions">
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            <FilePlus2 size={16} aria-hidden="true" />
            Create invoice from unbilled visits
          </button>
          <button type="button" className="button button-secondary" onClick={() => setSelling(true)}>
            <PackagePlus size={16} aria-hidden="true" />
            Sell package
          </button>
          {may('payments/record') && (
            <button type="button" className="button button-secondary" onClick={() => setOnAccount(true)}>
              <Wallet size={16} aria-hidden="true" />
              Payment on account
            </button>
          )}
          <button type="button" className="button button-secondary" disabled={docs.busy === documentKey('statement', { id: client.id })} onClick={() => void docs.save('statement', { id: client.id })}>
            <FileDown size={16} aria-hidden="true" />
            Save statement as PDF
          </button>
        </div>
      </div>
      {docs.error && <ErrorBanner message={docs.error} />}
      <dl className="billing-summary">
        <div className={owed > 0 ? 'summary-tile summary-owed' : 'summary-tile'}>
          <dt>Amount due</dt>
          <dd>{money(owed, currency)}</dd>
        </div>
        <div className="summary-tile">
          <dt>Credit on account</dt>
          <dd>{money(s.creditCents, currency)}</dd>
        </div>
        <div className="summary-tile">
          <dt>Visits not billed</dt>
          <dd>{unbilled.data ? visits.length : '…'}</dd>
        </div>
        <div className="summary-tile">
          <dt>Prepaid visits left</dt>
          <dd>{s.packages.reduce((n, p) => n + Math.max(p.visitsTotal - p.visitsUsed, 0), 0)}</dd>
        </div>
      </dl>
      {visits.length > 0 && (
        <section className="card" aria-labelledby="unbilled-title">
          <h2 id="unbilled-title" className="card-title">
            Signed visits not billed yet
          </h2>
          <ul className="unbilled-chips">
            {visits.map((v) => (
              <li key={v.id} className="chip chip-large chip-neutral-billing">
                {formatDate(v.sessionDate)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="client-invoices-title">
        <h2 id="client-invoices-title" className="section-title">
          Invoices
        </h2>
        {invoices.data && invoices.data.length > 0 ? (
          <InvoiceTable invoices={invoices.data} currency={currency} caption={`Invoices of ${fullName(client)}`} showClient={false} />
        ) : (
          <p className="muted card">{invoices.data ? 'No invoices yet. Create one from the signed visits above.' : 'Loading invoices…'}</p>
        )}
      </section>
      <section aria-labelledby="client-payments-title">
        <h2 id="client-payments-title" className="section-title">
          Payments
        </h2>
        <PaymentsTable payments={s.payments} currency={currency} docs={docs} />
      </section>
      {s.packages.length > 0 && (
        <section className="card" aria-labelledby="client-packages-title">
          <h2 id="client-packages-title" className="card-title">
            Packages
          </h2>
          <ul className="package-list">
            {s.packages.map((p) => (
              <li key={p.id} className="package-row">
                <span className="package-name">{p.name}</span>
                <span className="muted">Bought {formatDate(p.purchasedAt)}</span>
                <meter min={0} max={p.visitsTotal} value={p.visitsTotal - p.visitsUsed} aria-label={`${p.name}: visits left`} />
                <span className="package-left">
                  {p.visitsTotal - p.visitsUsed} of {p.visitsTotal} visits left
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <NewInvoiceDialog
        open={creating}
        client={{ id: client.id, name: fullName(client), insurancePayer: client.insurancePayer }}
        onClose={() => setCreating(false)}
        onCreated={(invoice) => navigate(`/billing/invoices/${invoice.id}`)}
      />
      <PaymentDialog
        mode={onAccount ? 'payment' : null}
        account={{ clientId: client.id, clientName: s.clientName }}
        currency={currency}
        selfPay
        onClose={() => setOnAccount(false)}
        onDone={(next, message) => {
          setOnAccount(false);
          statement.setData(next);
          toast(message);
        }}
      />
      <SellPackageDialog
        open={selling}
        clientId={client.id}
        packages={catalog.data.packages}
        currency={currency}
        onClose={() => setSelling(false)}
        onSold={(next, message) => {
          setSelling(false);
          statement.setData(next);
          invoices.reload();
          toast(message);
        }}
      />
    </div>
  );
}
