// The invoice list's filters: state, issue dates, and a client or number search.
import { Search } from 'lucide-react';
import { useId } from 'react';

export type StatusFilter = 'all' | 'draft' | 'open' | 'paid' | 'void';

export interface Filters {
  status: StatusFilter;
  from: string;
  to: string;
  text: string;
}

const STATUSES: ReadonlyArray<{ value: StatusFilter; label: string }> = [
  { value: 'all', label: 'All' },
  { value: 'draft', label: 'Drafts' },
  { value: 'open', label: 'Open' },
  { value: 'paid', label: 'Paid' },
  { value: 'void', label: 'Void' },
];

export function InvoiceFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const ids = { from: useId(), to: useId(), text: useId() };
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  return (
    <div className="toolbar billing-filters">
      <fieldset className="segmented">
        <legend className="visually-hidden">Status</legend>
        {STATUSES.map((o) => (
          <label key={o.value} className="segmented-option">
            <input type="radio" name="invoice-status" value={o.value} checked={value.status === o.value} onChange={() => set({ status: o.value })} />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
      <div className="billing-dates">
        <label htmlFor={ids.from} className="billing-filter-label">
          Issued from
        </label>
        <input id={ids.from} type="date" className="input input-date" value={value.from} max={value.to || undefined} onChange={(e) => set({ from: e.target.value })} />
        <label htmlFor={ids.to} className="billing-filter-label">
          to
        </label>
        <input id={ids.to} type="date" className="input input-date" value={value.to} min={value.from || undefined} onChange={(e) => set({ to: e.target.value })} />
      </div>
      <div className="filter-field billing-search">
        <Search size={16} aria-hidden="true" className="filter-icon" />
        <label htmlFor={ids.text} className="visually-hidden">
          Client or invoice number
        </label>
        <input id={ids.text} type="search" className="input filter-input" placeholder="Client or invoice number" value={value.text} onChange={(e) => set({ text: e.target.value })} />
      </div>
    </div>
  );
}

/** The rows a typed search keeps: a client name or an invoice number containing the text. */
export function matchesText<T extends { clientName: string; number: string | null }>(row: T, text: string): boolean {
  const q = text.trim().toLocaleLowerCase();
  if (!q) return true;
  return row.clientName.toLocaleLowerCase().includes(q) || (row.number ?? 'draft').toLocaleLowerCase().includes(q);
}
