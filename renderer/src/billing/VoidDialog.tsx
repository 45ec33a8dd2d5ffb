// Void an issued invoice: it keeps its number, stays listed, and prints VOID. A reason is required.
import { useId, useState } from 'react';
import type { Invoice } from '../../../shared/schemas/billing';
import { call } from '../api';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/Status';
import { messageOf } from '../hooks/useCall';

export function VoidDialog({ invoice, open, onClose, onVoided }: { invoice: Invoice; open: boolean; onClose: () => void; onVoided: (invoice: Invoice) => void }) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Void ${invoice.number}?`}
      description="A void invoice keeps its number and stays in the list, marked VOID. To correct it, create a new invoice."
    >
      <VoidForm invoice={invoice} onCancel={onClose} onVoided={onVoided} />
    </Dialog>
  );
}

function VoidForm({ invoice, onCancel, onVoided }: { invoice: Invoice; onCancel: () => void; onVoided: (invoice: Invoice) => void }) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (!reason.trim()) {
      setFieldError('Say why it is void (it prints on the invoice)');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onVoided(await call('invoices/void', { id: invoice.id, reason: reason.trim() }));
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {error && <ErrorBanner message={error} />}
      <div className="field">
        <div className="field-label">
          <label htmlFor={id}>Reason</label>
          <span className="field-required" aria-hidden="true">
            *
          </span>
        </div>
        <textarea
          id={id}
          className="input textarea"
          rows={3}
          data-autofocus
          aria-required
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${id}-error` : undefined}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setFieldError(null);
          }}
          placeholder="e.g. Billed to the wrong payer"
        />
        {fieldError && (
          <p id={`${id}-error`} className="field-error">
            {fieldError}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-void" disabled={busy}>
          {busy ? 'Voiding…' : 'Void invoice'}
        </button>
      </div>
    </form>
  );
}
