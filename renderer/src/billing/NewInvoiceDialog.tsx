// New invoice: the client, the payer, then the client's signed visits not billed yet (checked by
// default) — or a blank invoice to fill in by hand.
import { useId, useState } from 'react';
import type { Invoice, Payer } from '../../../shared/schemas/billing';
import { call } from '../api';
import { Dialog } from '../components/Dialog';
import { ErrorBanner, Loading } from '../components/Status';
import { formatDate } from '../format';
import { messageOf, useCall } from '../hooks/useCall';
import { ClientPicker, type PickedClient } from '../components/ClientPicker';

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (invoice: Invoice) => void;
  /** From a client's chart: the client is already known (and their insurer, to preselect the payer). */
  client?: PickedClient & { insurancePayer?: string };
}

export function NewInvoiceDialog({ open, onClose, onCreated, client }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title={client ? `New invoice for ${client.name}` : 'New invoice'}>
      <NewInvoiceForm fixed={client} onCancel={onClose} onCreated={onCreated} />
    </Dialog>
  );
}

function defaultPayer(payers: Payer[], insurer: string | undefined): string {
  const wanted = insurer?.trim().toLocaleLowerCase();
  const match = wanted ? payers.find((p) => p.name.toLocaleLowerCase() === wanted) : undefined;
  return (match ?? payers.find((p) => p.kind === 'self_pay') ?? payers[0])?.id ?? '';
}

function NewInvoiceForm({ fixed, onCancel, onCreated }: { fixed: Props['client']; onCancel: () => void; onCreated: Props['onCreated'] }) {
  const payerId = useId();
  const catalog = useCall('billing/catalog', {});
  const [chosen, setChosen] = useState<PickedClient | null>(fixed ?? null);
  const [payer, setPayer] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const payers = (catalog.data?.payers ?? []).filter((p) => p.active);
  const payerValue = payer ?? defaultPayer(payers, fixed?.insurancePayer);

  async function create(make: () => Promise<Invoice>) {
    setBusy(true);
    setError(null);
    try {
      onCreated(await make());
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  }

  if (catalog.error && !catalog.data) return <ErrorBanner message={catalog.error} onRetry={catalog.reload} />;
  if (!catalog.data) return <Loading />;
  const flatServices = catalog.data.services.filter((s) => s.active && s.kind === 'flat');

  return (
    <div className="form new-invoice">
      {error && <ErrorBanner message={error} />}
      <div className="field-grid">
        {!fixed && (
          <div className="field-wide">
            <ClientPicker value={chosen} onChange={setChosen} autoFocus />
          </div>
        )}
        <div className="field field-wide">
          <div className="field-label">
            <label htmlFor={payerId}>Payer</label>
          </div>
          <select id={payerId} className="input select" value={payerValue} onChange={(e) => setPayer(e.target.value)} data-autofocus={fixed ? true : undefined}>
            {payers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <p className="field-hint">Units follow this payer’s rule.</p>
        </div>
      </div>
      {chosen ? (
        <UnbilledVisits
          key={chosen.id}
          clientId={chosen.id}
          flatServices={flatServices}
          busy={busy}
          onCancel={onCancel}
          onBlank={() => void create(() => call('invoices/new', { clientId: chosen.id, payerId: payerValue }))}
          onCreate={(sessionIds, flatServiceId) => void create(() => call('invoices/fromSessions', { clientId: chosen.id, payerId: payerValue, sessionIds, flatServiceId }))}
        />
      ) : (
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}

interface VisitsProps {
  clientId: string;
  flatServices: { id: string; description: string }[];
  busy: boolean;
  onCancel: () => void;
  onBlank: () => void;
  onCreate: (sessionIds: string[], flatServiceId: string | null) => void;
}

function UnbilledVisits({ clientId, flatServices, busy, onCancel, onBlank, onCreate }: VisitsProps) {
  const billAsId = useId();
  const sessions = useCall('billing/unbilledSessions', { clientId });
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const [flat, setFlat] = useState('');
  const list = sessions.data ?? [];
  const chosen = list.filter((s) => !unchecked.has(s.id)).map((s) => s.id);
  const toggle = (id: string) =>
    setUnchecked((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <fieldset className="unbilled">
        <legend className="field-label">Signed visits not billed yet</legend>
        {sessions.error ? (
          <ErrorBanner message={sessions.error} onRetry={sessions.reload} />
        ) : !sessions.data ? (
          <Loading label="Looking for unbilled visits…" />
        ) : list.length === 0 ? (
          <p className="muted">No signed visits waiting to be billed. Start a blank invoice, or sign the session notes first.</p>
        ) : (
          <ul className="unbilled-list">
            {list.map((s) => (
              <li key={s.id}>
                <label className="checkbox">
                  <input type="checkbox" checked={!unchecked.has(s.id)} onChange={() => toggle(s.id)} />
                  <span>
                    Visit of {formatDate(s.sessionDate)}
                    {s.startTime && <span className="muted"> · {s.startTime}</span>}
                    {s.totalMinutes !== null && <span className="muted"> · {s.totalMinutes} min</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {list.length > 0 && flatServices.length > 0 && (
        <div className="field">
          <div className="field-label">
            <label htmlFor={billAsId}>Bill each visit as</label>
          </div>
          <select id={billAsId} className="input select" value={flat} onChange={(e) => setFlat(e.target.value)}>
            <option value="">Codes and minutes from the note</option>
            {flatServices.map((s) => (
              <option key={s.id} value={s.id}>
                {s.description}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={onBlank}>
          Blank invoice
        </button>
        <button type="button" className="button button-primary" disabled={busy || chosen.length === 0} onClick={() => onCreate(chosen, flat || null)}>
          {busy ? 'Creating…' : chosen.length > 1 ? `Invoice ${chosen.length} visits` : 'Create invoice'}
        </button>
      </div>
    </>
  );
}
