// "Sign this note?": who signs (the session's practitioner unless changed), and a last word on
// what signing means. The caller does the signing and reports a failure here.
import { useState } from 'react';
import type { Practitioner } from '../../../shared/schemas/clinic';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/Status';
import { practitionerName } from './useSessions';

interface Props {
  open: boolean;
  practitioners: Practitioner[];
  defaultSigner: string;
  busy: boolean;
  error: string | null;
  onClose: () => void;
  onSign: (signedBy: string) => void;
}

export function SignDialog({ open, onClose, ...rest }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title="Sign this note?" className="dialog-small" description={<p>Signed notes cannot be changed; corrections are added as addenda.</p>}>
      <SignForm onClose={onClose} {...rest} />
    </Dialog>
  );
}

function SignForm({ practitioners, defaultSigner, busy, error, onClose, onSign }: Omit<Props, 'open'>) {
  const [signer, setSigner] = useState(defaultSigner);
  const choices = practitioners.filter((p) => p.active || p.id === defaultSigner);
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        onSign(signer);
      }}
    >
      {error && <ErrorBanner message={error} />}
      <div className="field">
        <div className="field-label">
          <label htmlFor="sign-signer">Signed by</label>
        </div>
        <select id="sign-signer" className="input select" value={signer} onChange={(e) => setSigner(e.target.value)}>
          {choices.map((p) => (
            <option key={p.id} value={p.id}>
              {practitionerName(p)}
            </option>
          ))}
        </select>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy || !signer} data-autofocus>
          {busy ? 'Signing…' : 'Sign'}
        </button>
      </div>
    </form>
  );
}
