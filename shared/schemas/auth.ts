// Users, roles, sign-in and the lock: who is at the keyboard, and what they may open.
import { z } from 'zod';
import { id, requiredText } from './fields';

export const ROLES = ['owner', 'therapist', 'front_desk'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  therapist: 'Therapist',
  front_desk: 'Front desk',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: 'Everything, including settings, users, voiding and the audit trail.',
  therapist: 'Clinical notes, intakes and their own schedule. No voiding, no settings.',
  front_desk: 'Schedule and billing. Sees demographics and alerts, never clinical notes.',
};

/** A passcode (4+ digits) or a password: whatever the person can type quickly and keep to themselves. */
export const Passcode = z
  .string({ error: 'Passcode is required' })
  .min(4, 'Use at least 4 characters')
  .max(128, 'Use 128 characters or fewer')
  .refine((v) => v.trim().length === v.length, 'No spaces at the start or end');

/** What someone types at the lock screen: never checked for shape, only against the stored hash. */
const typedSecret = z.string({ error: 'Enter your passcode' }).min(1, 'Enter your passcode').max(128, 'That passcode is too long');

/** First run: protect the clinic with the owner's passcode (the default), or explicitly choose no sign-in. */
export const SetupAccess = z.discriminatedUnion(
  'mode',
  [
    z.object({ mode: z.literal('passcode'), passcode: Passcode }).strict(),
    z.object({ mode: z.literal('none') }).strict(),
  ],
  { error: 'Choose a passcode, or choose no sign-in' },
);
export type SetupAccess = z.output<typeof SetupAccess>;

export const UserInput = z
  .object({
    name: requiredText('Name', 80),
    role: z.enum(ROLES, { error: 'Choose a role' }),
    /** The practitioner this user charts as (therapists; an owner who treats). */
    practitionerId: id.nullable().default(null),
    passcode: Passcode,
  })
  .strict();
export type UserInput = z.output<typeof UserInput>;
export type UserFormValues = z.input<typeof UserInput>;

export const UserUpdateInput = z
  .object({
    id,
    name: requiredText('Name', 80),
    role: z.enum(ROLES, { error: 'Choose a role' }),
    practitionerId: id.nullable().default(null),
    active: z.boolean({ error: 'Active must be yes or no' }),
  })
  .strict();
export type UserUpdateInput = z.output<typeof UserUpdateInput>;

/** The owner sets anyone's passcode; anyone else changes their own and must type the current one. */
export const SetPasscodeInput = z
  .object({ id, passcode: Passcode, currentPasscode: typedSecret.optional() })
  .strict();
export type SetPasscodeInput = z.output<typeof SetPasscodeInput>;

export const SignInInput = z.object({ userId: id, passcode: typedSecret }).strict();
export type SignInInput = z.output<typeof SignInInput>;

/** The owner's way in when their passcode is lost: the recovery code printed at set-up, and why. */
export const EmergencyAccessInput = z
  .object({
    recoveryCode: z.string({ error: 'Enter the recovery code' }).trim().min(1, 'Enter the recovery code').max(64, 'That recovery code is too long'),
    reason: requiredText('Reason', 500),
  })
  .strict();
export type EmergencyAccessInput = z.output<typeof EmergencyAccessInput>;

export const HandOffInput = z.object({ clientId: id }).strict();
/** Taking the computer back from a client: the signed-in person's passcode (not needed with no sign-in). */
export const EndHandOffInput = z.object({ passcode: typedSecret.optional() }).strict();

export const SecuritySettingsInput = z
  .object({
    signInRequired: z.boolean({ error: 'Choose whether sign-in is required' }),
    lockMinutes: z
      .number({ error: 'Lock after must be a number of minutes' })
      .int('Lock after must be whole minutes')
      .min(1, 'Lock after at least 1 minute')
      .max(240, 'Lock after at most 240 minutes'),
  })
  .strict();
export type SecuritySettings = z.output<typeof SecuritySettingsInput>;

export interface UserSummary {
  id: string;
  name: string;
  role: Role;
  practitionerId: string | null;
}

export interface UserAccount extends UserSummary {
  active: boolean;
  hasPasscode: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface AuthState {
  /** False for a one-person practice that chose "no sign-in": the owner is always signed in. */
  signInRequired: boolean;
  lockMinutes: number;
  /** Who is at the keyboard; null when signed out (the sign-in screen). */
  user: UserSummary | null;
  /** Signed in but locked (idle, or the Lock button): nothing but the lock screen until the passcode. */
  locked: boolean;
  /** The computer is with a client filling in their intake: only that form until the passcode. */
  handOff: { clientId: string } | null;
  /** The owner came in through emergency access (logged): set a new passcode. */
  emergency: boolean;
}

/** Creating a user (or the owner at set-up) hands back a recovery code once, for the owner to print. */
export interface CreatedUser {
  user: UserAccount;
  recoveryCode: string | null;
}
