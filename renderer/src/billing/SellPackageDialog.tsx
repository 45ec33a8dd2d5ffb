// Sell a prepaid package: an invoice for its price, paid at once, and N visits to draw on.
import { useId, useState } from 'react';
import type { Package, Statement } from '../../../shared/schemas/billing';
import { call } from '../api';
import { useToday } from '../ClinicContext';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/Status';
import { messageOf } from '../hooks/useCall';
import { METHOD_OPTIONS, money } from './labels';

interface Props {
  open: boolean;
  clientId: string;
  packages: Package[];
  currency: string;
  onClose: () => void;
  onSold: (statement: Statement, message: string) => void;
}

export function SellPackageDialog(props: Props) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title="Sell a package" description="The client pays the package now; each visit is then paid from it.">
      <SellForm {...props} />
    </Dialog>
  );
}

function SellForm({ clientId, packages, currency, onClose, onSold }: Props) {
  const today = useToday();
  const ids = { pkg: useId(), date: useId(), method: useId(), ref: useId() };
  const active = packages.filter((p) => p.active);
  const [packageId, setPackageId] = useState(active[0]?.id ?? '');
  const [paidOn, setPaidOn] = useState(today);
  const [method, setMethod] = useState<(typeof METHOD_OPTIONS)[number]['value']>('card');
  const [reference, setReference] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (active.length === 0) {
    return (
      <>
        <p className="muted">No packages yet. Add one in Settings → Billing (for example “5 × 60-minute massage”).</p>
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose} data-autofocus>
            Close
          </button>
        </div>
      </>
    );
  }

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const pkg = active.find((p) => p.id === packageId);
      onSold(await call('packages/sell', { clientId, packageId, paidOn, method, reference }), `${pkg?.name ?? 'Package'} sold`);
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
      <div className="field-grid">
        <div className="field field-wide">
          <div className="field-label">
            <label htmlFor={ids.pkg}>Package</label>
          </div>
          <select id={ids.pkg} className="input select" value={packageId} onChange={(e) => setPackageId(e.target.value)} data-autofocus>
            {active.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} — {p.visits} visits, {money(p.priceCents, currency)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <div className="field-label">
            <label htmlFor={ids.date}>Date</label>
          </div>
          <input id={ids.date} type="date" className="input" value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
        </div>
        <div className="field">
          <div className="field-label">
            <label htmlFor={ids.method}>Method</label>
          </div>
          <select id={ids.method} className="input select" value={method} onChange={(e) => setMethod(e.target.value as typeof method)}>
            {METHOD_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-wide">
          <div className="field-label">
            <label htmlFor={ids.ref}>Reference</label>
          </div>
          <input id={ids.ref} className="input" value={reference} maxLength={100} onChange={(e) => setReference(e.target.value)} />
        </div>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy || !packageId}>
          {busy ? 'Saving…' : 'Sell package'}
        </button>
      </div>
    </form>
  );
}
