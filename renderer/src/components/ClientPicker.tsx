// Choose a client (booking, a series, a new invoice): search as you type (the same search as
// Ctrl/Cmd+K), ↑/↓ and Enter, or click. Once chosen, the client shows as a line with "Change".
import { useId, useState, type KeyboardEvent } from 'react';
import './client-picker.css';
import { useClientSearch } from '../hooks/useClientSearch';
import { ClientOption } from '../search/ClientOption';
import { fullName } from '../format';

export interface PickedClient {
  id: string;
  name: string;
}

interface Props {
  value: PickedClient | null;
  onChange: (client: PickedClient | null) => void;
  error?: string | undefined;
  /** Focus the search box when the dialog opens. */
  autoFocus?: boolean;
}

export function ClientPicker({ value, onChange, error, autoFocus }: Props) {
  const ids = { input: useId(), list: useId(), error: useId() };
  const [text, setText] = useState('');
  const [activeId, setActiveId] = useState<string | null>(null);
  const search = useClientSearch(text, false, 8);
  const { items } = search;
  const activeIndex = Math.max(0, items.findIndex((c) => c.id === activeId));
  const active = text.trim() ? items[activeIndex] : undefined;

  if (value) {
    return (
      <div className="field field-wide">
        <div className="field-label">
          <span id={ids.input}>Client</span>
        </div>
        <div className="picked-client" role="group" aria-labelledby={ids.input}>
          <span className="picked-client-name">{value.name}</span>
          <button type="button" className="button button-ghost button-small" onClick={() => onChange(null)}>
            Change<span className="visually-hidden"> client</span>
          </button>
        </div>
      </div>
    );
  }

  function pick(index: number) {
    const c = items[index];
    if (!c) return;
    onChange({ id: c.id, name: fullName(c) });
    setText('');
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (items.length === 0) return;
      const next = items[(activeIndex + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length];
      if (next) setActiveId(next.id);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (active) pick(activeIndex);
    }
  }

  const open = text.trim() !== '' && items.length > 0;
  return (
    <div className="field field-wide client-picker">
      <div className="field-label">
        <label htmlFor={ids.input}>Client</label>
        <span className="field-required" aria-hidden="true">
          *
        </span>
      </div>
      <input
        id={ids.input}
        className="input"
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={ids.list}
        aria-autocomplete="list"
        aria-activedescendant={active ? `${ids.list}-${active.id}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? ids.error : undefined}
        aria-required
        placeholder="Search by name, phone or birth date"
        autoComplete="off"
        spellCheck={false}
        data-autofocus={autoFocus ? true : undefined}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul id={ids.list} role="listbox" aria-label="Matching clients" className={open ? 'listbox picker-list' : 'listbox picker-list is-empty'}>
        {open &&
          items.map((c, i) => (
            <li
              key={c.id}
              id={`${ids.list}-${c.id}`}
              role="option"
              aria-selected={c.id === active?.id}
              className="listbox-option"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(i)}
            >
              <ClientOption client={c} />
            </li>
          ))}
      </ul>
      {text.trim() !== '' && !search.searching && items.length === 0 && <p className="field-hint">No clients match “{text.trim()}”.</p>}
      {error && (
        <p id={ids.error} className="field-error">
          {error}
        </p>
      )}
      {search.error && <p className="field-error">{search.error}</p>}
    </div>
  );
}
