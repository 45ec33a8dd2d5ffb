// Emergency access: the owner's way in when their passcode is lost — the recovery code printed at
// set-up, and a reason. The core records both in the audit trail; afterwards Palpate asks the
// owner for a new passcode.
import { zodResolver } from '@hookform/resolvers/zod';
import { ShieldAlert } from 'lucide-react';
import { useForm } from 'react-hook-form';
import { EmergencyAccessInput, type AuthState } from '../../../shared/schemas/auth';
import { call } from '../api';
import { TextAreaField, TextField } from '../components/Field';
import { ErrorBanner } from '../components/Status';
import { applyServerErrors } from '../hooks/serverErrors';
import { CallError } from '../api';
import { useState } from 'react';

type Values = { recoveryCode: string; reason: string };

export function EmergencyForm({ onSignedIn, onBack }: { onSignedIn: (state: AuthState) => void; onBack: () => void }) {
  const [banner, setBanner] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, EmergencyAccessInput>({
    resolver: zodResolver(EmergencyAccessInput),
    defaultValues: { recoveryCode: '', reason: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setBanner(null);
    try {
      onSignedIn(await call('auth/emergency', values));
    } catch (error) {
      const message = applyServerErrors(error, setError);
      // A wrong code is the usual failure: say it beside the code, where the owner is looking.
      if (error instanceof CallError && !error.detail.fields) {
        setError('recoveryCode', { type: 'server', message }, { shouldFocus: true });
      } else if (!(error instanceof CallError)) {
        setBanner(message);
      }
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="form lock-form">
      {banner && <ErrorBanner message={banner} />}
      <div className="field-grid">
        <TextField
          label="Recovery code"
          wide
          autoFocus
          autoComplete="off"
          spellCheck={false}
          className="input recovery-input"
          reg={register('recoveryCode')}
          error={errors.recoveryCode?.message}
          hint="The code printed (or written down) when Palpate was set up."
        />
        <TextAreaField
          label="Reason"
          rows={3}
          reg={register('reason')}
          error={errors.reason?.message}
          hint="For example: “Forgot my passcode after the holidays”. Kept in the audit trail."
        />
      </div>
      <button type="submit" className="button button-primary lock-submit" disabled={isSubmitting}>
        <ShieldAlert size={16} aria-hidden="true" />
        {isSubmitting ? 'Checking…' : 'Open Palpate as the owner'}
      </button>
      <button type="button" className="link-button" onClick={onBack}>
        Back to sign-in
      </button>
    </form>
  );
}
