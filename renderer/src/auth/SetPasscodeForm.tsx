// "Choose a new passcode" (typed twice), saved with users/setPasscode: the owner resetting someone's,
// the owner setting their own before turning sign-in on, and the owner after emergency access.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { call } from '../api';
import { ErrorBanner } from '../components/Status';
import { applyServerErrors } from '../hooks/serverErrors';
import { NewPasscodeFields } from './NewPasscodeFields';
import { NewPasscodeForm, type NewPasscodeValues } from './passcodeForm';

interface Props {
  userId: string;
  /** A sentence above the fields (what happens to the old passcode). */
  lead?: ReactNode;
  /** The first field's label; the default is "New passcode". */
  label?: string;
  submitLabel: string;
  cancelLabel?: string;
  onCancel: () => void;
  onSet: () => void | Promise<void>;
}

export function SetPasscodeForm({ userId, lead, label, submitLabel, cancelLabel = 'Cancel', onCancel, onSet }: Props) {
  const [banner, setBanner] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<NewPasscodeValues, unknown, NewPasscodeValues>({
    resolver: zodResolver(NewPasscodeForm),
    defaultValues: { passcode: '', confirmPasscode: '' },
  });
  const submit = handleSubmit(async ({ passcode }) => {
    setBanner(null);
    try {
      await call('users/setPasscode', { id: userId, passcode });
      await onSet();
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });
  return (
    <form onSubmit={submit} noValidate className="form">
      {banner && <ErrorBanner message={banner} />}
      {lead}
      <div className="field-grid field-grid-single">
        <NewPasscodeFields register={register} errors={errors} autoFocus {...(label ? { label } : {})} />
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
