// A draft invoice, edited on its paper: lines, payer, discount and notes, saved automatically (or
// with Save / Ctrl+S), then issued — which gives it the next number and locks it.
import { zodResolver } from '@hookform/resolvers/zod';
import { FileCheck2, Save } from 'lucide-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { formatInvoiceNumber } from '../../../shared/domain/invoice-math';
import type { BillingCatalog, Invoice } from '../../../shared/schemas/billing';
import type { Client } from '../../../shared/schemas/client';
import { call } from '../api';
import { useToday } from '../ClinicContext';
import { ErrorBanner } from '../components/Status';
import { formatClockTime } from '../format';
import { useSaveShortcut } from '../hooks/useShortcut';
import { applyDraftErrors, DraftForm, draftValues, liveTotals, type DraftOutput, type DraftValues } from './draftForm';
import { DraftLines } from './DraftLines';
import { IssueDialog } from './IssueDialog';
import { money } from './labels';
import { BillTo, Letterhead, PaperTotals } from './PaperParts';
import { useDraftAutosave, type SaveState } from './useDraftAutosave';

interface Props {
  invoice: Invoice;
  catalog: BillingCatalog;
  clinicName: string;
  client: Client | undefined;
  onChange: (invoice: Invoice) => void;
}

function statusText(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return state.at ? `Draft saved ${formatClockTime(state.at)}` : 'Draft — not issued yet';
    case 'pending':
      return 'Unsaved changes';
    case 'invalid':
      return 'Not saved yet: Save shows what to fix';
    case 'saving':
      return 'Saving…';
    case 'error':
      return `Not saved: ${state.message}`;
  }
}

export function DraftEditor({ invoice, catalog, clinicName, client, onChange }: Props) {
  const today = useToday();
  const currency = catalog.settings.currency;
  const form = useForm<DraftValues, unknown, DraftOutput>({ resolver: zodResolver(DraftForm), defaultValues: draftValues(invoice), shouldFocusError: true });
  const { register, handleSubmit, setError, control, formState } = form;
  const autosave = useDraftAutosave(invoice.id, form, onChange);
  const [banner, setBanner] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const values = useWatch({ control }) as DraftValues;
  const totals = liveTotals(values);
  const payers = catalog.payers.filter((p) => p.active || p.id === invoice.payerId);
  // Coded services first (97124 …), then flat-rate self-pay ones.
  const services = catalog.services.filter((s) => s.active).sort((a, b) => Number(a.code === '') - Number(b.code === '') || a.code.localeCompare(b.code));

  const saveNow = (then?: (saved: Invoice) => void) =>
    handleSubmit(async (checked) => {
      autosave.cancelPending();
      setBanner(null);
      try {
        const saved = await autosave.save(checked);
        then?.(saved);
      } catch (error) {
        setBanner(applyDraftErrors(error, setError));
      }
    })();

  useSaveShortcut(() => void saveNow());

  async function askToIssue() {
    await saveNow(async () => {
      try {
        const fresh = await call('billing/catalog', {});
        setConfirming(formatInvoiceNumber(fresh.settings.invoicePrefix, fresh.settings.nextInvoiceNumber));
      } catch {
        setConfirming(formatInvoiceNumber(catalog.settings.invoicePrefix, catalog.settings.nextInvoiceNumber));
      }
    });
  }

  async function issue() {
    try {
      const issued = await call('invoices/issue', { id: invoice.id });
      setConfirming(null);
      onChange(issued);
    } catch (error) {
      setConfirming(null);
      setBanner(applyDraftErrors(error, setError));
    }
  }

  return (
    <div className="invoice-layout">
      <form className="paper paper-draft" aria-label="Draft invoice" noValidate onSubmit={(e) => { e.preventDefault(); void saveNow(); }}>
        <Letterhead settings={catalog.settings} clinicName={clinicName} title="Invoice" facts={[['Number', 'Given when issued'], ['Status', 'Draft'], ['Place of service', catalog.settings.placeOfService]]} />
        <BillTo name={invoice.clientName} client={client} payerName={invoice.payerName} diagnoses={invoice.diagnoses}>
          <label htmlFor="draft-payer" className="visually-hidden">
            Payer
          </label>
          <select id="draft-payer" className="input select input-compact draft-payer" {...register('payerId')}>
            {payers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </BillTo>
        <DraftLines form={form} services={services} amounts={totals.lines.map((l) => l.amountCents)} currency={currency} today={today} diagnosisCount={invoice.diagnoses.length} />
        <PaperTotals totals={totals} currency={currency}>
          <div className="draft-discount">
            <dt>
              <label htmlFor="draft-discount">Discount</label>
            </dt>
            <dd>
              <input id="draft-discount" className="input input-compact" inputMode="decimal" placeholder="0.00" aria-invalid={formState.errors.discount ? true : undefined} {...register('discount')} />
              {formState.errors.discount && <span className="field-error">{formState.errors.discount.message}</span>}
            </dd>
          </div>
        </PaperTotals>
        <div className="field draft-notes">
          <div className="field-label">
            <label htmlFor="draft-notes">Notes</label>
          </div>
          <textarea id="draft-notes" className="input textarea" rows={3} placeholder="Printed on the invoice" {...register('notes')} />
        </div>
        {catalog.settings.footerText && <footer className="paper-footer">{catalog.settings.footerText}</footer>}
      </form>
      <aside className="invoice-side" aria-label="Draft actions">
        <div className="side-card">
          <p className="side-label">Total</p>
          <p className="side-amount">{money(totals.totalCents, currency)}</p>
          <p className={autosave.state.kind === 'error' ? 'side-status field-error' : 'side-status muted'} role="status">
            {statusText(autosave.state)}
          </p>
        </div>
        {banner && <ErrorBanner message={banner} />}
        <button type="button" className="button button-primary side-button" onClick={() => void askToIssue()} disabled={formState.isSubmitting}>
          <FileCheck2 size={16} aria-hidden="true" />
          Issue invoice
        </button>
        <button type="button" className="button button-secondary side-button" onClick={() => void saveNow()} disabled={formState.isSubmitting}>
          <Save size={16} aria-hidden="true" />
          Save draft
        </button>
        <p className="side-hint muted">Changes save by themselves. Issuing gives the invoice its number; after that it can only be voided.</p>
      </aside>
      <IssueDialog number={confirming} onCancel={() => setConfirming(null)} onConfirm={issue} />
    </div>
  );
}
