// Settings → Billing (#/settings/billing): the practice as invoices print it, tax rates, the
// service catalog, packages and payers. Every save answers with the whole catalog.
import { ArrowLeft, ChevronRight, Receipt } from 'lucide-react';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { ErrorBanner, Loading } from '../components/Status';
import { useCall } from '../hooks/useCall';
import '../billing/settings.css';
import '../styles/billing.css';
import { BillingPackagesCard } from './BillingPackagesCard';
import { BillingPayersCard } from './BillingPayersCard';
import { BillingPracticeCard } from './BillingPracticeCard';
import { BillingServicesCard } from './BillingServicesCard';
import { BillingTaxRatesCard } from './BillingTaxRatesCard';

export function BillingSettingsScreen() {
  const catalog = useCall('billing/catalog', {});
  const data = catalog.data;
  return (
    <div className="page page-wide billing-settings">
      <Link to="/settings" className="back-link">
        <ArrowLeft size={16} aria-hidden="true" />
        Settings
      </Link>
      <PageHeader title="Billing settings" subtitle="Practice details, services and fees, packages and payers" />
      {catalog.error && !data ? (
        <ErrorBanner message={catalog.error} onRetry={catalog.reload} />
      ) : !data ? (
        <Loading />
      ) : (
        <div className="settings-stack">
          <BillingPracticeCard catalog={data} onSaved={catalog.setData} />
          <BillingServicesCard catalog={data} onSaved={catalog.setData} />
          <BillingPayersCard catalog={data} onSaved={catalog.setData} />
          <BillingPackagesCard catalog={data} onSaved={catalog.setData} />
          <BillingTaxRatesCard catalog={data} onSaved={catalog.setData} />
        </div>
      )}
    </div>
  );
}

/** The card on Settings that leads here. */
export function BillingSettingsCard() {
  return (
    <section className="card settings-link-card" aria-labelledby="settings-billing">
      <div className="settings-link-icon" aria-hidden="true">
        <Receipt size={20} />
      </div>
      <div className="settings-link-text">
        <h2 id="settings-billing" className="card-title">
          Billing
        </h2>
        <p className="muted">Practice details for invoices (tax ID, NPI, logo), invoice numbers, services and fees, packages, payers and their unit rules, tax rates.</p>
      </div>
      <Link to="/settings/billing" className="button button-secondary">
        Billing settings
        <ChevronRight size={16} aria-hidden="true" />
      </Link>
    </section>
  );
}
