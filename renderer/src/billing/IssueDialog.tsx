// "Issue INV-00007?" — the last look before a draft becomes a numbered, locked invoice.
import { useState } from 'react';
import { Dialog } from '../components/Dialog';

export function IssueDialog({ number, onCancel, onConfirm }: { number: string | null; onCancel: () => void; onConfirm: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={number !== null}
      onClose={onCancel}
      title={`Issue ${number ?? 'this invoice'}?`}
      description="An issued invoice cannot be edited; corrections are made by voiding and reissuing."
      className="dialog-small"
    >
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel} data-autofocus>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onConfirm().finally(() => setBusy(false));
          }}
        >
          {busy ? 'Issuing…' : 'Issue invoice'}
        </button>
      </div>
    </Dialog>
  );
}
