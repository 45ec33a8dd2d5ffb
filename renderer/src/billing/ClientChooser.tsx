// Choose the client an invoice is for: search as you type, ↑/↓ and Enter, or click.
import { useId, useState, type KeyboardEvent } from 'react';
import { fullName } from '../format';
import { useClientSearch } from '../hooks/useClientSearch';
import { ClientOption } from '../search/ClientOption';

export interface ChosenClient {
  id: string;
  name: string;
}

export function ClientChooser({ value, onChange }: { value: ChosenClient | null; onChange: (client: ChosenClient | null) => void }) {
  const ids = { input: useId(), list: useId() };
  const [text, setText] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const search = useClientSearch(text, false, 8);
  const items = search.items;
  const active = items[Math.min(activeIndex, items.length - 1)];

  if (value) {
    return (
      <div className="field">
        <div className="field-label">
          <span id={ids.input}>Client</span>
        </div>
        <div className="chosen-client" role="group" aria-labelledby={ids.input}>
          <span className="chosen-client-name">{value.name}</span>
          <button type="button" className="button button-ghost button-small" onClick={() => onChange(null)}>
            Change<span className="visually-hidden"> client</span>
          </button>
        </div>
      </div>
    );
  }

  const pick = (index: number) => {
    const c = items[index];
    if (c) onChange({ id: c.id, name: fullName(c) });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && items.length > 0) {
      e.preventDefault();
      setActiveIndex((i) => (i + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(Math.min(activeIndex, items.length - 1));
    }
  };
  const open = text.trim() !== '' && items.length > 0;

  return (
    <div className="field client-chooser">
      <div className="field-label">
        <label htmlFor={ids.input}>Client</label>
      </div>
      <input
        id={ids.input}
        className="input"
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={ids.list}
        aria-autocomplete="list"
        aria-activedescendant={open && active ? `${ids.list}-${active.id}` : undefined}
        placeholder="Search by name, phone or birth date"
        autoComplete="off"
        spellCheck={false}
        data-autofocus
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActiveIndex(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={ids.list} role="listbox" aria-label="Matching clients" className={open ? 'listbox chooser-list' : 'listbox chooser-list chooser-list-empty'}>
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
      {search.error && <p className="field-error">{search.error}</p>}
    </div>
  );
}
