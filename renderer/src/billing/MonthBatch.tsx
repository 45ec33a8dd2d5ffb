// A month's issued invoices in one go: one PDF with all of them, or the system print dialog.
import { FileDown, Printer } from 'lucide-react';
import { useId, useState } from 'react';
import { ErrorBanner } from '../components/Status';
import { monthName } from './labels';
import { documentKey, useBillingDocuments } from './useBillingDocuments';

export function MonthBatch({ today }: { today: string }) {
  const id = useId();
  const [month, setMonth] = useState(today.slice(0, 7));
  const docs = useBillingDocuments();
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const name = valid ? monthName(month).split(' ')[0] : 'the month';
  const busy = docs.busy === documentKey('invoices-month', { month });
  return (
    <section className="card month-batch" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        A month’s invoices
      </h2>
      {docs.error && <ErrorBanner message={docs.error} />}
      <div className="month-batch-row">
        <div className="field month-field">
          <div className="field-label">
            <label htmlFor={id}>Month</label>
          </div>
          <input id={id} type="month" className="input" value={month} max={today.slice(0, 7)} onChange={(e) => setMonth(e.target.value)} />
        </div>
        <button type="button" className="button button-secondary" disabled={!valid || busy} onClick={() => void docs.save('invoices-month', { month })}>
          <FileDown size={16} aria-hidden="true" />
          Save all invoices of {name} as PDF
        </button>
        <button type="button" className="button button-secondary" disabled={!valid || busy} onClick={() => void docs.print('invoices-month', { month })}>
          <Printer size={16} aria-hidden="true" />
          Print all
        </button>
      </div>
      <p className="field-hint">Every invoice issued that month, void ones marked VOID, in number order.</p>
    </section>
  );
}
