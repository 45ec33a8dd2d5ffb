// Ctrl/Cmd+K: find a client by name, phone, email or birth date and open their chart.
import { Plus, Search } from 'lucide-react';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { Dialog } from '../components/Dialog';
import { useClientSearch } from '../hooks/useClientSearch';
import { ClientOption } from './ClientOption';

export function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Find a client" hideTitle className="dialog-search">
      <SearchPanel onClose={onClose} />
    </Dialog>
  );
}

/** Mounted only while the dialog is open, so each opening starts with an empty search. */
function SearchPanel({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const search = useClientSearch(text, includeArchived);
  const ids = { input: useId(), hint: useId(), list: useId() };

  const { items } = search;
  const activeIndex = Math.max(0, items.findIndex((c) => c.id === activeId));
  const active = items[activeIndex];
  const optionId = (id: string) => `${ids.list}-${id}`;

  useEffect(() => {
    if (active) document.getElementById(optionId(active.id))?.scrollIntoView({ block: 'nearest' });
  });

  function go(to: string) {
    onClose();
    navigate(to);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (items.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const next = items[(activeIndex + step + items.length) % items.length];
      if (next) setActiveId(next.id);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (active) go(`/clients/${active.id}`);
    }
  }

  const query = text.trim();
  const showEmpty = query !== '' && !search.searching && !search.error && items.length === 0;

  return (
    <div className="search">
      <div className="search-field">
        <Search size={18} aria-hidden="true" className="search-field-icon" />
        <label htmlFor={ids.input} className="visually-hidden">
          Search clients
        </label>
        <input
          id={ids.input}
          data-autofocus
          className="search-input"
          type="text"
          role="combobox"
          aria-expanded={items.length > 0}
          aria-controls={ids.list}
          aria-autocomplete="list"
          aria-activedescendant={active ? optionId(active.id) : undefined}
          aria-describedby={ids.hint}
          placeholder="Search clients by name, phone, email or birth date"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <p id={ids.hint} className="visually-hidden">
        Search clients by name, phone, email or birth date. Up and down arrows move through results; Enter opens the
        client.
      </p>

      <div className="search-results">
        <ul id={ids.list} role="listbox" aria-label="Matching clients" className="listbox">
          {items.map((c) => (
            <li
              key={c.id}
              id={optionId(c.id)}
              role="option"
              aria-selected={c.id === active?.id}
              className="listbox-option"
              onMouseMove={() => c.id !== active?.id && setActiveId(c.id)}
              onClick={() => go(`/clients/${c.id}`)}
            >
              <ClientOption client={c} />
            </li>
          ))}
        </ul>
        {query === '' && <p className="search-note">Type a name, phone number, email or birth date.</p>}
        {search.error && (
          <p className="search-note search-error" role="alert">
            {search.error}{' '}
            <button type="button" className="link-button" onClick={search.retry}>
              Retry
            </button>
          </p>
        )}
        {showEmpty && (
          <p className="search-note" role="status">
            No clients match “{search.answeredQuery || query}”
          </p>
        )}
      </div>

      <div className="search-footer">
        <label className="checkbox">
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
          Include archived
        </label>
        <span className="search-keys muted" aria-hidden="true">
          <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close
        </span>
        <button type="button" className="button button-secondary button-small" onClick={() => go('/clients/new')}>
          <Plus size={14} aria-hidden="true" />
          New client
        </button>
      </div>
    </div>
  );
}
