// The clinic's practitioners: who treats, with the credentials their notes and claims carry.
import { Pencil, UserPlus } from 'lucide-react';
import { useState } from 'react';
import type { Practitioner } from '../../../shared/schemas/clinic';
import { ErrorBanner, Loading } from '../components/Status';
import { useToast } from '../components/Toast';
import { orDash } from '../format';
import { useCall } from '../hooks/useCall';
import { PractitionerDialog } from './PractitionerDialog';

/** null: closed; 'new': adding; a practitioner: editing them. */
type Editing = null | 'new' | Practitioner;

export function PractitionersCard() {
  const practitioners = useCall('practitioners/list', {});
  const toast = useToast();
  const [editing, setEditing] = useState<Editing>(null);

  return (
    <section className="card" aria-labelledby="settings-practitioners">
      <div className="card-header">
        <h2 id="settings-practitioners" className="card-title">
          Practitioners
        </h2>
        <button type="button" className="button button-secondary button-small" onClick={() => setEditing('new')}>
          <UserPlus size={14} aria-hidden="true" />
          Add practitioner
        </button>
      </div>
      {practitioners.error ? (
        <ErrorBanner message={practitioners.error} onRetry={practitioners.reload} />
      ) : !practitioners.data ? (
        <Loading />
      ) : practitioners.data.length === 0 ? (
        <p className="muted">No practitioners yet. Add the people who treat clients here.</p>
      ) : (
        <table className="table table-plain">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Credentials</th>
              <th scope="col">License number</th>
              <th scope="col">NPI</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {practitioners.data.map((p) => (
              <tr key={p.id}>
                <td className="cell-name">
                  {p.firstName} {p.lastName}
                </td>
                <td>{orDash(p.credentials)}</td>
                <td>{orDash(p.licenseNumber)}</td>
                <td className="cell-nowrap">{orDash(p.npi)}</td>
                <td className="cell-actions">
                  <button type="button" className="button button-ghost button-small" onClick={() => setEditing(p)}>
                    <Pencil size={14} aria-hidden="true" />
                    Edit<span className="visually-hidden"> {p.firstName} {p.lastName}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PractitionerDialog
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(p, isNew) => {
          setEditing(null);
          practitioners.reload();
          toast(isNew ? `${p.firstName} ${p.lastName} added` : 'Practitioner saved');
        }}
      />
    </section>
  );
}
