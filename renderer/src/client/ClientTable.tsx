// Dense, scannable client rows. The name is the link; a click anywhere on the row opens it too.
import { Link, useNavigate } from 'react-router';
import type { ClientSummary } from '../../../shared/schemas/client';
import { useToday } from '../ClinicContext';
import { ageFrom, formatDate, sortName } from '../format';

export function ClientTable({ clients }: { clients: ClientSummary[] }) {
  const today = useToday();
  const navigate = useNavigate();
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Date of birth</th>
            <th scope="col">Phone</th>
            <th scope="col">Email</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {clients.map((c) => {
            const age = ageFrom(c.dateOfBirth, today);
            return (
              <tr
                key={c.id}
                className="row-link"
                onClick={(e) => {
                  // Let the link itself (and modifier clicks) behave as links do.
                  if ((e.target as HTMLElement).closest('a')) return;
                  navigate(`/clients/${c.id}`);
                }}
              >
                <td className="cell-name">
                  <Link to={`/clients/${c.id}`}>{sortName(c)}</Link>
                  {c.preferredName && <span className="muted"> “{c.preferredName}”</span>}
                </td>
                <td className="cell-nowrap">
                  {age === null ? (
                    <span className="muted">—</span>
                  ) : (
                    <>
                      {formatDate(c.dateOfBirth)} <span className="muted">· {age}</span>
                    </>
                  )}
                </td>
                <td className="cell-nowrap">{c.phone || <span className="muted">—</span>}</td>
                <td className="cell-email">{c.email || <span className="muted">—</span>}</td>
                <td>
                  {c.status === 'archived' ? (
                    <span className="chip chip-archived">Archived</span>
                  ) : (
                    <span className="chip chip-active">Active</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
