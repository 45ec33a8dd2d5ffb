// The client list: filter as you type, by status, a page at a time.
import { FileUp, Search, UserPlus, Users } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMay } from '../auth/AuthContext';
import { ClientTable } from '../client/ClientTable';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorBanner, Loading } from '../components/Status';
import { useCall } from '../hooks/useCall';
import { useClientList, type StatusFilter } from '../hooks/useClientList';
import { useClientSearch } from '../hooks/useClientSearch';
import { isModalOpen, isTypingTarget, useKeydown } from '../hooks/useShortcut';
import { StatusFilterControl } from '../client/StatusFilterControl';

const SEARCH_LIMIT = 50;

function parseStatus(value: string | null): StatusFilter {
  return value === 'archived' || value === 'all' ? value : 'active';
}

export function ClientsScreen() {
  const navigate = useNavigate();
  const may = useMay();
  const [params, setParams] = useSearchParams();
  // Filters live in local state (typing must never lag, and router updates are transitions); the
  // URL keeps a copy so Back from a client returns to the same filtered list.
  const [text, setText] = useState(() => params.get('q') ?? '');
  const [status, setStatus] = useState(() => parseStatus(params.get('status')));
  const searching = text.trim() !== '';

  const list = useClientList(status, !searching);
  const search = useClientSearch(text, status !== 'active', SEARCH_LIMIT);
  const everyone = useCall('clients/list', { status: 'all', limit: 1, offset: 0 });

  useKeydown((e) => {
    if (e.key.toLowerCase() === 'n' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTypingTarget(e.target) && !isModalOpen()) {
      e.preventDefault();
      navigate('/clients/new');
    }
  });

  function update(next: { q?: string; status?: StatusFilter }) {
    const q = next.q ?? text;
    const s = next.status ?? status;
    const p = new URLSearchParams();
    if (q) p.set('q', q);
    if (s !== 'active') p.set('status', s);
    setParams(p, { replace: true });
  }

  const rows = searching
    ? search.items.filter((c) => status !== 'archived' || c.status === 'archived')
    : list.clients;
  const loading = searching ? search.searching && search.items.length === 0 : list.loading;
  const error = searching ? search.error : list.error;
  const noClientsAtAll = everyone.data?.total === 0;

  return (
    <div className="page page-wide">
      <PageHeader
        title="Clients"
        subtitle={noClientsAtAll || error ? undefined : summary(searching, loading, rows.length, list.total, status)}
        actions={
          <>
            {may('clients/importPreview') && (
              <Link to="/clients/import" className="button button-secondary">
                <FileUp size={16} aria-hidden="true" />
                Import from CSV
              </Link>
            )}
            <Link to="/clients/new" className="button button-primary" aria-keyshortcuts="N">
              <UserPlus size={16} aria-hidden="true" />
              New client
            </Link>
          </>
        }
      />

      <div className="toolbar">
        <div className="filter-field">
          <Search size={16} aria-hidden="true" className="filter-icon" />
          <label htmlFor="client-filter" className="visually-hidden">
            Filter clients
          </label>
          <input
            id="client-filter"
            className="input filter-input"
            type="search"
            placeholder="Filter by name, phone, email or birth date"
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              update({ q: e.target.value });
            }}
          />
        </div>
        <StatusFilterControl
          value={status}
          onChange={(s) => {
            setStatus(s);
            update({ status: s });
          }}
        />
      </div>

      {error ? (
        <ErrorBanner message={error} onRetry={searching ? search.retry : list.retry} />
      ) : loading ? (
        <Loading />
      ) : rows.length === 0 ? (
        <div className="card">
          {noClientsAtAll ? (
            <EmptyState
              icon={<Users size={28} />}
              title="No clients yet — add your first client"
              actions={
                <>
                  <Link to="/clients/new" className="button button-primary">
                    <UserPlus size={16} aria-hidden="true" />
                    Add your first client
                  </Link>
                  {may('clients/importPreview') && (
                    <Link to="/clients/import" className="button button-secondary">
                      <FileUp size={16} aria-hidden="true" />
                      Import from a spreadsheet (CSV)
                    </Link>
                  )}
                </>
              }
            >
              <p>Clients you add appear here, and in search from anywhere.</p>
            </EmptyState>
          ) : (
            <EmptyState icon={<Search size={28} />} title={emptyTitle(searching, text.trim(), status)}>
              <p>
                {status === 'active'
                  ? 'Check the spelling, or choose “All” to include archived clients.'
                  : 'Check the spelling, or add them as a new client.'}
              </p>
            </EmptyState>
          )}
        </div>
      ) : (
        <>
          <ClientTable clients={rows} />
          {searching && rows.length >= SEARCH_LIMIT && (
            <p className="table-note muted">Showing the first {SEARCH_LIMIT} matches. Type more to narrow the list.</p>
          )}
          {!searching && list.hasMore && (
            <div className="table-more">
              <button type="button" className="button button-secondary" onClick={list.loadMore} disabled={list.loadingMore}>
                {list.loadingMore ? 'Loading…' : `Show more (${list.total - list.clients.length} more)`}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

/** The line under the heading; a non-breaking space while loading keeps the layout still. */
function summary(searching: boolean, loading: boolean, shown: number, total: number, status: StatusFilter): string {
  if (loading) return '\u00a0';
  if (searching) return `${shown} match${shown === 1 ? '' : 'es'}`;
  const kind = status === 'all' ? '' : `${status} `;
  return `${total} ${kind}client${total === 1 ? '' : 's'}${shown < total ? `, ${shown} shown` : ''}`;
}

function emptyTitle(searching: boolean, query: string, status: StatusFilter): string {
  if (searching) return `No ${status === 'all' ? '' : `${status} `}clients match “${query}”`;
  return status === 'archived' ? 'No archived clients' : status === 'active' ? 'No active clients' : 'No clients';
}
