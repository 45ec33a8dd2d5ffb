// The full client list, a page at a time ("Show more" appends the next page).
import { useCallback, useEffect, useState } from 'react';
import type { ClientSummary } from '../../../shared/schemas/client';
import { call } from '../api';
import { messageOf } from './useCall';

export type StatusFilter = 'active' | 'archived' | 'all';

const PAGE_SIZE = 100;

interface Loaded {
  key: string;
  clients: ClientSummary[];
  total: number;
  error?: string;
}

export interface ClientList {
  clients: ClientSummary[];
  total: number;
  loading: boolean;
  loadingMore: boolean;
  error: string | undefined;
  hasMore: boolean;
  loadMore: () => void;
  retry: () => void;
}

/** `enabled` is false while a search is showing instead, so the list is not fetched for nothing. */
export function useClientList(status: StatusFilter, enabled: boolean): ClientList {
  const [nonce, setNonce] = useState(0);
  const key = `${status}:${nonce}`;
  const [loaded, setLoaded] = useState<Loaded>({ key: '', clients: [], total: 0 });
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const ask = `${status}:${nonce}`;
    call('clients/list', { status, limit: PAGE_SIZE, offset: 0 }).then(
      (page) => live && setLoaded({ key: ask, clients: page.clients, total: page.total }),
      (error: unknown) => live && setLoaded({ key: ask, clients: [], total: 0, error: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [status, nonce, enabled]);

  const current = loaded.key === key;

  const loadMore = useCallback(() => {
    setLoadingMore(true);
    call('clients/list', { status, limit: PAGE_SIZE, offset: loaded.clients.length }).then(
      (page) => {
        setLoaded((prev) =>
          prev.key === key ? { key, clients: [...prev.clients, ...page.clients], total: page.total } : prev,
        );
        setLoadingMore(false);
      },
      (error: unknown) => {
        setLoaded((prev) => (prev.key === key ? { ...prev, error: messageOf(error) } : prev));
        setLoadingMore(false);
      },
    );
  }, [status, key, loaded.clients.length]);

  const retry = useCallback(() => setNonce((n) => n + 1), []);

  return {
    clients: current ? loaded.clients : [],
    total: current ? loaded.total : 0,
    loading: !current,
    loadingMore,
    error: current ? loaded.error : undefined,
    hasMore: current && loaded.clients.length < loaded.total,
    loadMore,
    retry,
  };
}
