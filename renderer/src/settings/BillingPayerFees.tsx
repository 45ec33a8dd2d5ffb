// A payer's fee schedule: its own fee for a service where it differs from the catalog. A blank
// field means "the catalog fee".
import { useState } from 'react';
import { centsToDecimal, parseMoney } from '../../../shared/domain/money';
import type { BillingCatalog, Payer } from '../../../shared/schemas/billing';
import { call } from '../api';
import { money } from '../billing/labels';
import { ErrorBanner } from '../components/Status';
import { messageOf } from '../hooks/useCall';

export function BillingPayerFees({ payer, catalog, onSaved }: { payer: Payer; catalog: BillingCatalog; onSaved: (c: BillingCatalog, message: string) => void }) {
  const currency = catalog.settings.currency;
  const services = catalog.services.filter((s) => s.active && s.kind !== 'flat');
  const current = new Map(payer.feeOverrides.map((o) => [o.serviceId, o.feeCents]));
  const [typed, setTyped] = useState<Record<string, string>>(() => Object.fromEntries(payer.feeOverrides.map((o) => [o.serviceId, centsToDecimal(o.feeCents)])));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    const changes: { serviceId: string; feeCents?: number }[] = [];
    const bad: Record<string, string> = {};
    for (const s of services) {
      const text = (typed[s.id] ?? '').trim();
      const cents = text === '' ? undefined : parseMoney(text);
      if (cents === null || (cents !== undefined && cents < 0)) bad[s.id] = 'Type an amount like 30.00, or leave it blank';
      else if (cents !== current.get(s.id)) changes.push(cents === undefined ? { serviceId: s.id } : { serviceId: s.id, feeCents: cents });
    }
    setProblems(bad);
    if (Object.keys(bad).length > 0 || changes.length === 0) return;
    setBusy(true);
    setBanner(null);
    try {
      let latest = catalog;
      for (const change of changes) latest = await call('payers/setFee', { payerId: payer.id, ...change });
      onSaved(latest, `Fees for ${payer.name} saved`);
    } catch (error) {
      setBanner(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="payer-fees" aria-labelledby={`fees-${payer.id}`}>
      <h3 id={`fees-${payer.id}`} className="form-subtitle">
        {payer.name}’s fees
      </h3>
      <p className="muted form-section-description">Leave a fee blank to bill the catalog fee.</p>
      {banner && <ErrorBanner message={banner} />}
      <table className="table table-plain fee-table">
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col" className="cell-money">
              Catalog fee
            </th>
            <th scope="col">This payer’s fee</th>
          </tr>
        </thead>
        <tbody>
          {services.map((s) => (
            <tr key={s.id}>
              <td>
                <span className="cell-name">{s.code}</span> <span className="muted">{s.description}</span>
              </td>
              <td className="cell-money">{money(s.feeCents, currency)}</td>
              <td>
                <input
                  className="input input-compact fee-input"
                  inputMode="decimal"
                  aria-label={`${payer.name} fee for ${s.code}`}
                  placeholder="Catalog"
                  aria-invalid={problems[s.id] ? true : undefined}
                  value={typed[s.id] ?? ''}
                  onChange={(e) => setTyped({ ...typed, [s.id]: e.target.value })}
                />
                {problems[s.id] && <p className="field-error">{problems[s.id]}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void save()}>
          {busy ? 'Saving…' : 'Save fees'}
        </button>
      </div>
    </section>
  );
}
