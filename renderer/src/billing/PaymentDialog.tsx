// Record a payment on an invoice (the amount defaults to its balance) or a refund of what was paid.
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

interface Props {
  mode: PaymentMode | null;
  invoice: InvoiceSummary;
  currency: string;
  /** Insurers pay by insurance; a self-pay client by card unless told otherwise. */
  selfPay: boolean;
  onClose: () => void;
  onDone: (statement: Statement, message: string) => void;
}

export function PaymentDialog({ mode, invoice, currency, selfPay, onClose, onDone }: Props) {
  const title = mode === 'refund' ? `Refund on ${invoice.number}` : `Record payment on ${invoice.number}`;
  return (
    <Dialog open={mode !== null} onClose={onClose} title={title}>
      {mode && <PaymentFormBody key={mode} mode={mode} invoice={invoice} currency={currency} selfPay={selfPay} onCancel={onClose} onDone={onDone} />}
    </Dialog>
  );
}

function PaymentFormBody({ mode, invoice, currency, selfPay, onCancel, onDone }: { mode: PaymentMode } & Pick<Props, 'invoice' | 'currency' | 'selfPay' | 'onDone'> & { onCancel: () => void }) {
  const today = useToday();
  const [banner, setBanner] = useState<string | null>(null);
  const [credit, setCredit] = useState<PaymentOutput | null>(null);
  const defaultAmount = mode === 'refund' ? invoice.paidCents : Math.max(invoice.balanceCents, 0);
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
    const base = { clientId: invoice.clientId, invoiceId: invoice.id, paidOn: values.paidOn, amountCents: values.amount, method: values.method, reference: values.reference, notes: '' };
    try {
      const statement = mode === 'refund' ? await call('payments/refund', base) : await call('payments/record', { ...base, allowCredit });
      const what = mode === 'refund' ? 'Refund' : 'Payment';
      onDone(statement, `${what} of ${money(values.amount, currency)} recorded`);
    } catch (error) {
      if (error instanceof CallError && error.detail.code === 'needs_confirmation') {
        setCredit(values);
        return;
      }
      setCredit(null);
      setBanner(applyServerErrors(error, setError));
    }
  }

  if (credit) {
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
          hint={mode === 'refund' ? `Paid so far: ${money(invoice.paidCents, currency)}` : `Balance: ${money(invoice.balanceCents, currency)}`}
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
