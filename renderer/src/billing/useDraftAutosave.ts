// Saves a draft invoice about a second after the last change, one save at a time, and once more
// when the editor closes with a change still waiting. Only a valid form is saved automatically;
// "Save" and "Issue" show what is wrong.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Invoice } from '../../../shared/schemas/billing';
import { call } from '../api';
import { messageOf } from '../hooks/useCall';
import { DraftForm, type DraftOutput, type DraftValues } from './draftForm';

const DELAY_MS = 900;

export type SaveState = { kind: 'saved'; at: Date | null } | { kind: 'pending' } | { kind: 'invalid' } | { kind: 'saving' } | { kind: 'error'; message: string };

export function useDraftAutosave(invoiceId: string, form: UseFormReturn<DraftValues, unknown, DraftOutput>, onSaved: (invoice: Invoice) => void) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<number | null>(null);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  });

  /** Queue a save of these checked values after any save in flight. */
  const save = useCallback(
    (values: DraftOutput): Promise<Invoice> => {
      setState({ kind: 'saving' });
      const next = chain.current.then(() => call('invoices/saveDraft', { id: invoiceId, ...values }));
      chain.current = next.catch(() => undefined);
      return next.then(
        (invoice) => {
          setState({ kind: 'saved', at: new Date() });
          onSavedRef.current(invoice);
          return invoice;
        },
        (error: unknown) => {
          setState({ kind: 'error', message: messageOf(error) });
          throw error;
        },
      );
    },
    [invoiceId],
  );

  const { watch, getValues } = form;
  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const parsed = DraftForm.safeParse(getValues());
    if (parsed.success) void save(parsed.data).catch(() => undefined);
    else setState({ kind: 'invalid' });
  }, [getValues, save]);

  useEffect(() => {
    const sub = watch((_values, info) => {
      if (!info.name && info.type !== 'change') return; // reset() and the like are not edits
      setState({ kind: 'pending' });
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, DELAY_MS);
    });
    return () => {
      sub.unsubscribe();
      // Leaving with a change still waiting: save it now rather than lose it.
      if (timer.current !== null) flush();
    };
  }, [watch, flush]);

  /** Stop a waiting autosave (the caller saves the same values itself). */
  const cancelPending = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  }, []);

  return { state, save, cancelPending };
}
