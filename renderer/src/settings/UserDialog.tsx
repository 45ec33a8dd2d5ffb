// Add a person who signs in, edit them (name, role, practitioner, active), or set a new passcode
// for them. Adding an owner hands back a recovery code, shown here once.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch, type UseFormRegister, type UseFormRegisterReturn } from 'react-hook-form';
import { z } from 'zod';
import {
  ROLE_DESCRIPTIONS,
  ROLE_LABELS,
  ROLES,
  UserInput,
  UserUpdateInput,
  type Role,
  type UserAccount,
} from '../../../shared/schemas/auth';
import type { Practitioner } from '../../../shared/schemas/clinic';
import { call } from '../api';
import { NewPasscodeFields } from '../auth/NewPasscodeFields';
import { ChosenPasscode, passcodesMatch } from '../auth/passcodeForm';
import { SetPasscodeForm } from '../auth/SetPasscodeForm';
import { RecoveryCode } from '../auth/RecoveryCode';
import { useClinic } from '../ClinicContext';
import { Dialog } from '../components/Dialog';
import { CheckboxField, SelectField, TextField } from '../components/Field';
import { ErrorBanner } from '../components/Status';
import { applyServerErrors } from '../hooks/serverErrors';
import { useSaveShortcut } from '../hooks/useShortcut';

export type UserEditing = null | { kind: 'new' } | { kind: 'edit'; user: UserAccount } | { kind: 'passcode'; user: UserAccount };

interface Props {
  editing: UserEditing;
  practitioners: Practitioner[];
  /** Each practitioner charts as one user: practitioner id → the user linked to it. */
  linkedTo: ReadonlyMap<string, string>;
  /** The signed-in owner: they cannot deactivate themselves or take away their own ownership. */
  selfId: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}

export function UserDialog({ editing, practitioners: all, linkedTo, selfId, onClose, onSaved }: Props) {
  const editingId = editing && editing.kind !== 'new' ? editing.user.id : null;
  // Offer only practitioners nobody else charts as (the core refuses a second link).
  const practitioners = all.filter((p) => {
    const user = linkedTo.get(p.id);
    return user === undefined || user === editingId;
  });
  const [recovery, setRecovery] = useState<{ code: string; name: string } | null>(null);
  const { clinic } = useClinic();
  const title = recovery
    ? 'Recovery code for the new owner'
    : editing?.kind === 'edit'
      ? `Edit ${editing.user.name}`
      : editing?.kind === 'passcode'
        ? `New passcode for ${editing.user.name}`
        : 'Add user';
  const close = () => {
    setRecovery(null);
    onClose();
  };
  return (
    <Dialog open={editing !== null || recovery !== null} onClose={recovery ? () => undefined : close} title={title} className={editing?.kind === 'passcode' ? 'dialog-small' : undefined}>
      {recovery ? (
        <RecoveryCode code={recovery.code} ownerName={recovery.name} clinicName={clinic.name} onDone={close} />
      ) : editing?.kind === 'new' ? (
        <NewUserForm
          practitioners={practitioners}
          onCancel={close}
          onCreated={(user, code) => {
            onSaved(`${user.name} can now sign in`);
            if (code) setRecovery({ code, name: user.name });
          }}
        />
      ) : editing?.kind === 'edit' ? (
        <EditUserForm key={editing.user.id} user={editing.user} isSelf={editing.user.id === selfId} practitioners={practitioners} onCancel={close} onSaved={(u) => onSaved(`${u.name} saved`)} />
      ) : editing?.kind === 'passcode' ? (
        <SetPasscodeForm
          key={editing.user.id}
          userId={editing.user.id}
          lead={<p className="muted dialog-lead">The old passcode stops working at once. Tell {editing.user.name} the new one.</p>}
          submitLabel="Save passcode"
          onCancel={close}
          onSet={() => onSaved(`New passcode saved for ${editing.user.name}`)}
        />
      ) : null}
    </Dialog>
  );
}

const NewUserForm_ = UserInput.extend({ passcode: ChosenPasscode, confirmPasscode: z.string() })
  .superRefine(passcodesMatch)
  .transform(({ confirmPasscode: _, ...user }) => (user.role === 'front_desk' ? { ...user, practitionerId: null } : user));
type NewUserValues = z.input<typeof NewUserForm_>;

const emptyToNull = (v: unknown) => (v === '' ? null : v);

function NewUserForm({ practitioners, onCancel, onCreated }: { practitioners: Practitioner[]; onCancel: () => void; onCreated: (user: UserAccount, recoveryCode: string | null) => void }) {
  const [banner, setBanner] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<NewUserValues, unknown, UserInput>({
    resolver: zodResolver(NewUserForm_),
    defaultValues: { name: '', role: 'therapist', practitionerId: null, passcode: '', confirmPasscode: '' },
  });
  const role = useWatch({ control, name: 'role' });
  const submit = handleSubmit(async (values) => {
    setBanner(null);
    try {
      const created = await call('users/create', values);
      onCreated(created.user, created.recoveryCode);
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });
  useSaveShortcut(() => void submit(), { inDialog: true });

  return (
    <form onSubmit={submit} noValidate className="form">
      {banner && <ErrorBanner message={banner} />}
      <div className="field-grid">
        <TextField label="Name" required wide data-autofocus reg={register('name')} error={errors.name?.message} hint="As it appears on the sign-in screen." />
        <RoleChoice register={register as unknown as UseFormRegister<{ role: Role }>} error={errors.role?.message} />
        <PractitionerChoice role={role} reg={register('practitionerId', { setValueAs: emptyToNull })} practitioners={practitioners} error={errors.practitionerId?.message} />
        <NewPasscodeFields register={register} errors={errors} label="Passcode" />
      </div>
      <p className="field-hint">Tell them their passcode; they can change it in Settings once signed in.</p>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Adding…' : 'Add user'}
        </button>
      </div>
    </form>
  );
}

const EditUserForm_ = UserUpdateInput.transform((user) => (user.role === 'front_desk' ? { ...user, practitionerId: null } : user));
type EditUserValues = z.input<typeof EditUserForm_>;

function EditUserForm({ user, isSelf, practitioners, onCancel, onSaved }: { user: UserAccount; isSelf: boolean; practitioners: Practitioner[]; onCancel: () => void; onSaved: (user: UserAccount) => void }) {
  const [banner, setBanner] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EditUserValues, unknown, UserUpdateInput>({
    resolver: zodResolver(EditUserForm_),
    defaultValues: { id: user.id, name: user.name, role: user.role, practitionerId: user.practitionerId, active: user.active },
  });
  const role = useWatch({ control, name: 'role' });
  const submit = handleSubmit(async (values) => {
    setBanner(null);
    try {
      onSaved(await call('users/update', values));
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });
  useSaveShortcut(() => void submit(), { inDialog: true });

  return (
    <form onSubmit={submit} noValidate className="form">
      {banner && <ErrorBanner message={banner} />}
      <div className="field-grid">
        <TextField label="Name" required wide data-autofocus reg={register('name')} error={errors.name?.message} />
        <RoleChoice register={register as unknown as UseFormRegister<{ role: Role }>} error={errors.role?.message} locked={isSelf ? user.role : undefined} />
        <PractitionerChoice role={role} reg={register('practitionerId', { setValueAs: emptyToNull })} practitioners={practitioners} error={errors.practitionerId?.message} />
        {isSelf ? (
          <p className="field-hint field-wide">You are signed in as this person, so you cannot deactivate yourself.</p>
        ) : (
          <CheckboxField
            label="Active: can sign in"
            wide
            reg={register('active')}
            error={errors.active?.message}
            hint="Turn off when someone leaves. Their notes and history stay."
          />
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save user'}
        </button>
      </div>
    </form>
  );
}

/** The three roles as radios, each with what it may do. Your own role is shown, not offered. */
function RoleChoice({ register, error, locked }: { register: UseFormRegister<{ role: Role }>; error: string | undefined; locked?: Role | undefined }) {
  if (locked) {
    return (
      <div className="field field-wide">
        <p className="field-label">Role</p>
        <p>
          {ROLE_LABELS[locked]} <span className="muted">— you cannot change your own role.</span>
        </p>
      </div>
    );
  }
  return (
    <fieldset className="choice-group field-wide role-choice" aria-describedby={error ? 'user-role-error' : undefined}>
      <legend className="field-label">Role</legend>
      {ROLES.map((role) => (
        <label key={role} className="role-option">
          <input type="radio" value={role} aria-describedby={`role-${role}-description`} {...register('role')} />
          <span>
            <span className="role-option-label">{ROLE_LABELS[role]}</span>
            <span id={`role-${role}-description`} className="role-option-description">
              {ROLE_DESCRIPTIONS[role]}
            </span>
          </span>
        </label>
      ))}
      {error && (
        <p id="user-role-error" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Which practitioner this person charts as; the front desk does not chart. */
function PractitionerChoice({ role, reg, practitioners, error }: { role: Role; reg: UseFormRegisterReturn; practitioners: Practitioner[]; error: string | undefined }) {
  if (role === 'front_desk') return null;
  const options = [
    { value: '', label: role === 'owner' ? 'None: does not treat clients' : 'Choose…' },
    ...practitioners.map((p) => ({ value: p.id, label: `${p.firstName} ${p.lastName}${p.credentials ? `, ${p.credentials}` : ''}` })),
  ];
  return (
    <SelectField
      label="Practitioner"
      wide
      options={options}
      reg={reg}
      error={error}
      hint="The practitioner whose notes this person writes and signs. Add practitioners in the card above."
    />
  );
}
