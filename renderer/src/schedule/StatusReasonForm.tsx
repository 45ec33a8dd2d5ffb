// Cancel, late-cancel or mark a no-show: the reason is required (it shows in the history and in
// reports); for a series, this appointment only or this and every later one.
import { useId, useState } from 'react';
import type { AppointmentView } from '../../../shared/schemas/schedule';
import { call, CallError } from '../api';
import { ErrorBanner } from '../components/Status';
import { messageOf } from '../hooks/useCall';
import type { Scope } from './useMoveFlow';

export type ReasonStatus = 'cancelled' | 'late_cancelled' | 'no_show';

export const REASON_ACTIONS: Record<ReasonStatus, { button: string; title: string; confirm: string }> = {
  cancelled: { button: 'Cancel…', title: 'Cancel the appointment', confirm: 'Cancel appointment' },
  late_cancelled: { button: 'Late cancel…', title: 'Record a late cancellation', confirm: 'Record late cancellation' },
  no_show: { button: 'No-show…', title: 'Record a no-show', confirm: 'Record no-show' },
};

interface Props {
  appointment: AppointmentView;
  status: ReasonStatus;
  onBack: () => void;
  onDone: (view: AppointmentView, scope: Scope) => void;
}

export function StatusReasonForm({ appointment: a, status, onBack, onDone }: Props) {
  const ids = { reason: useId(), error: useId() };
  const [reason, setReason] = useState('');
  const [scope, setScope] = useState<Scope>('one');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const action = REASON_ACTIONS[status];

  async function submit() {
    if (!reason.trim()) return setFieldError('Give a reason (it shows in the history and reports)');
    setBusy(true);
    setError(null);
    try {
      onDone(await call('appointments/setStatus', { id: a.id, status, reason: reason.trim(), scope }), scope);
    } catch (e) {
      if (e instanceof CallError && e.detail.fields?.reason) setFieldError(e.detail.fields.reason);
      else setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="form reason-form"
      aria-label={action.title}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 className="details-subtitle">{action.title}</h3>
      {error && <ErrorBanner message={error} />}
      <div className="field">
        <div className="field-label">
          <label htmlFor={ids.reason}>Reason</label>
          <span className="field-required" aria-hidden="true">
            *
          </span>
        </div>
        <textarea
          id={ids.reason}
          className="input textarea textarea-short"
          rows={2}
          data-autofocus
          autoFocus
          aria-required
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? ids.error : undefined}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setFieldError(null);
          }}
        />
        {fieldError && (
          <p id={ids.error} className="field-error">
            {fieldError}
          </p>
        )}
      </div>
      {a.seriesId && (
        <fieldset className="choice-group scope-choice">
          <legend className="field-label">Which appointments</legend>
          <div className="choice-row">
            <label className="checkbox">
              <input type="radio" name="scope" checked={scope === 'one'} onChange={() => setScope('one')} />
              This appointment only
            </label>
            <label className="checkbox">
              <input type="radio" name="scope" checked={scope === 'following'} onChange={() => setScope('following')} />
              This and following
            </label>
          </div>
        </fieldset>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onBack}>
          Back
        </button>
        <button type="submit" className="button button-primary button-danger" disabled={busy}>
          {busy ? 'Saving…' : action.confirm}
        </button>
      </div>
    </form>
  );
}
