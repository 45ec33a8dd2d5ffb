// The parts an invoice shares with its printout: letterhead, bill-to and totals. The draft editor
// and the issued invoice both use them, so what is edited looks like what will print.
import type { ReactNode } from 'react';
import type { BillingSettings } from '../../../shared/schemas/billing';
import type { Client } from '../../../shared/schemas/client';
import { formatDate } from '../format';
import { money } from './labels';

function joined(parts: string[], by = ', '): string {
  return parts.filter((p) => p.trim() !== '').join(by);
}

export function Letterhead({ settings, clinicName, title, facts }: { settings: BillingSettings; clinicName: string; title: string; facts: ReadonlyArray<[string, ReactNode]> }) {
  const cityLine = joined([settings.city, joined([settings.region, settings.postalCode], ' ')]);
  return (
    <header className="paper-letterhead">
      <div className="paper-practice">
        {settings.logoPng && <img src={settings.logoPng} alt="" className="paper-logo" />}
        <div>
          <p className="paper-practice-name">{settings.legalName || clinicName}</p>
          {settings.addressLine1 && <p>{settings.addressLine1}</p>}
          {settings.addressLine2 && <p>{settings.addressLine2}</p>}
          {cityLine && <p>{cityLine}</p>}
          {(settings.phone || settings.email) && <p>{joined([settings.phone, settings.email], ' · ')}</p>}
          {(settings.taxId || settings.practiceNpi) && (
            <p className="paper-ids">{joined([settings.taxId && `Tax ID ${settings.taxId}`, settings.practiceNpi && `NPI ${settings.practiceNpi}`], ' · ')}</p>
          )}
        </div>
      </div>
      <div className="paper-doc">
        <p className="paper-doc-title">{title}</p>
        <dl className="paper-facts">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </header>
  );
}

export function BillTo({ name, client, payerName, diagnoses, children }: { name: string; client: Client | undefined; payerName: string; diagnoses: string[]; children?: ReactNode }) {
  const cityLine = client ? joined([client.city, joined([client.region, client.postalCode], ' ')]) : '';
  return (
    <div className="paper-parties">
      <div>
        <p className="paper-label">Bill to</p>
        <p className="paper-strong">{name}</p>
        {client?.addressLine1 && <p>{client.addressLine1}</p>}
        {client?.addressLine2 && <p>{client.addressLine2}</p>}
        {cityLine && <p>{cityLine}</p>}
        {client?.dateOfBirth && <p className="paper-muted">Born {formatDate(client.dateOfBirth)}</p>}
      </div>
      <div>
        <p className="paper-label">Payer</p>
        {children ?? <p className="paper-strong">{payerName}</p>}
        {client?.insuranceMemberId && <p className="paper-muted">Member ID {client.insuranceMemberId}</p>}
        {diagnoses.length > 0 && (
          <>
            <p className="paper-label paper-label-spaced">Diagnoses (ICD-10-CM)</p>
            <p className="paper-diagnoses">
              {diagnoses.map((code, i) => (
                <span key={code}>
                  <span className="paper-pointer">{String.fromCharCode(65 + i)}</span> {code}
                </span>
              ))}
            </p>
          </>
        )}
      </div>
    </div>
  );
}

export interface TotalsView {
  subtotalCents: number;
  discountCents: number;
  taxCents: number;
  totalCents: number;
  paidCents?: number;
  balanceCents?: number;
}

export function PaperTotals({ totals, currency, children }: { totals: TotalsView; currency: string; children?: ReactNode }) {
  const row = (label: string, cents: number, className?: string) => (
    <div className={className}>
      <dt>{label}</dt>
      <dd>{money(cents, currency)}</dd>
    </div>
  );
  return (
    <dl className="paper-totals">
      {row('Subtotal', totals.subtotalCents)}
      {children}
      {!children && totals.discountCents > 0 && row('Discount', -totals.discountCents)}
      {totals.taxCents > 0 && row('Tax', totals.taxCents)}
      {row('Total', totals.totalCents, 'paper-total')}
      {totals.paidCents !== undefined && totals.paidCents !== 0 && row('Paid', -totals.paidCents)}
      {totals.balanceCents !== undefined && row(totals.balanceCents < 0 ? 'Credit' : 'Balance due', Math.abs(totals.balanceCents), 'paper-balance')}
    </dl>
  );
}
