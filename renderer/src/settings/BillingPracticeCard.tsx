// The practice as invoices print it: legal name, address, tax ID, NPI and logo; currency,
// invoice numbers, payment terms, footer and the default place of service.
import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { BillingSettingsInput, type BillingCatalog } from '../../../shared/schemas/billing';
import { call } from '../api';
import { SelectField, TextField } from '../components/Field';
import { ErrorBanner } from '../components/Status';
import { useToast } from '../components/Toast';
import { applyServerErrors } from '../hooks/serverErrors';
import { useSaveShortcut } from '../hooks/useShortcut';
import { BillingLogoField } from './BillingLogoField';

const whole = (label: string) => z.number({ error: `${label} must be a whole number` });
const PracticeForm = BillingSettingsInput.extend({
  nextInvoiceNumber: whole('The next number').int('The next number must be whole').min(1, 'The next number must be 1 or more').max(99_999_999),
  paymentTermsDays: whole('Payment terms').int('Payment terms are whole days').min(0, 'Payment terms cannot be negative').max(365, 'At most 365 days'),
});
type PracticeValues = z.input<typeof PracticeForm>;

const PLACES = [
  ['11', '11 — Office'],
  ['12', '12 — Home'],
  ['02', '02 — Telehealth (not at home)'],
  ['10', '10 — Telehealth at home'],
  ['19', '19 — Off-campus outpatient hospital'],
  ['22', '22 — On-campus outpatient hospital'],
  ['49', '49 — Independent clinic'],
  ['99', '99 — Other place of service'],
] as const;

function valuesOf(s: BillingCatalog['settings']): PracticeValues {
  const { updatedAt: _updatedAt, ...rest } = s;
  return rest;
}

export function BillingPracticeCard({ catalog, onSaved }: { catalog: BillingCatalog; onSaved: (c: BillingCatalog) => void }) {
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, setValue, control, formState } = useForm<PracticeValues, unknown, BillingSettingsInput>({
    resolver: zodResolver(PracticeForm),
    defaultValues: valuesOf(catalog.settings),
  });
  const { errors, isSubmitting, isDirty } = formState;
  const [place = '11', logo = ''] = useWatch({ control, name: ['placeOfService', 'logoPng'] });
  const places = PLACES.some(([code]) => code === place) ? PLACES : [...PLACES, [place, place] as const];
  useSaveShortcut(() => formRef.current?.requestSubmit());

  const onSubmit = handleSubmit(async (values) => {
    setBanner(null);
    try {
      const saved = await call('billing/saveSettings', values);
      reset(valuesOf(saved.settings));
      onSaved(saved);
      toast('Practice details saved');
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });

  return (
    <section className="card" aria-labelledby="billing-practice">
      <h2 id="billing-practice" className="card-title">
        Practice details
      </h2>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="form form-full">
        {banner && <ErrorBanner message={banner} />}
        <div className="field-grid">
          <TextField label="Legal name" required wide reg={register('legalName')} error={errors.legalName?.message} hint="As it prints on invoices and superbills." />
          <TextField label="Address" reg={register('addressLine1')} error={errors.addressLine1?.message} />
          <TextField label="Address line 2" reg={register('addressLine2')} error={errors.addressLine2?.message} />
          <TextField label="City" reg={register('city')} error={errors.city?.message} />
          <TextField label="State / region" reg={register('region')} error={errors.region?.message} />
          <TextField label="Postal code" reg={register('postalCode')} error={errors.postalCode?.message} />
          <TextField label="Country" reg={register('country')} error={errors.country?.message} />
          <TextField label="Phone" type="tel" reg={register('phone')} error={errors.phone?.message} />
          <TextField label="Email" type="email" reg={register('email')} error={errors.email?.message} />
          <TextField label="Tax ID (EIN)" placeholder="12-3456789" reg={register('taxId')} error={errors.taxId?.message} />
          <TextField label="Practice NPI" inputMode="numeric" reg={register('practiceNpi')} error={errors.practiceNpi?.message} hint="Type 2 (organization) NPI, if the practice has one." />
          <BillingLogoField value={logo} onChange={(v) => setValue('logoPng', v, { shouldDirty: true })} error={errors.logoPng?.message} />
        </div>
        <h3 className="form-subtitle">Invoices</h3>
        <div className="field-grid field-grid-3">
          <TextField label="Currency" maxLength={3} reg={register('currency', { setValueAs: (v: string) => v.trim().toUpperCase() })} error={errors.currency?.message} hint="3 letters, e.g. USD" />
          <TextField label="Invoice prefix" reg={register('invoicePrefix')} error={errors.invoicePrefix?.message} hint="e.g. INV-" />
          <TextField
            label="Next invoice number"
            type="number"
            min={1}
            reg={register('nextInvoiceNumber', { valueAsNumber: true })}
            error={errors.nextInvoiceNumber?.message}
            hint="Can only move forward: numbers are never reused."
          />
          <TextField label="Payment terms (days)" type="number" min={0} max={365} reg={register('paymentTermsDays', { valueAsNumber: true })} error={errors.paymentTermsDays?.message} />
          <SelectField label="Place of service" options={places.map(([value, label]) => ({ value, label }))} reg={register('placeOfService')} error={errors.placeOfService?.message} hint="The default on superbills." />
        </div>
        <div className="field-grid">
          <TextField label="Footer text" wide reg={register('footerText')} error={errors.footerText?.message} hint="Printed at the bottom of every invoice, e.g. how to pay." />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : 'Save practice details'}
          </button>
          {isDirty && <span className="muted">Unsaved changes</span>}
        </div>
      </form>
    </section>
  );
}
