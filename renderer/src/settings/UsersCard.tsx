// Settings → Users (owner only): who can sign in, with which role, charting as which practitioner.
import { KeyRound, Pencil, UserPlus } from 'lucide-react';
import { useState } from 'react';
import { ROLE_LABELS } from '../../../shared/schemas/auth';
import { useAuth } from '../auth/AuthContext';
import { ErrorBanner, Loading } from '../components/Status';
import { useToast } from '../components/Toast';
import { useCall } from '../hooks/useCall';
import { UserDialog, type UserEditing } from './UserDialog';

export function UsersCard() {
  const { user: me } = useAuth();
  const users = useCall('users/list', {});
  const practitioners = useCall('practitioners/list', {});
  const toast = useToast();
  const [editing, setEditing] = useState<UserEditing>(null);
  const linkedTo = new Map((users.data ?? []).filter((u) => u.practitionerId).map((u) => [u.practitionerId!, u.id]));
  const practitionerName = (id: string | null) => {
    const p = id ? practitioners.data?.find((x) => x.id === id) : undefined;
    return p ? `${p.firstName} ${p.lastName}` : '—';
  };

  return (
    <section className="card" aria-labelledby="settings-users">
      <div className="card-header">
        <h2 id="settings-users" className="card-title">
          Users
        </h2>
        <button type="button" className="button button-secondary button-small" onClick={() => setEditing({ kind: 'new' })}>
          <UserPlus size={14} aria-hidden="true" />
          Add user
        </button>
      </div>
      <p className="muted card-lead">Everyone who signs in to Palpate on this computer, each with their own passcode.</p>
      {users.error && !users.data ? (
        <ErrorBanner message={users.error} onRetry={users.reload} />
      ) : !users.data ? (
        <Loading />
      ) : (
        <table className="table table-plain">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Practitioner</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((u) => (
              <tr key={u.id} className={u.active ? undefined : 'row-inactive'}>
                <td className="cell-name">
                  {u.name}
                  {u.id === me.id && <span className="muted"> (you)</span>}
                </td>
                <td>{ROLE_LABELS[u.role]}</td>
                <td>{practitionerName(u.practitionerId)}</td>
                <td>
                  {u.active ? (
                    u.hasPasscode ? (
                      'Active'
                    ) : (
                      <span className="chip chip-draft">No passcode</span>
                    )
                  ) : (
                    <span className="chip chip-archived">Inactive</span>
                  )}
                </td>
                <td className="cell-actions">
                  <button type="button" className="button button-ghost button-small" onClick={() => setEditing({ kind: 'edit', user: u })}>
                    <Pencil size={14} aria-hidden="true" />
                    Edit<span className="visually-hidden"> {u.name}</span>
                  </button>
                  <button type="button" className="button button-ghost button-small" onClick={() => setEditing({ kind: 'passcode', user: u })}>
                    <KeyRound size={14} aria-hidden="true" />
                    {u.hasPasscode ? 'Reset passcode' : 'Set passcode'}
                    <span className="visually-hidden"> for {u.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <UserDialog
        editing={editing}
        practitioners={practitioners.data ?? []}
        linkedTo={linkedTo}
        selfId={me.id}
        onClose={() => setEditing(null)}
        onSaved={(message) => {
          setEditing(null);
          users.reload();
          toast(message);
        }}
      />
    </section>
  );
}
