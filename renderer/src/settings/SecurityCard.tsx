// Settings → Sign-in and locking (owner only): whether a passcode is needed at all, and how long
// Palpate waits before it locks itself. Turning sign-in off is asked about first; turning it on
// when the owner has no passcode yet asks for one first.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { SecuritySettingsInput, type SecuritySettings } from '../../../shared/schemas/auth';
import { call } from '../api';
import { useAuth } from '../auth/AuthContext';
import { SetPasscodeForm } from '../auth/SetPasscodeForm';
import { Dialog } from '../components/Dialog';
import { CheckboxField, TextField } from '../components/Field';
import { ErrorBanner, Loading } from '../components/Status';
import { useToast } from '../components/Toast';
import { applyServerErrors } from '../hooks/serverErrors';
import { useCall } from '../hooks/useCall';

type Values = z.input<typeof SecuritySettingsInput>;

export function SecurityCard() {
  const settings = useCall('security/settings', {});
  return (
    <section className="card" aria-labelledby="settings-security">
      <h2 id="settings-security" className="card-title">
        Sign-in and locking
      </h2>
      {settings.error && !settings.data ? (
        <ErrorBanner message={settings.error} onRetry={settings.reload} />
      ) : !settings.data ? (
        <Loading />
      ) : (
        <SecurityForm key={JSON.stringify(settings.data)} saved={settings.data} onSaved={settings.setData} />
      )}
    </section>
  );
}

function SecurityForm({ saved, onSaved }: { saved: SecuritySettings; onSaved: (s: SecuritySettings) => void }) {
  const auth = useAuth();
  const toast = useToast();
  const [banner, setBanner] = useState<string | null>(null);
  // A save waiting for the owner: to confirm turning sign-in off, or to choose a passcode first.
  const [pending, setPending] = useState<{ values: SecuritySettings; ask: 'turn-off' | 'passcode' } | null>(null);
  const users = useCall('users/list', {});
  const ownerHasPasscode = users.data?.find((u) => u.id === auth.user.id)?.hasPasscode ?? true;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, SecuritySettings>({
    resolver: zodResolver(SecuritySettingsInput),
    defaultValues: saved,
  });

  async function save(values: SecuritySettings) {
    setBanner(null);
    try {
      const next = await call('security/saveSettings', values);
      setPending(null);
      toast(next.signInRequired ? 'Sign-in settings saved' : 'Sign-in turned off');
      await auth.refresh();
      onSaved(next);
    } catch (error) {
      setPending(null);
      setBanner(applyServerErrors(error, setError));
    }
  }

  const onSubmit = handleSubmit(async (values) => {
    if (saved.signInRequired && !values.signInRequired) return setPending({ values, ask: 'turn-off' });
    if (!saved.signInRequired && values.signInRequired && !ownerHasPasscode) return setPending({ values, ask: 'passcode' });
    await save(values);
  });

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="form">
        {banner && <ErrorBanner message={banner} />}
        <div className="field-grid">
          <CheckboxField
            label="Require a passcode to use Palpate"
            wide
            reg={register('signInRequired')}
            error={errors.signInRequired?.message}
            hint="Each person signs in with their own passcode and sees only what their role allows. Turn off only if you work alone on a private computer."
          />
          <TextField
            label="Lock after (minutes)"
            type="number"
            inputMode="numeric"
            min={1}
            max={240}
            reg={register('lockMinutes', { valueAsNumber: true })}
            error={errors.lockMinutes?.message}
            hint="Without a mouse move or key press, Palpate locks and hides every record."
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : 'Save sign-in settings'}
          </button>
        </div>
      </form>
      <Dialog
        open={pending?.ask === 'turn-off'}
        onClose={() => setPending(null)}
        title="Turn off sign-in?"
        className="dialog-small"
        description={
          <p>
            <strong>Anyone at this computer will see every record</strong>: clinical notes, intakes and billing, with no
            passcode and no lock. Other users will not be able to sign in until it is turned back on.
          </p>
        }
      >
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={() => setPending(null)} data-autofocus>
            Keep sign-in
          </button>
          <button type="button" className="button button-danger" onClick={() => pending && void save(pending.values)}>
            Turn off sign-in
          </button>
        </div>
      </Dialog>
      <Dialog
        open={pending?.ask === 'passcode'}
        onClose={() => setPending(null)}
        title="Choose your passcode first"
        className="dialog-small"
        description={<p>You have no passcode yet. Choose one now: you will need it to unlock Palpate.</p>}
      >
        <SetPasscodeForm
          userId={auth.user.id}
          label="Passcode"
          submitLabel="Save passcode and turn on sign-in"
          onCancel={() => setPending(null)}
          onSet={() => {
            users.reload();
            if (pending) void save(pending.values);
          }}
        />
      </Dialog>
    </>
  );
}
