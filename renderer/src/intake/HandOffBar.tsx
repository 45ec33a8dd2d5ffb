// The top of the screen while the client holds the computer: whose form this is, and the one way
// back to the chart — "Return to therapist", which asks first so a client does not end up in it:
// with sign-in, for the signed-in person's passcode; with no sign-in, a confirm.
import { zodResolver } from '@hookform/resolvers/zod';
import { Undo2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { TypedPasscode } from '../auth/passcodeForm';
import { serverMessageFor } from '../auth/serverMessage';
import { Dialog } from '../components/Dialog';
import { TextField } from '../components/Field';

interface Props {
  clientName: string;
  signed: boolean;
  /** The signed-in person whose passcode ends the hand-off; null with no sign-in. */
  passcodeFor: string | null;
  /** Resolves when the therapist has the computer back; throws CallError (a wrong passcode). */
  onReturn: (passcode?: string) => Promise<void>;
}

export function HandOffBar({ clientName, signed, passcodeFor, onReturn }: Props) {
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
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Return to therapist?"
        className="dialog-small"
        description={
          <p>
            {passcodeFor
              ? `This closes the client’s form and opens the full chart. ${passcodeFor}: type your passcode to take the computer back.`
              : 'This closes the client’s form and opens the full chart. Therapist: confirm to take the computer back.'}
          </p>
        }
      >
        <ReturnForm key={String(confirming)} needsPasscode={passcodeFor !== null} onCancel={() => setConfirming(false)} onReturn={onReturn} />
      </Dialog>
    </div>
  );
}

const ReturnInput = z.object({ passcode: TypedPasscode });
const NoPasscode = z.object({ passcode: z.string() });
type ReturnValues = { passcode: string };

function ReturnForm({ needsPasscode, onCancel, onReturn }: { needsPasscode: boolean; onCancel: () => void; onReturn: Props['onReturn'] }) {
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<ReturnValues>({
    resolver: zodResolver(needsPasscode ? ReturnInput : NoPasscode),
    defaultValues: { passcode: '' },
  });

  const onSubmit = handleSubmit(async ({ passcode }) => {
    try {
      await onReturn(needsPasscode ? passcode : undefined);
    } catch (error) {
      setValue('passcode', '');
      setError('passcode', { type: 'server', message: serverMessageFor(error, 'passcode') }, { shouldFocus: needsPasscode });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      {needsPasscode ? (
        <TextField label="Passcode" type="password" autoComplete="current-password" data-autofocus reg={register('passcode')} error={errors.passcode?.message} />
      ) : (
        errors.passcode?.message && (
          <p className="field-error" role="alert">
            {errors.passcode.message}
          </p>
        )
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel} data-autofocus={needsPasscode ? undefined : true}>
          Keep filling in
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          Return to therapist
        </button>
      </div>
    </form>
  );
}
