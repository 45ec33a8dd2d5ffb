// An issued (or void) invoice on screen as it prints: white paper, letterhead, bill-to, lines,
// totals, payments received, notes and the practice's footer. A void one is stamped VOID.
import type { BillingSettings, Invoice } from '../../../shared/schemas/billing';
import type { Client } from '../../../shared/schemas/client';
import { useClinic } from '../ClinicContext';
import { formatDate, formatInstantDate } from '../format';
import { METHOD_LABELS, money, unitsText } from './labels';
import { BillTo, Letterhead, PaperTotals } from './PaperParts';

interface Props {
  invoice: Invoice;
  settings: BillingSettings;
  clinicName: string;
  client: Client | undefined;
}

export function InvoicePaper({ invoice, settings, clinicName, client }: Props) {
  const { clinic } = useClinic();
  const currency = settings.currency;
  const isVoid = invoice.state === 'void';
  return (
    <article className={isVoid ? 'paper paper-void' : 'paper'} aria-label={`Invoice ${invoice.number ?? 'draft'}`}>
      {isVoid && (
        <p className="paper-void-stamp" aria-hidden="true">
          VOID
        </p>
      )}
      <Letterhead
        settings={settings}
        clinicName={clinicName}
        title="Invoice"
        facts={[
          ['Number', invoice.number ?? 'Draft'],
          ['Issued', invoice.issueDate ? formatDate(invoice.issueDate) : '—'],
          ['Due', invoice.dueDate ? formatDate(invoice.dueDate) : '—'],
          ['Place of service', settings.placeOfService],
        ]}
      />
      {isVoid && (
        <p className="paper-void-note" role="note">
          Void{invoice.voidedAt ? ` since ${formatInstantDate(invoice.voidedAt, clinic.timeZone)}` : ''}: {invoice.voidReason || 'no reason given'}. The number {invoice.number} stays used.
        </p>
      )}
      <BillTo name={invoice.clientName} client={client} payerName={invoice.payerName} diagnoses={invoice.diagnoses} />
      <table className="paper-lines">
        <caption className="visually-hidden">Invoice lines</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Code</th>
            <th scope="col">Mod.</th>
            <th scope="col">Description</th>
            <th scope="col">Dx</th>
            <th scope="col" className="cell-money">
              Units
            </th>
            <th scope="col" className="cell-money">
              Unit price
            </th>
            <th scope="col" className="cell-money">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {invoice.lines.map((l) => (
            <tr key={l.id}>
              <td className="cell-nowrap">{formatDate(l.serviceDate)}</td>
              <td className="paper-code">{l.code || '—'}</td>
              <td>{l.modifiers}</td>
              <td>
                {l.description}
                {l.minutes > 0 && <span className="paper-units">{unitsText(l)}</span>}
              </td>
              <td>{l.diagnosisPointers}</td>
              <td className="cell-money">{l.units}</td>
              <td className="cell-money">{money(l.unitPriceCents, currency)}</td>
              <td className="cell-money">{money(l.amountCents, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PaperTotals totals={invoice} currency={currency} />
      {invoice.payments.length > 0 && (
        <section className="paper-section" aria-label="Payments received">
          <p className="paper-label">Payments received</p>
          <table className="paper-payments">
            <tbody>
              {invoice.payments.map((p) => (
                <tr key={p.id}>
                  <td className="cell-nowrap">{formatDate(p.paidOn)}</td>
                  <td>
                    {p.amountCents < 0 ? 'Refund' : METHOD_LABELS[p.method] ?? p.method}
                    {p.reference && <span className="paper-muted"> · {p.reference}</span>}
                  </td>
                  <td className="cell-money">{money(p.amountCents, currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {invoice.notes && (
        <section className="paper-section">
          <p className="paper-label">Notes</p>
          <p className="paper-notes">{invoice.notes}</p>
        </section>
      )}
      {settings.footerText && <footer className="paper-footer">{settings.footerText}</footer>}
    </article>
  );
}
