// Form schemas for choosing a passcode: the shared Passcode rule, typed twice so a slip of the
// finger does not lock someone out. The confirm field lives only in the form, never in the call.
import { z } from 'zod';
import { Passcode, SignInInput } from '../../../shared/schemas/auth';

/** What someone types to prove who they are (never checked for shape, only against the hash). */
export const TypedPasscode = SignInInput.shape.passcode;

/** The shared Passcode rule, with a plainer word for an empty field. */
export const ChosenPasscode = z.string().min(1, 'Choose a passcode').pipe(Passcode);

/** Adds "type it again" to a form with `passcode` and `confirmPasscode`. */
export function passcodesMatch(values: { passcode: string; confirmPasscode: string }, ctx: z.RefinementCtx): void {
  if (!ChosenPasscode.safeParse(values.passcode).success) return; // the passcode's own error says what to fix
  if (values.confirmPasscode === '') {
    ctx.addIssue({ code: 'custom', path: ['confirmPasscode'], message: 'Type the passcode again' });
  } else if (values.confirmPasscode !== values.passcode) {
    ctx.addIssue({ code: 'custom', path: ['confirmPasscode'], message: 'The two passcodes are not the same' });
  }
}

export const NewPasscodeForm = z
  .object({ passcode: ChosenPasscode, confirmPasscode: z.string() })
  .superRefine(passcodesMatch);
export type NewPasscodeValues = z.input<typeof NewPasscodeForm>;

export const ChangePasscodeForm = z
  .object({ currentPasscode: TypedPasscode, passcode: ChosenPasscode, confirmPasscode: z.string() })
  .superRefine(passcodesMatch);
export type ChangePasscodeValues = z.input<typeof ChangePasscodeForm>;

export const PASSCODE_HINT = 'At least 4 characters. Digits are quickest to type between clients.';
