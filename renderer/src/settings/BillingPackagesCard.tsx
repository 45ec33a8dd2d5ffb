// Packages of prepaid visits ("5 × 60-minute massage"): sold on a client's Billing tab, then drawn
// down one visit per invoice.
import { zodResolver } from '@hookform/resolvers/zod';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { PackageInput, type BillingCatalog } from '../../../shared/schemas/billing';
import { call } from '../api';
import { money } from '../billing/labels';
import { moneyText } from '../billing/moneyText';
import { Dialog } from '../components/Dialog';
import { SelectField, TextField } from '../components/Field';
import { ErrorBanner } from '../components/Status';
import { useToast } from '../components/Toast';
import { applyServerErrors } from '../hooks/serverErrors';

const PackageForm = z.object({
  name: PackageInput.shape.name,
  visits: z.number({ error: 'Visits must be a whole number' }).int('Visits must be a whole number').min(1, 'At least 1 visit').max(100, 'At most 100 visits'),
  price: moneyText('Price'),
  serviceId: z.string().min(1, 'Choose the service each visit is'),
});
type PackageValues = z.input<typeof PackageForm>;

export function BillingPackagesCard({ catalog, onSaved }: { catalog: BillingCatalog; onSaved: (c: BillingCatalog) => void }) {
  const toast = useToast();
  const [adding, setAdding] = useState(false);
  const currency = catalog.settings.currency;
  const serviceName = (id: string) => catalog.services.find((s) => s.id === id)?.description ?? '—';
  return (
    <section className="card" aria-labelledby="billing-packages">
      <div className="card-header">
        <h2 id="billing-packages" className="card-title">
          Packages
        </h2>
        <button type="button" className="button button-secondary button-small" onClick={() => setAdding(true)}>
          <Plus size={14} aria-hidden="true" />
          Add package
        </button>
      </div>
      {catalog.packages.length === 0 ? (
        <p className="muted">No packages yet. A package sells several visits at once, paid in advance.</p>
      ) : (
        <table className="table table-plain">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Visits</th>
              <th scope="col" className="cell-money">
                Price
              </th>
              <th scope="col">Each visit is</th>
            </tr>
          </thead>
          <tbody>
            {catalog.packages.map((p) => (
              <tr key={p.id}>
                <td className="cell-name">{p.name}</td>
                <td>{p.visits}</td>
                <td className="cell-money">{money(p.priceCents, currency)}</td>
                <td>{serviceName(p.serviceId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Dialog open={adding} onClose={() => setAdding(false)} title="Add package">
        <PackageFormBody
          catalog={catalog}
          onCancel={() => setAdding(false)}
          onSaved={(c) => {
            setAdding(false);
            toast('Package added');
            onSaved(c);
          }}
        />
      </Dialog>
    </section>
  );
}

function PackageFormBody({ catalog, onCancel, onSaved }: { catalog: BillingCatalog; onCancel: () => void; onSaved: (c: BillingCatalog) => void }) {
  const [banner, setBanner] = useState<string | null>(null);
  const services = catalog.services.filter((s) => s.active);
  const { register, handleSubmit, setError, formState } = useForm<PackageValues, unknown, z.output<typeof PackageForm>>({
    resolver: zodResolver(PackageForm),
    defaultValues: { name: '', visits: 5, price: '', serviceId: services.find((s) => s.kind === 'flat')?.id ?? services[0]?.id ?? '' },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async ({ price, ...rest }) => {
    setBanner(null);
    try {
      onSaved(await call('packages/create', { ...rest, priceCents: price }));
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      {banner && <ErrorBanner message={banner} />}
      <div className="field-grid">
        <TextField label="Name" required wide data-autofocus placeholder="5 × 60-minute massage" reg={register('name')} error={errors.name?.message} />
        <TextField label="Visits" required type="number" min={1} max={100} reg={register('visits', { valueAsNumber: true })} error={errors.visits?.message} />
        <TextField label="Price" required inputMode="decimal" placeholder="400.00" reg={register('price')} error={errors.price?.message} />
        <SelectField label="Each visit is" wide options={services.map((s) => ({ value: s.id, label: s.code ? `${s.code} — ${s.description}` : s.description }))} reg={register('serviceId')} error={errors.serviceId?.message} />
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Add package'}
        </button>
      </div>
    </form>
  );
}
