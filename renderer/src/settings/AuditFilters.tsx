// The audit viewer's filters: one client (found by name), an action, who, and a date range.
import { X } from 'lucide-react';
import { useId, useState, type ReactNode } from 'react';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, type AuditAction } from '../../../shared/schemas/audit';
import { fullName } from '../format';
import { useCall } from '../hooks/useCall';
import { useClientSearch } from '../hooks/useClientSearch';

export interface AuditFilterValues {
  client: { id: string; name: string } | null;
  action: AuditAction | '';
  actor: string;
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilterValues = { client: null, action: '', actor: '', from: '', to: '' };

function Labelled({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
      </div>
      {children(id)}
    </div>
  );
}

function ClientFilter({ value, onChange }: { value: AuditFilterValues['client']; onChange: (client: AuditFilterValues['client']) => void }) {
  const [text, setText] = useState('');
  const search = useClientSearch(text, true, 5);
  if (value) {
    return (
      <div className="field">
        <div className="field-label">
          <span>Client</span>
        </div>
        <div className="audit-client-chosen">
          <span>{value.name}</span>
          <button type="button" className="button button-ghost button-small" onClick={() => onChange(null)}>
            <X size={14} aria-hidden="true" />
            <span className="visually-hidden">Show every client (clear the client filter)</span>
          </button>
        </div>
      </div>
    );
  }
  return (
    <Labelled label="Client">
      {(id) => (
        <div className="audit-client-search">
          <input id={id} className="input" type="search" value={text} placeholder="Type a name" onChange={(e) => setText(e.target.value)} autoComplete="off" />
          {text.trim() !== '' && search.items.length > 0 && (
            <ul className="audit-client-matches" aria-label="Matching clients">
              {search.items.map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    onClick={() => {
                      onChange({ id: c.id, name: fullName(c) });
                      setText('');
                    }}
                  >
                    {fullName(c)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Labelled>
  );
}

export function AuditFilters({ value, onChange }: { value: AuditFilterValues; onChange: (next: AuditFilterValues) => void }) {
  const users = useCall('users/list', {});
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...value, ...patch });
  return (
    <div className="audit-filters" role="group" aria-label="Filter the audit trail">
      <ClientFilter value={value.client} onChange={(client) => set({ client })} />
      <Labelled label="Action">
        {(id) => (
          <select id={id} className="input select" value={value.action} onChange={(e) => set({ action: e.target.value as AuditAction | '' })}>
            <option value="">Any action</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {AUDIT_ACTION_LABELS[a]}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      <Labelled label="Who">
        {(id) => (
          <select id={id} className="input select" value={value.actor} onChange={(e) => set({ actor: e.target.value })}>
            <option value="">Anyone</option>
            <option value="system">Palpate (no one signed in)</option>
            {users.data?.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      <Labelled label="From">{(id) => <input id={id} className="input" type="date" value={value.from} onChange={(e) => set({ from: e.target.value })} />}</Labelled>
      <Labelled label="To">{(id) => <input id={id} className="input" type="date" value={value.to} onChange={(e) => set({ to: e.target.value })} />}</Labelled>
    </div>
  );
}
