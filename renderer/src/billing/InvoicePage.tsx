// One invoice (#/billing/invoices/:id), shown as it prints: a draft is edited on its paper; an
// issued one has its payments, void and documents beside it.
import { ArrowLeft } from 'lucide-react';
import { Link, useParams } from 'react-router';
import type { BillingCatalog, Invoice } from '../../../shared/schemas/billing';
import { useClinic } from '../ClinicContext';
import { PageHeader } from '../components/PageHeader';
import { ErrorBanner, Loading } from '../components/Status';
import { useCall } from '../hooks/useCall';
import '../styles/billing.css';
import './draft.css';
import './invoice.css';
import { DraftEditor } from './DraftEditor';
import { InvoicePaper } from './InvoicePaper';
import { IssuedActions } from './IssuedActions';
import { StateChip } from './StateChip';

export function InvoicePage() {
  const { id = '' } = useParams();
  return <InvoiceScreen key={id} id={id} />;
}

function InvoiceScreen({ id }: { id: string }) {
  const invoice = useCall('invoices/get', { id });
  const catalog = useCall('billing/catalog', {});
  const error = (!invoice.data && invoice.error) || (!catalog.data && catalog.error);
  const back = (
    <Link to="/billing" className="back-link">
      <ArrowLeft size={16} aria-hidden="true" />
      Billing
    </Link>
  );

  if (error) {
    return (
      <div className="page">
        {back}
        <PageHeader title="Invoice" />
        <ErrorBanner message={error} onRetry={invoice.error ? invoice.reload : catalog.reload} />
      </div>
    );
  }
  if (!invoice.data || !catalog.data) {
    return (
      <div className="page">
        <Loading label="Loading invoice…" />
      </div>
    );
  }
  const inv = invoice.data;
  return (
    <div className="page page-wide invoice-page">
      {back}
      <PageHeader
        title={inv.number ?? 'Draft invoice'}
        subtitle={
          <span className="invoice-subtitle">
            <Link to={`/clients/${inv.clientId}/billing`}>{inv.clientName}</Link>
            <span aria-hidden="true">·</span>
            {inv.payerName}
            <StateChip state={inv.state} large />
          </span>
        }
      />
      <InvoiceBody invoice={inv} catalog={catalog.data} onChange={invoice.setData} reload={invoice.reload} />
    </div>
  );
}

function InvoiceBody({ invoice, catalog, onChange, reload }: { invoice: Invoice; catalog: BillingCatalog; onChange: (i: Invoice) => void; reload: () => void }) {
  const { clinic } = useClinic();
  const client = useCall('clients/get', { id: invoice.clientId });
  const statement = useCall('billing/statement', { clientId: invoice.clientId });
  if (invoice.status === 'draft') {
    return <DraftEditor invoice={invoice} catalog={catalog} clinicName={clinic.name} client={client.data} onChange={onChange} />;
  }
  return (
    <div className="invoice-layout">
      <InvoicePaper invoice={invoice} settings={catalog.settings} clinicName={clinic.name} client={client.data} />
      <IssuedActions
        invoice={invoice}
        statement={statement.data}
        currency={catalog.settings.currency}
        selfPay={catalog.payers.find((p) => p.id === invoice.payerId)?.kind !== 'insurance'}
        onVoided={onChange}
        onChanged={() => {
          reload();
          statement.reload();
        }}
      />
    </div>
  );
}
