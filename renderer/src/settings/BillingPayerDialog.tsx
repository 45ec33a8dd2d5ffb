// Add or edit a payer: self-pay or an insurer, the rule that turns minutes into units, and (for an
// existing payer) its own fees where they differ from the catalog.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { PayerInput, type BillingCatalog, type Payer } from '../../../shared/schemas/billing';
import { call } from '../api';
import { UNIT_RULE_LABELS } from '../billing/labels';
import { Dialog } from '../components/Dialog';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../components/Field';
import { ErrorBanner } from '../components/Status';
import { applyServerErrors } from '../hooks/serverErrors';
import { BillingPayerFees } from './BillingPayerFees';

type PayerValues = z.input<typeof PayerInput>;
type PayerOutput = z.output<typeof PayerInput>;

interface Props {
  editing: null | 'new' | Payer;
  catalog: BillingCatalog;
  onClose: () => void;
  onSaved: (catalog: BillingCatalog, message: string) => void;
}

export function BillingPayerDialog({ editing, catalog, onClose, onSaved }: Props) {
  const existing = editing && editing !== 'new' ? editing : undefined;
  return (
    <Dialog open={editing !== null} onClose={onClose} title={existing ? `Edit ${existing.name}` : 'Add payer'} className="dialog-wide">
      <PayerForm key={existing?.id ?? 'new'} existing={existing} onCancel={onClose} onSaved={onSaved} />
      {existing && <BillingPayerFees payer={catalog.payers.find((p) => p.id === existing.id) ?? existing} catalog={catalog} onSaved={onSaved} />}
    </Dialog>
  );
}

function PayerForm({ existing, onCancel, onSaved }: { existing: Payer | undefined; onCancel: () => void; onSaved: Props['onSaved'] }) {
  const [banner, setBanner] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<PayerValues, unknown, PayerOutput>({
    resolver: zodResolver(PayerInput),
    defaultValues: {
      name: existing?.name ?? '',
      kind: existing?.kind ?? 'insurance',
      unitRule: existing?.unitRule ?? 'cms_8_minute',
      payerCode: existing?.payerCode ?? '',
      address: existing?.address ?? '',
      active: existing?.active ?? true,
    },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setBanner(null);
    try {
      const saved = existing ? await call('payers/update', { id: existing.id, ...values }) : await call('payers/create', values);
      onSaved(saved, existing ? 'Payer saved' : `${values.name} added`);
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      {banner && <ErrorBanner message={banner} />}
      <div className="field-grid">
        <TextField label="Name" required data-autofocus placeholder="e.g. Blue Cross" reg={register('name')} error={errors.name?.message} />
        <SelectField
          label="Kind"
          options={[
            { value: 'insurance', label: 'Insurance' },
            { value: 'self_pay', label: 'Self-pay' },
          ]}
          reg={register('kind')}
          error={errors.kind?.message}
        />
        <fieldset className="field field-wide unit-rule">
          <legend className="field-label">Unit rule</legend>
          {(['cms_8_minute', 'per_code'] as const).map((rule) => (
            <label key={rule} className="checkbox unit-rule-option">
              <input type="radio" value={rule} {...register('unitRule')} />
              <span>{UNIT_RULE_LABELS[rule]}</span>
            </label>
          ))}
          <p className="field-hint">Example: 38 min of 97124 and 15 min of 97140 is 53 timed minutes. The CMS rule bills 4 units (3 + 1); per code also gives 3 + 1 here, but 10 + 10 minutes of two codes is 1 unit under CMS and 2 per code.</p>
          {errors.unitRule && <p className="field-error">{errors.unitRule.message}</p>}
        </fieldset>
        <TextField label="Payer ID" reg={register('payerCode')} error={errors.payerCode?.message} hint="The insurer’s electronic payer ID, if any." />
        <CheckboxField label="Active" reg={register('active')} />
        <TextAreaField label="Address" rows={2} reg={register('address')} error={errors.address?.message} />
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {existing ? 'Close' : 'Cancel'}
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save payer'}
        </button>
      </div>
    </form>
  );
}
