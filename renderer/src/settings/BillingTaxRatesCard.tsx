// Tax rates (most massage is exempt; some states tax self-pay services). A service names its rate.
import { zodResolver } from '@hookform/resolvers/zod';
import { Pencil, Plus } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { centsToDecimal, parseMoney } from '../../../shared/domain/money';
import { TaxRateInput, type BillingCatalog, type TaxRate } from '../../../shared/schemas/billing';
import { call } from '../api';
import { percentText } from '../billing/labels';
import { Dialog } from '../components/Dialog';
import { CheckboxField, TextField } from '../components/Field';
import { ErrorBanner } from '../components/Status';
import { applyServerErrors } from '../hooks/serverErrors';

/** "8.25" (percent) → 825 basis points, read exactly like money's two decimals. */
const percentTyped = z.string().transform((text, ctx) => {
  const bp = parseMoney(text.replace(/%\s*$/, ''));
  if (bp === null || bp < 0 || bp > 10_000) {
    ctx.addIssue({ code: 'custom', message: 'Type a percentage between 0 and 100, e.g. 8.25' });
    return z.NEVER;
  }
  return bp;
});
const TaxForm = z.object({ name: TaxRateInput.shape.name, rate: percentTyped, active: z.boolean() });
type TaxValues = z.input<typeof TaxForm>;

export function BillingTaxRatesCard({ catalog, onSaved }: { catalog: BillingCatalog; onSaved: (c: BillingCatalog) => void }) {
  const [editing, setEditing] = useState<null | 'new' | TaxRate>(null);
  return (
    <section className="card" aria-labelledby="billing-tax">
      <div className="card-header">
        <h2 id="billing-tax" className="card-title">
          Tax rates
        </h2>
        <button type="button" className="button button-secondary button-small" onClick={() => setEditing('new')}>
          <Plus size={14} aria-hidden="true" />
          Add tax rate
        </button>
      </div>
      {catalog.taxRates.length === 0 ? (
        <p className="muted">No tax rates. Services are billed without tax until you add one and choose it on a service.</p>
      ) : (
        <table className="table table-plain">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Rate</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {catalog.taxRates.map((t) => (
              <tr key={t.id}>
                <td className="cell-name">{t.name}</td>
                <td>{percentText(t.basisPoints)}</td>
                <td>{t.active ? 'Active' : <span className="muted">Inactive</span>}</td>
                <td className="cell-actions">
                  <button type="button" className="button button-ghost button-small" onClick={() => setEditing(t)}>
                    <Pencil size={14} aria-hidden="true" />
                    Edit<span className="visually-hidden"> {t.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Dialog open={editing !== null} onClose={() => setEditing(null)} title={editing && editing !== 'new' ? `Edit ${editing.name}` : 'Add tax rate'} className="dialog-small">
        <TaxRateForm
          existing={editing && editing !== 'new' ? editing : undefined}
          onCancel={() => setEditing(null)}
          onSaved={(c) => {
            setEditing(null);
            onSaved(c);
          }}
        />
      </Dialog>
    </section>
  );
}

function TaxRateForm({ existing, onCancel, onSaved }: { existing: TaxRate | undefined; onCancel: () => void; onSaved: (c: BillingCatalog) => void }) {
  const [banner, setBanner] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<TaxValues, unknown, z.output<typeof TaxForm>>({
    resolver: zodResolver(TaxForm),
    defaultValues: { name: existing?.name ?? '', rate: existing ? centsToDecimal(existing.basisPoints) : '', active: existing?.active ?? true },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async ({ name, rate, active }) => {
    setBanner(null);
    try {
      const input = { name, basisPoints: rate, active };
      onSaved(existing ? await call('taxRates/update', { id: existing.id, ...input }) : await call('taxRates/create', input));
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      {banner && <ErrorBanner message={banner} />}
      <div className="field-grid">
        <TextField label="Name" required data-autofocus placeholder="e.g. State sales tax" reg={register('name')} error={errors.name?.message} />
        <TextField label="Rate (%)" required inputMode="decimal" placeholder="8.25" reg={register('rate')} error={errors.rate?.message} />
        <CheckboxField label="Active" wide reg={register('active')} />
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save tax rate'}
        </button>
      </div>
    </form>
  );
}
