// The service catalog: codes, plain descriptions, how each is billed, its fee and tax.
import { Pencil, Plus } from 'lucide-react';
import { useState } from 'react';
import type { BillingCatalog, CatalogService } from '../../../shared/schemas/billing';
import { KIND_LABELS, money, percentText } from '../billing/labels';
import { useToast } from '../components/Toast';
import { BillingServiceDialog } from './BillingServiceDialog';

export function BillingServicesCard({ catalog, onSaved }: { catalog: BillingCatalog; onSaved: (c: BillingCatalog) => void }) {
  const toast = useToast();
  const [editing, setEditing] = useState<null | 'new' | CatalogService>(null);
  const currency = catalog.settings.currency;
  const taxOf = (s: CatalogService) => catalog.taxRates.find((t) => t.id === s.taxRateId);
  return (
    <section className="card" aria-labelledby="billing-services">
      <div className="card-header">
        <h2 id="billing-services" className="card-title">
          Services and fees
        </h2>
        <button type="button" className="button button-secondary button-small" onClick={() => setEditing('new')}>
          <Plus size={14} aria-hidden="true" />
          Add service
        </button>
      </div>
      <table className="table table-plain catalog-table">
        <caption className="visually-hidden">Service catalog</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Description</th>
            <th scope="col">Billed as</th>
            <th scope="col" className="cell-money">
              Fee
            </th>
            <th scope="col">Tax</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {catalog.services.map((s) => {
            const tax = taxOf(s);
            return (
              <tr key={s.id} className={s.active ? undefined : 'row-inactive'}>
                <td className="cell-name cell-nowrap">{s.code || <span className="muted">—</span>}</td>
                <td>{s.description}</td>
                <td className="cell-nowrap">{KIND_LABELS[s.kind]}</td>
                <td className="cell-money">{money(s.feeCents, currency)}</td>
                <td className="cell-nowrap">{tax ? `${tax.name} ${percentText(tax.basisPoints)}` : <span className="muted">None</span>}</td>
                <td>{s.active ? 'Active' : <span className="muted">Inactive</span>}</td>
                <td className="cell-actions">
                  <button type="button" className="button button-ghost button-small" onClick={() => setEditing(s)}>
                    <Pencil size={14} aria-hidden="true" />
                    Edit<span className="visually-hidden"> {s.code || s.description}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <BillingServiceDialog
        editing={editing}
        catalog={catalog}
        onClose={() => setEditing(null)}
        onSaved={(c) => {
          toast(editing === 'new' ? 'Service added' : 'Service saved');
          setEditing(null);
          onSaved(c);
        }}
      />
    </section>
  );
}
