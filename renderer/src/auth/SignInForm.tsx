// The passcode step of the lock screen: one field, Enter submits, a wrong passcode is said beside it.
import { zodResolver } from '@hookform/resolvers/zod';
import { LockOpen, LogIn } from 'lucide-react';
import { useForm } from 'react-hook-form';
import { SignInInput, ROLE_LABELS, type AuthState, type UserSummary } from '../../../shared/schemas/auth';
import { call } from '../api';
import { TextField } from '../components/Field';
import { serverMessageFor } from './serverMessage';
import { UserAvatar } from './UserAvatar';

interface Props {
  user: UserSummary;
  /** Unlocking the person who locked (keeps their screen), rather than a fresh sign-in. */
  unlocking: boolean;
  onSignedIn: (state: AuthState) => void;
}

type Values = { userId: string; passcode: string };

export function SignInForm({ user, unlocking, onSignedIn }: Props) {
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, SignInInput>({
    resolver: zodResolver(SignInInput),
    defaultValues: { userId: user.id, passcode: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    try {
      onSignedIn(await call('auth/signIn', values));
    } catch (error) {
      setValue('passcode', '');
      setError('passcode', { type: 'server', message: serverMessageFor(error, 'passcode') }, { shouldFocus: true });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="form lock-form">
      <div className="lock-who">
        <UserAvatar name={user.name} />
        <div>
          <p className="lock-who-name">{user.name}</p>
          <p className="muted lock-who-role">{ROLE_LABELS[user.role]}</p>
        </div>
      </div>
      <TextField
        label="Passcode"
        type="password"
        wide
        autoFocus
        autoComplete="current-password"
        reg={register('passcode')}
        error={errors.passcode?.message}
      />
      <button type="submit" className="button button-primary lock-submit" disabled={isSubmitting}>
        {unlocking ? <LockOpen size={16} aria-hidden="true" /> : <LogIn size={16} aria-hidden="true" />}
        {isSubmitting ? 'Checking…' : unlocking ? 'Unlock' : 'Sign in'}
      </button>
    </form>
  );
}
