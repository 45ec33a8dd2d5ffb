// "New passcode" and "Confirm new passcode", with their errors beside them.
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { TextField } from '../components/Field';
import { PASSCODE_HINT } from './passcodeForm';

type WithNew = { passcode: string; confirmPasscode: string };

interface Props<T extends WithNew> {
  register: UseFormRegister<T>;
  errors: FieldErrors<WithNew>;
  /** "New passcode" when replacing one, "Passcode" for a new person. */
  label?: string;
  autoFocus?: boolean;
}

export function NewPasscodeFields<T extends WithNew>({ register, errors, label = 'New passcode', autoFocus }: Props<T>) {
  const reg = register as unknown as UseFormRegister<WithNew>;
  return (
    <>
      <TextField
        label={label}
        type="password"
        required
        autoComplete="new-password"
        data-autofocus={autoFocus ? true : undefined}
        autoFocus={autoFocus}
        reg={reg('passcode')}
        error={errors.passcode?.message}
        hint={PASSCODE_HINT}
      />
      <TextField
        label={`Confirm ${label.toLowerCase()}`}
        type="password"
        required
        autoComplete="new-password"
        reg={reg('confirmPasscode')}
        error={errors.confirmPasscode?.message}
      />
    </>
  );
}
