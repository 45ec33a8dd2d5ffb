// Moving or resizing an appointment, however it was started (drag, keyboard): ask "this one or
// this and following" for a series, ask before booking outside opening hours, and on a clash keep
// the core's sentence (it names the other appointment) for the banner; the block stays put.
import { useState } from 'react';
import type { AppointmentView } from '../../../shared/schemas/schedule';
import { call, CallError } from '../api';
import { messageOf } from '../hooks/useCall';

export interface MoveRequest {
  appointment: AppointmentView;
  start: string;
  lengthMinutes: number;
  roomId?: string | undefined;
}

export type Scope = 'one' | 'following';

/** The core's question as a sentence: "… closed on Saturdays. Book it anyway?" (it may lack the full stop). */
export function asQuestion(message: string): string {
  return message.replace(/([^.!?])\s+Book it anyway\?$/, '$1. Book it anyway?');
}

export type MoveAsk = { kind: 'scope'; request: MoveRequest } | { kind: 'confirm'; request: MoveRequest; scope: Scope; message: string };

export interface MoveFlow {
  move: (request: MoveRequest) => void;
  ask: MoveAsk | null;
  answerScope: (scope: Scope) => void;
  confirmOutsideHours: () => void;
  dismiss: () => void;
  error: string | null;
  clearError: () => void;
  busy: boolean;
}

export function useMoveFlow(onMoved: (view: AppointmentView, request: MoveRequest, scope: Scope) => void): MoveFlow {
  const [ask, setAsk] = useState<MoveAsk | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function commit(request: MoveRequest, scope: Scope, confirm: boolean) {
    setBusy(true);
    try {
      const view = await call('appointments/move', {
        id: request.appointment.id,
        start: request.start,
        lengthMinutes: request.lengthMinutes,
        ...(request.roomId && request.roomId !== request.appointment.roomId ? { roomId: request.roomId } : {}),
        confirmOutsideHours: confirm,
        scope,
      });
      setAsk(null);
      onMoved(view, request, scope);
    } catch (e) {
      if (e instanceof CallError && e.detail.code === 'needs_confirmation') {
        setAsk({ kind: 'confirm', request, scope, message: asQuestion(e.message) });
      } else {
        setAsk(null);
        setError(messageOf(e));
      }
    } finally {
      setBusy(false);
    }
  }

  return {
    move: (request) => {
      setError(null);
      if (request.appointment.seriesId) setAsk({ kind: 'scope', request });
      else void commit(request, 'one', false);
    },
    ask,
    answerScope: (scope) => {
      if (ask) void commit(ask.request, scope, false);
    },
    confirmOutsideHours: () => {
      if (ask?.kind === 'confirm') void commit(ask.request, ask.scope, true);
    },
    dismiss: () => setAsk(null),
    error,
    clearError: () => setError(null),
    busy,
  };
}
