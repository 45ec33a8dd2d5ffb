// Record a payment on an invoice (the amount defaults to its balance) or a refund of what was paid;
// without an invoice, a payment on account: it is kept as credit on the client's account.
// More than the balance is first refused by main; the person is asked whether to keep the
// difference as credit on the client's account, and only then is it recorded.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { centsToDecimal } from '../../../shared/domain/money';
import { PaymentInput, type InvoiceSummary, type Statement } from '../../../shared/schemas/billing';
import { call, CallError } from '../api';
import { useToday } from '../ClinicContext';
import { Dialog } from '../components/Dialog';
import { SelectField, TextField } from '../components/Field';
import { ErrorBanner } from '../components/Status';
import { applyServerErrors } from '../hooks/serverErrors';
import { METHOD_OPTIONS, money } from './labels';
import { moneyText } from './moneyText';

export type PaymentMode = 'payment' | 'refund';

const PaymentForm = z.object({
  paidOn: PaymentInput.shape.paidOn,
  amount: moneyText('Amount', { positive: true }),
  method: PaymentInput.shape.method,
  reference: PaymentInput.shape.reference,
});
type PaymentValues = z.input<typeof PaymentForm>;
type PaymentOutput = z.output<typeof PaymentForm>;

/** Whose account a payment on account (no invoice) is credited to. */
export interface AccountHolder {
  clientId: string;
  clientName: string;
}

/** Either an invoice the payment or refund is on, or (a payment on account) only the client. */
type Target = { invoice: InvoiceSummary; account?: never } | { invoice?: never; account: AccountHolder };

type Props = Target & {
  mode: PaymentMode | null;
  currency: string;
  /** Insurers pay by insurance; a self-pay client by card unless told otherwise. */
  selfPay: boolean;
  onClose: () => void;
  onDone: (statement: Statement, message: string) => void;
};

export function PaymentDialog({ mode, invoice, account, currency, selfPay, onClose, onDone }: Props) {
  const title = !invoice ? `Payment on account for ${account.clientName}` : mode === 'refund' ? `Refund on ${invoice.number}` : `Record payment on ${invoice.number}`;
  return (
    <Dialog open={mode !== null} onClose={onClose} title={title}>
      {mode && <PaymentFormBody key={mode} mode={mode} invoice={invoice} account={account} currency={currency} selfPay={selfPay} onCancel={onClose} onDone={onDone} />}
    </Dialog>
  );
}

function PaymentFormBody({
  mode,
  invoice,
  account,
  currency,
  selfPay,
  onCancel,
  onDone,
}: { mode: PaymentMode; invoice?: InvoiceSummary; account?: AccountHolder } & Pick<Props, 'currency' | 'selfPay' | 'onDone'> & { onCancel: () => void }) {
  const today = useToday();
  const [banner, setBanner] = useState<string | null>(null);
  const [credit, setCredit] = useState<PaymentOutput | null>(null);
  const holder: AccountHolder = invoice ? { clientId: invoice.clientId, clientName: invoice.clientName } : account!;
  // A payment on account has no balance to suggest: the amount starts empty.
  const defaultAmount = !invoice ? 0 : mode === 'refund' ? invoice.paidCents : Math.max(invoice.balanceCents, 0);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PaymentValues, unknown, PaymentOutput>({
    resolver: zodResolver(PaymentForm),
    defaultValues: { paidOn: today, amount: defaultAmount > 0 ? centsToDecimal(defaultAmount) : '', method: selfPay ? 'card' : 'insurance', reference: '' },
  });

  async function send(values: PaymentOutput, allowCredit: boolean) {
    setBanner(null);
    const base = { clientId: holder.clientId, invoiceId: invoice?.id ?? null, paidOn: values.paidOn, amountCents: values.amount, method: values.method, reference: values.reference, notes: '' };
    try {
      const statement = mode === 'refund' ? await call('payments/refund', base) : await call('payments/record', { ...base, allowCredit });
      const what = mode === 'refund' ? 'Refund' : 'Payment';
      if (!invoice) onDone(statement, mode === 'refund' ? `${money(values.amount, currency)} refunded from ${holder.clientName}’s credit` : `${money(values.amount, currency)} recorded as credit on ${holder.clientName}’s account`);
      else onDone(statement, `${what} of ${money(values.amount, currency)} recorded`);
    } catch (error) {
      if (error instanceof CallError && error.detail.code === 'needs_confirmation') {
        setCredit(values);
        return;
      }
      setCredit(null);
      setBanner(applyServerErrors(error, setError));
    }
  }

  if (credit && invoice) {
    const balance = Math.max(invoice.balanceCents, 0);
    return (
      <div className="credit-confirm" role="alert">
        <p className="credit-question">Record the difference as credit?</p>
        <p className="muted">
          {money(credit.amount, currency)} is more than the balance of {invoice.number} ({money(balance, currency)}).
        </p>
        <p>
          {money(balance, currency)} pays the invoice; {money(credit.amount - balance, currency)} stays on {invoice.clientName}’s account as credit.
        </p>
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={() => setCredit(null)}>
            Change the amount
          </button>
          <button type="button" className="button button-primary" data-autofocus onClick={() => void send(credit, true)}>
            Record with credit
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit((values) => send(values, false))}>
      {banner && <ErrorBanner message={banner} />}
      <div className="field-grid">
        <TextField label="Date" type="date" required reg={register('paidOn')} error={errors.paidOn?.message} />
        <TextField
          label="Amount"
          required
          inputMode="decimal"
          data-autofocus
          reg={register('amount')}
          error={errors.amount?.message}
          hint={
            !invoice ? `Kept as credit on ${holder.clientName}’s account` : mode === 'refund' ? `Paid so far: ${money(invoice.paidCents, currency)}` : `Balance: ${money(invoice.balanceCents, currency)}`
          }
        />
        <SelectField label="Method" required options={METHOD_OPTIONS} reg={register('method')} error={errors.method?.message} />
        <TextField label="Reference" placeholder="Check number, EOB, last 4 digits" reg={register('reference')} error={errors.reference?.message} />
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : mode === 'refund' ? 'Record refund' : 'Record payment'}
        </button>
      </div>
    </form>
  );
}
