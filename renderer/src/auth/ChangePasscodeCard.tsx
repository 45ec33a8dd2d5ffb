// Settings → "Change my passcode", for whoever is signed in: the current one, then the new one twice.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { call } from '../api';
import { TextField } from '../components/Field';
import { ErrorBanner } from '../components/Status';
import { useToast } from '../components/Toast';
import { applyServerErrors } from '../hooks/serverErrors';
import { CallError } from '../api';
import { useAuth } from './AuthContext';
import { NewPasscodeFields } from './NewPasscodeFields';
import { ChangePasscodeForm, type ChangePasscodeValues } from './passcodeForm';

export function ChangePasscodeCard() {
  const { user } = useAuth();
  const toast = useToast();
  const [banner, setBanner] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasscodeValues, unknown, ChangePasscodeValues>({
    resolver: zodResolver(ChangePasscodeForm),
    defaultValues: { currentPasscode: '', passcode: '', confirmPasscode: '' },
  });

  const onSubmit = handleSubmit(async ({ currentPasscode, passcode }) => {
    setBanner(null);
    try {
      await call('users/setPasscode', { id: user.id, passcode, currentPasscode });
      reset();
      toast('Your new passcode is saved');
    } catch (error) {
      const message = applyServerErrors(error, setError);
      // A wrong current passcode comes back without a field: put it where it belongs.
      if (error instanceof CallError && !error.detail.fields) setError('currentPasscode', { type: 'server', message }, { shouldFocus: true });
      else if (!(error instanceof CallError && error.detail.fields)) setBanner(message);
    }
  });

  return (
    <section className="card" aria-labelledby="settings-my-passcode">
      <h2 id="settings-my-passcode" className="card-title">
        Change my passcode
      </h2>
      <p className="muted card-lead">Signed in as {user.name}. You will use the new passcode the next time Palpate locks.</p>
      <form onSubmit={onSubmit} noValidate className="form">
        {banner && <ErrorBanner message={banner} />}
        {/* The current passcode on a row of its own, the new one and its confirmation side by side. */}
        <div className="field-grid">
          <TextField
            label="Current passcode"
            type="password"
            required
            autoComplete="current-password"
            reg={register('currentPasscode')}
            error={errors.currentPasscode?.message}
          />
        </div>
        <div className="field-grid field-grid-next">
          <NewPasscodeFields register={register} errors={errors} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : 'Change passcode'}
          </button>
        </div>
      </form>
    </section>
  );
}
