// The top of the screen while the client holds the computer: whose form this is, and the one way
// back to the chart — "Return to therapist", which asks first so a client does not end up in it.
import { Undo2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Dialog } from '../components/Dialog';

interface Props {
  clientName: string;
  signed: boolean;
  onReturn: () => void;
}

export function HandOffBar({ clientName, signed, onReturn }: Props) {
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Keyboard and screen-reader users start at the top of the client's form.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <div className="hand-off-bar">
      <div>
        <h1 ref={headingRef} tabIndex={-1}>
          Health history for {clientName}
        </h1>
        <p className="muted">
          {signed
            ? 'Thank you. Your intake is signed — please hand the computer back to your therapist.'
            : 'Please answer the questions below, then read the consent statement and sign at the end. Your answers are saved as you go.'}
        </p>
      </div>
      <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
        <Undo2 size={16} aria-hidden="true" />
        Return to therapist
      </button>
      {/* There are no user passcodes yet: a confirm step guards the way back. Issue 7 (users and
          security) replaces it with the therapist's passcode. */}
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Return to therapist?"
        className="dialog-small"
        description={<p>This closes the client’s form and opens the full chart. Therapist: confirm to take the computer back.</p>}
      >
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={() => setConfirming(false)} data-autofocus>
            Keep filling in
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setConfirming(false);
              onReturn();
            }}
          >
            Return to therapist
          </button>
        </div>
      </Dialog>
    </div>
  );
}
