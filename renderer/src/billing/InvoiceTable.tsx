// Dense invoice rows: number, client, payer, dates, amounts and state. The number is the link; a
// click anywhere on the row opens the invoice too. Void invoices stay listed, struck through.
import { Link, useNavigate } from 'react-router';
import type { InvoiceSummary } from '../../../shared/schemas/billing';
import { formatDate } from '../format';
import { money } from './labels';
import { StateChip } from './StateChip';

const dash = <span className="muted">—</span>;

export function InvoiceTable({ invoices, currency, caption, showClient = true }: { invoices: InvoiceSummary[]; currency: string; caption: string; showClient?: boolean }) {
  const navigate = useNavigate();
  const live = invoices.filter((i) => i.state !== 'void');
  const sum = (pick: (i: InvoiceSummary) => number) => live.reduce((s, i) => s + pick(i), 0);
  const open = sum((i) => Math.max(i.balanceCents, 0));
  return (
    <div className="table-wrap">
      <table className="table invoice-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Number</th>
            {showClient && <th scope="col">Client</th>}
            <th scope="col">Payer</th>
            <th scope="col">Issued</th>
            <th scope="col">Due</th>
            <th scope="col" className="cell-money">
              Total
            </th>
            <th scope="col" className="cell-money">
              Paid
            </th>
            <th scope="col" className="cell-money">
              Balance
            </th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((i) => (
            <tr
              key={i.id}
              className={i.state === 'void' ? 'row-link row-void' : 'row-link'}
              onClick={(e) => {
                if ((e.target as HTMLElement).closest('a')) return;
                navigate(`/billing/invoices/${i.id}`);
              }}
            >
              <td className="cell-name cell-nowrap">
                <Link to={`/billing/invoices/${i.id}`}>{i.number ?? 'Draft'}</Link>
              </td>
              {showClient && <td className="cell-client">{i.clientName}</td>}
              <td className="cell-payer">{i.payerName}</td>
              <td className="cell-nowrap">{i.issueDate ? formatDate(i.issueDate) : dash}</td>
              <td className="cell-nowrap">{i.dueDate ? formatDate(i.dueDate) : dash}</td>
              <td className="cell-money cell-strike">{money(i.totalCents, currency)}</td>
              <td className="cell-money">{i.paidCents ? money(i.paidCents, currency) : dash}</td>
              <td className="cell-money">{i.state === 'void' ? dash : money(i.balanceCents, currency)}</td>
              <td>
                <StateChip state={i.state} />
              </td>
            </tr>
          ))}
        </tbody>
        {invoices.length > 0 && (
          <tfoot>
            <tr>
              <th scope="row" colSpan={showClient ? 5 : 4}>
                {live.length} invoice{live.length === 1 ? '' : 's'}
                {live.length !== invoices.length && <span className="muted"> (void ones not counted)</span>}
              </th>
              <td className="cell-money">{money(sum((i) => i.totalCents), currency)}</td>
              <td className="cell-money">{money(sum((i) => i.paidCents), currency)}</td>
              <td className="cell-money invoice-open-total" colSpan={2}>
                Open balance {money(open, currency)}
              </td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
