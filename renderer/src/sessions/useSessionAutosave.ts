// Autosave for a draft note (DESIGN.md: a draft is at most ~1 s behind the screen). Changes are
// debounced; saves run one at a time through a queue; a save identical to the last one is skipped;
// leaving the screen, hiding the window or closing it saves at once.
import { useEffect, useRef, useState } from 'react';
import { SessionContent } from '../../../shared/schemas/session';
import { call } from '../api';
import { messageOf } from '../hooks/useCall';
import { draftContent, type FieldProblem, type SessionFormValues } from './sessionForm';

/** Short enough that typing plus the save stays within about a second. */
export const AUTOSAVE_MS = 600;

export type SaveStatus =
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date; skipped: FieldProblem[] }
  | { kind: 'failed'; message: string };

interface Options {
  sessionId: string;
  initial: SessionContent;
  savedAt: string;
  getValues: () => SessionFormValues;
  /** The fields that could not be saved as typed (empty when all is well). */
  onProblems: (problems: FieldProblem[]) => void;
  onSaved?: () => void;
}

export interface Autosave {
  status: SaveStatus;
  /** Restart the debounce timer (call after any change). */
  schedule: () => void;
  /** Save what is on screen now; resolves when this save (and any before it) is done. */
  saveNow: () => Promise<void>;
  /** Wait for pending saves, then stop saving (before signing). `unlock` undoes it. */
  lock: () => Promise<void>;
  unlock: () => void;
}

export function useSessionAutosave({ sessionId, initial, savedAt, getValues, onProblems, onSaved }: Options): Autosave {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: new Date(savedAt), skipped: [] });
  // Refs, not state: saving must not re-render the form, and the queue outlives renders.
  const timer = useRef<number | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const locked = useRef(false);
  // As the schema outputs it (its key order), so an untouched note compares equal and is not re-saved.
  const [normalized] = useState(() => SessionContent.safeParse(initial).data ?? initial);
  const lastGood = useRef(normalized);
  const lastSaved = useRef(JSON.stringify(normalized));
  const latest = useRef({ getValues, onProblems, onSaved });
  useEffect(() => {
    latest.current = { getValues, onProblems, onSaved };
  });

  const [api] = useState((): Omit<Autosave, 'status'> => {
    const saveNow = (): Promise<void> => {
      window.clearTimeout(timer.current);
      timer.current = undefined;
      queue.current = queue.current.then(async () => {
        if (locked.current) return;
        const { content, problems } = draftContent(latest.current.getValues(), lastGood.current);
        latest.current.onProblems(problems);
        lastGood.current = content;
        const json = JSON.stringify(content);
        if (json === lastSaved.current) {
          setStatus((s) => (s.kind === 'saved' ? { ...s, skipped: problems } : s));
          return;
        }
        setStatus({ kind: 'saving' });
        try {
          const saved = await call('sessions/saveDraft', { id: sessionId, ...content });
          lastSaved.current = json;
          setStatus({ kind: 'saved', at: new Date(saved.updatedAt), skipped: problems });
          latest.current.onSaved?.();
        } catch (error) {
          setStatus({ kind: 'failed', message: messageOf(error) });
        }
      });
      return queue.current;
    };
    return {
      schedule: () => {
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => void saveNow(), AUTOSAVE_MS);
      },
      saveNow,
      lock: async () => {
        await saveNow();
        locked.current = true;
      },
      unlock: () => {
        locked.current = false;
      },
    };
  });

  // Best effort when the window hides or closes (a killed app keeps what was saved a moment ago),
  // and always when the screen goes away (another route).
  useEffect(() => {
    const { saveNow } = api;
    const pending = () => timer.current !== undefined;
    const onHide = () => {
      if (document.visibilityState === 'hidden' && pending()) void saveNow();
    };
    const onUnload = () => {
      if (pending()) void saveNow();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onUnload);
      if (pending()) void saveNow();
    };
  }, [api]);

  return { ...api, status };
}
