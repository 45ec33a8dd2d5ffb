// Loads one contract method's result for a screen, with loading, error and retry.
import { useCallback, useEffect, useState } from 'react';
import type { InputOf, Method, ResultOf } from '../../../shared/contract';
import { call, CallError } from '../api';

export interface CallState<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  /** Fetch again (after an error, or after something changed elsewhere). */
  reload: () => void;
  /** Replace the loaded value locally, e.g. with what a save returned. */
  setData: (value: T) => void;
}

/** A readable sentence for anything a call may throw. */
export function messageOf(error: unknown): string {
  if (error instanceof CallError) return error.message;
  return 'Something went wrong. Try again.';
}

interface Settled<T> {
  key: string;
  /** The method and input alone (no retry counter): data for the same question stays on screen. */
  question: string;
  data?: T;
  error?: string;
}

/**
 * Calls `method` with `input` whenever the input's value changes. Inputs are plain JSON (they
 * cross IPC), so the serialised input doubles as the request key; responses for an older key are
 * dropped, so a slow answer never overwrites a newer one.
 */
export function useCall<M extends Method>(method: M, input: InputOf<M>): CallState<ResultOf<M>> {
  const [nonce, setNonce] = useState(0);
  const question = JSON.stringify([method, input]);
  const key = `${nonce}:${question}`;
  const [settled, setSettled] = useState<Settled<ResultOf<M>>>({ key: '', question: '' });

  useEffect(() => {
    let live = true;
    const question = key.slice(key.indexOf(':') + 1);
    const [m, i] = JSON.parse(question) as [M, InputOf<M>];
    call(m, i).then(
      (data) => live && setSettled({ key, question, data }),
      (error: unknown) => live && setSettled({ key, question, error: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [key]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const setData = useCallback((data: ResultOf<M>) => setSettled({ key, question, data }), [key, question]);
  const current = settled.key === key;
  return {
    // A reload keeps the old answer on screen until the new one arrives (no flicker); a different
    // question (another client) never shows the previous answer.
    data: settled.question === question ? settled.data : undefined,
    error: current ? settled.error : undefined,
    loading: !current,
    reload,
    setData,
  };
}
