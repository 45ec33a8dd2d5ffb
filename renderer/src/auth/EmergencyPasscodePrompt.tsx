// After emergency access the owner is asked, once per visit, to choose a new passcode: the old one
// is lost, and the recovery code is for emergencies only.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { call } from '../api';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/Status';
import { applyServerErrors } from '../hooks/serverErrors';
import { useAuth } from './AuthContext';
import { NewPasscodeFields } from './NewPasscodeFields';
import { NewPasscodeForm, type NewPasscodeValues } from './passcodeForm';

export function EmergencyPasscodePrompt() {
  const auth = useAuth();
  const [later, setLater] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<NewPasscodeValues, unknown, { passcode: string; confirmPasscode: string }>({
    resolver: zodResolver(NewPasscodeForm),
    defaultValues: { passcode: '', confirmPasscode: '' },
  });

  const onSubmit = handleSubmit(async ({ passcode }) => {
    setBanner(null);
    try {
      await call('users/setPasscode', { id: auth.user.id, passcode });
      setLater(true);
      await auth.refresh();
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });

  return (
    <Dialog
      open={!later}
      onClose={() => setLater(true)}
      title="Choose a new passcode"
      className="dialog-small"
      description={
        <p>
          You came in with the recovery code, and that was recorded. Choose a new passcode now, so you can sign in
          the usual way next time.
        </p>
      }
    >
      <form onSubmit={onSubmit} noValidate className="form">
        {banner && <ErrorBanner message={banner} />}
        <div className="field-grid field-grid-single">
          <NewPasscodeFields register={register} errors={errors} autoFocus />
        </div>
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={() => setLater(true)}>
            Later
          </button>
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : 'Save new passcode'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
