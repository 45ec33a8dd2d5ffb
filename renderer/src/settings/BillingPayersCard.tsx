// Payers: self-pay and insurers, each with the rule that turns treatment minutes into units.
import { Pencil, Plus } from 'lucide-react';
import { useState } from 'react';
import type { BillingCatalog, Payer } from '../../../shared/schemas/billing';
import { useToast } from '../components/Toast';
import { BillingPayerDialog } from './BillingPayerDialog';

const RULE_SHORT = { cms_8_minute: 'CMS 8-minute rule', per_code: 'Per code' } as const;

export function BillingPayersCard({ catalog, onSaved }: { catalog: BillingCatalog; onSaved: (c: BillingCatalog) => void }) {
  const toast = useToast();
  const [editing, setEditing] = useState<null | 'new' | Payer>(null);
  return (
    <section className="card" aria-labelledby="billing-payers">
      <div className="card-header">
        <h2 id="billing-payers" className="card-title">
          Payers
        </h2>
        <button type="button" className="button button-secondary button-small" onClick={() => setEditing('new')}>
          <Plus size={14} aria-hidden="true" />
          Add payer
        </button>
      </div>
      <table className="table table-plain">
        <caption className="visually-hidden">Payers</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Unit rule</th>
            <th scope="col">Own fees</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {catalog.payers.map((p) => (
            <tr key={p.id}>
              <td className="cell-name">{p.name}</td>
              <td>{p.kind === 'self_pay' ? 'Self-pay' : 'Insurance'}</td>
              <td>{RULE_SHORT[p.unitRule]}</td>
              <td>{p.feeOverrides.length === 0 ? <span className="muted">Catalog fees</span> : `${p.feeOverrides.length} service${p.feeOverrides.length === 1 ? '' : 's'}`}</td>
              <td>{p.active ? 'Active' : <span className="muted">Inactive</span>}</td>
              <td className="cell-actions">
                <button type="button" className="button button-ghost button-small" onClick={() => setEditing(p)}>
                  <Pencil size={14} aria-hidden="true" />
                  Edit<span className="visually-hidden"> {p.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="table-note muted">
        <strong>CMS 8-minute rule</strong> — total timed minutes decide the units (Medicare). <strong>Per code</strong> — each code on its own.
      </p>
      <BillingPayerDialog
        editing={editing}
        catalog={catalog}
        onClose={() => setEditing(null)}
        onSaved={(c, message) => {
          toast(message);
          onSaved(c);
          // A new payer opens for its fees; an edited one stays open until closed.
          if (editing === 'new') setEditing(null);
        }}
      />
    </section>
  );
}
