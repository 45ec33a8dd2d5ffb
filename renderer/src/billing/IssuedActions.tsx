// Beside an issued invoice: its balance, payments (record, refund, from a package), void, and its
// documents — the invoice, the superbill, and a receipt for each payment.
import { Ban, Banknote, FileDown, FileText, Package, Printer, Receipt, Undo2 } from 'lucide-react';
import { useState } from 'react';
import type { Invoice, Statement } from '../../../shared/schemas/billing';
import { useMay } from '../auth/AuthContext';
import { ErrorBanner } from '../components/Status';
import { useToast } from '../components/Toast';
import { formatDate } from '../format';
import { METHOD_LABELS, money } from './labels';
import { PackageVisitDialog } from './PackageVisitDialog';
import { PaymentDialog, type PaymentMode } from './PaymentDialog';
import { StateChip } from './StateChip';
import { documentKey, useBillingDocuments } from './useBillingDocuments';
import { VoidDialog } from './VoidDialog';

interface Props {
  invoice: Invoice;
  statement: Statement | undefined;
  currency: string;
  selfPay: boolean;
  onChanged: () => void;
  onVoided: (invoice: Invoice) => void;
}

export function IssuedActions({ invoice, statement, currency, selfPay, onChanged, onVoided }: Props) {
  const toast = useToast();
  const may = useMay();
  const docs = useBillingDocuments();
  const [paying, setPaying] = useState<PaymentMode | null>(null);
  const [fromPackage, setFromPackage] = useState(false);
  const [voiding, setVoiding] = useState(false);
  const isVoid = invoice.state === 'void';
  const packagesLeft = (statement?.packages ?? []).filter((p) => p.visitsUsed < p.visitsTotal);
  const done = (_s: Statement, message: string) => {
    setPaying(null);
    setFromPackage(false);
    toast(message);
    onChanged();
  };
  const busy = (kind: 'invoice' | 'superbill' | 'receipt', id: string) => docs.busy === documentKey(kind, { id });

  return (
    <aside className="invoice-side" aria-label="Invoice actions">
      <div className="side-card">
        <p className="side-label">{isVoid ? 'Voided' : invoice.balanceCents < 0 ? 'Credit' : 'Balance due'}</p>
        <p className={isVoid ? 'side-amount side-amount-void' : 'side-amount'}>{money(isVoid ? invoice.totalCents : Math.abs(invoice.balanceCents), currency)}</p>
        <p className="side-status">
          {isVoid ? (
            <span className="muted">Nothing is owed on a void invoice. Its number stays used.</span>
          ) : (
            <>
              <StateChip state={invoice.state} />
              {invoice.dueDate && <span className="muted"> Due {formatDate(invoice.dueDate)}</span>}
            </>
          )}
        </p>
      </div>
      {docs.error && <ErrorBanner message={docs.error} />}
      {!isVoid && (
        <div className="side-group">
          <button type="button" className={`button ${invoice.balanceCents > 0 ? 'button-primary' : 'button-secondary'} side-button`} onClick={() => setPaying('payment')}>
            <Banknote size={16} aria-hidden="true" />
            Record payment
          </button>
          {packagesLeft.length > 0 && invoice.balanceCents > 0 && (
            <button type="button" className="button button-secondary side-button" onClick={() => setFromPackage(true)}>
              <Package size={16} aria-hidden="true" />
              Pay from package
            </button>
          )}
          {invoice.paidCents > 0 && (
            <button type="button" className="button button-secondary side-button" onClick={() => setPaying('refund')}>
              <Undo2 size={16} aria-hidden="true" />
              Refund
            </button>
          )}
          {may('invoices/void') && (
            <button type="button" className="button button-secondary side-button" onClick={() => setVoiding(true)}>
              <Ban size={16} aria-hidden="true" />
              Void invoice
            </button>
          )}
        </div>
      )}
      <div className="side-group">
        <p className="side-label">Documents</p>
        <button type="button" className="button button-secondary side-button" disabled={busy('invoice', invoice.id)} onClick={() => void docs.save('invoice', { id: invoice.id })}>
          <FileDown size={16} aria-hidden="true" />
          Save as PDF
        </button>
        <button type="button" className="button button-secondary side-button" onClick={() => void docs.print('invoice', { id: invoice.id })}>
          <Printer size={16} aria-hidden="true" />
          Print invoice
        </button>
        <button type="button" className="button button-secondary side-button" disabled={busy('superbill', invoice.id)} onClick={() => void docs.save('superbill', { id: invoice.id })}>
          <FileText size={16} aria-hidden="true" />
          Save superbill
        </button>
      </div>
      {invoice.payments.length > 0 && (
        <div className="side-group">
          <p className="side-label">Receipts</p>
          <ul className="side-payments">
            {invoice.payments.map((p) => (
              <li key={p.id}>
                <span>
                  {formatDate(p.paidOn)} · {p.amountCents < 0 ? 'Refund' : METHOD_LABELS[p.method] ?? p.method}
                  <span className="side-payment-amount">{money(p.amountCents, currency)}</span>
                </span>
                <button type="button" className="button button-ghost button-small" disabled={busy('receipt', p.id)} onClick={() => void docs.save('receipt', { id: p.id })}>
                  <Receipt size={14} aria-hidden="true" />
                  Save receipt<span className="visually-hidden"> of {formatDate(p.paidOn)}, {money(p.amountCents, currency)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <PaymentDialog mode={paying} invoice={invoice} currency={currency} selfPay={selfPay} onClose={() => setPaying(null)} onDone={done} />
      <PackageVisitDialog open={fromPackage} invoice={invoice} packages={packagesLeft} onClose={() => setFromPackage(false)} onDone={done} />
      <VoidDialog
        invoice={invoice}
        open={voiding}
        onClose={() => setVoiding(false)}
        onVoided={(voided) => {
          setVoiding(false);
          toast(`${voided.number} voided`);
          onVoided(voided);
        }}
      />
    </aside>
  );
}
