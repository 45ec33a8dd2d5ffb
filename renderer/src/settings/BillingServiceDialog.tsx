// Add or edit one service of the catalog: its code, our plain description, how it is billed
// (timed per 15 minutes, untimed per visit, or a flat self-pay rate), its fee and tax.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { centsToDecimal } from '../../../shared/domain/money';
import type { BillingCatalog, CatalogService } from '../../../shared/schemas/billing';
import { call, CallError } from '../api';
import { KIND_LABELS, percentText } from '../billing/labels';
import { moneyText } from '../billing/moneyText';
import { Dialog } from '../components/Dialog';
import { CheckboxField, SelectField, TextField } from '../components/Field';
import { ErrorBanner } from '../components/Status';
import { messageOf } from '../hooks/useCall';

const ServiceForm = z
  .object({
    code: z.string().transform((v) => v.trim().toUpperCase()).pipe(z.string().refine((v) => v === '' || /^\d{4}[0-9A-Z]$/.test(v), 'A CPT/HCPCS code is 5 characters, e.g. 97124')),
    description: z.string().trim().min(1, 'Description is required').max(200, 'At most 200 characters'),
    kind: z.enum(['timed', 'untimed', 'flat']),
    fee: moneyText('Fee'),
    taxRateId: z.string(),
    active: z.boolean(),
  })
  .refine((v) => v.kind === 'flat' || v.code !== '', { path: ['code'], message: 'Timed and untimed services need a code' });
type ServiceValues = z.input<typeof ServiceForm>;
type ServiceOutput = z.output<typeof ServiceForm>;

interface Props {
  editing: null | 'new' | CatalogService;
  catalog: BillingCatalog;
  onClose: () => void;
  onSaved: (catalog: BillingCatalog) => void;
}

export function BillingServiceDialog({ editing, catalog, onClose, onSaved }: Props) {
  const existing = editing && editing !== 'new' ? editing : undefined;
  return (
    <Dialog open={editing !== null} onClose={onClose} title={existing ? `Edit ${existing.code || existing.description}` : 'Add service'}>
      <ServiceFormBody key={existing?.id ?? 'new'} existing={existing} catalog={catalog} onCancel={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function ServiceFormBody({ existing, catalog, onCancel, onSaved }: { existing: CatalogService | undefined; catalog: BillingCatalog; onCancel: () => void; onSaved: Props['onSaved'] }) {
  const [banner, setBanner] = useState<string | null>(null);
  const { register, handleSubmit, setError, control, formState } = useForm<ServiceValues, unknown, ServiceOutput>({
    resolver: zodResolver(ServiceForm),
    defaultValues: {
      code: existing?.code ?? '',
      description: existing?.description ?? '',
      kind: existing?.kind ?? 'timed',
      fee: existing ? centsToDecimal(existing.feeCents) : '',
      taxRateId: existing?.taxRateId ?? '',
      active: existing?.active ?? true,
    },
  });
  const { errors, isSubmitting } = formState;
  const kind = useWatch({ control, name: 'kind' });
  const taxOptions = [{ value: '', label: 'No tax' }, ...catalog.taxRates.filter((t) => t.active || t.id === existing?.taxRateId).map((t) => ({ value: t.id, label: `${t.name} (${percentText(t.basisPoints)})` }))];

  const onSubmit = handleSubmit(async ({ fee, taxRateId, ...rest }) => {
    setBanner(null);
    const input = { ...rest, feeCents: fee, taxRateId: taxRateId || null };
    try {
      onSaved(existing ? await call('catalog/update', { id: existing.id, ...input }) : await call('catalog/create', input));
    } catch (error) {
      if (error instanceof CallError && error.detail.fields) {
        for (const [path, message] of Object.entries(error.detail.fields)) setError((path === 'feeCents' ? 'fee' : path) as keyof ServiceValues, { type: 'server', message });
      }
      setBanner(messageOf(error));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      {banner && <ErrorBanner message={banner} />}
      <div className="field-grid">
        <SelectField label="Billed as" required options={(['timed', 'untimed', 'flat'] as const).map((k) => ({ value: k, label: KIND_LABELS[k] }))} reg={register('kind')} error={errors.kind?.message} data-autofocus />
        <TextField label="Code" required={kind !== 'flat'} placeholder="97124" reg={register('code')} error={errors.code?.message} hint={kind === 'flat' ? 'Optional for a flat-rate service.' : 'CPT or HCPCS.'} />
        <TextField label="Description" required wide reg={register('description')} error={errors.description?.message} hint="In plain words: it prints on invoices." />
        <TextField
          label={kind === 'flat' ? 'Fee per visit' : kind === 'timed' ? 'Fee per unit (15 min)' : 'Fee per visit (1 unit)'}
          required
          inputMode="decimal"
          placeholder="30.00"
          reg={register('fee')}
          error={errors.fee?.message}
        />
        <SelectField label="Tax" options={taxOptions} reg={register('taxRateId')} error={errors.taxRateId?.message} />
        <CheckboxField label="Active (offered on new invoices)" wide reg={register('active')} />
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save service'}
        </button>
      </div>
    </form>
  );
}
