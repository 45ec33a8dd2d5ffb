// A client's payments and refunds, each with its receipt.
import { Receipt } from 'lucide-react';
import type { PaymentView } from '../../../shared/schemas/billing';
import { formatDate } from '../format';
import { METHOD_LABELS, money } from './labels';
import { documentKey, type BillingDocuments } from './useBillingDocuments';

export function PaymentsTable({ payments, currency, docs }: { payments: PaymentView[]; currency: string; docs: BillingDocuments }) {
  if (payments.length === 0) return <p className="muted card">No payments recorded yet.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Payments</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Invoice</th>
            <th scope="col">Method</th>
            <th scope="col">Reference</th>
            <th scope="col" className="cell-money">
              Amount
            </th>
            <th scope="col">
              <span className="visually-hidden">Receipt</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...payments].reverse().map((p) => (
            <tr key={p.id}>
              <td className="cell-nowrap">{formatDate(p.paidOn)}</td>
              <td className="cell-nowrap">{p.invoiceNumber ?? <span className="muted">{p.amountCents < 0 ? 'From credit' : 'On account'}</span>}</td>
              <td>{p.amountCents < 0 ? 'Refund' : METHOD_LABELS[p.method] ?? p.method}</td>
              <td>{p.reference || <span className="muted">—</span>}</td>
              <td className="cell-money">{money(p.amountCents, currency)}</td>
              <td className="cell-actions">
                <button type="button" className="button button-ghost button-small" disabled={docs.busy === documentKey('receipt', { id: p.id })} onClick={() => void docs.save('receipt', { id: p.id })}>
                  <Receipt size={14} aria-hidden="true" />
                  Save receipt<span className="visually-hidden"> of {formatDate(p.paidOn)}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
