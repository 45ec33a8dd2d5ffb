// Pay an invoice with one visit from a prepaid package the client bought.
import { useId, useState } from 'react';
import type { ClientPackageView, InvoiceSummary, Statement } from '../../../shared/schemas/billing';
import { call } from '../api';
import { useToday } from '../ClinicContext';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/Status';
import { messageOf } from '../hooks/useCall';

interface Props {
  open: boolean;
  invoice: InvoiceSummary;
  packages: ClientPackageView[];
  onClose: () => void;
  onDone: (statement: Statement, message: string) => void;
}

export function PackageVisitDialog({ open, invoice, packages, onClose, onDone }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title={`Pay ${invoice.number} from a package`} description="One prepaid visit pays the invoice’s whole balance.">
      <PackageVisitForm invoice={invoice} packages={packages.filter((p) => p.visitsUsed < p.visitsTotal)} onCancel={onClose} onDone={onDone} />
    </Dialog>
  );
}

function PackageVisitForm({ invoice, packages, onCancel, onDone }: { invoice: InvoiceSummary; packages: ClientPackageView[]; onCancel: () => void; onDone: Props['onDone'] }) {
  const today = useToday();
  const dateId = useId();
  const [chosen, setChosen] = useState(packages[0]?.id ?? '');
  const [paidOn, setPaidOn] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const pkg = packages.find((p) => p.id === chosen);
      onDone(await call('packages/useVisit', { invoiceId: invoice.id, clientPackageId: chosen, paidOn }), `One visit of ${pkg?.name ?? 'the package'} used`);
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {error && <ErrorBanner message={error} />}
      <fieldset className="radio-list">
        <legend className="field-label">Package</legend>
        {packages.map((p, i) => (
          <label key={p.id} className="checkbox">
            <input type="radio" name="package" value={p.id} checked={chosen === p.id} onChange={() => setChosen(p.id)} data-autofocus={i === 0 ? true : undefined} />
            <span>
              {p.name} <span className="muted">· {p.visitsTotal - p.visitsUsed} of {p.visitsTotal} visits left</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <div className="field-label">
          <label htmlFor={dateId}>Date</label>
        </div>
        <input id={dateId} type="date" className="input" value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy || !chosen}>
          {busy ? 'Saving…' : 'Use one visit'}
        </button>
      </div>
    </form>
  );
}
