// The chart header: who this is at a glance, and what can be done to the record.
import { Archive, ArchiveRestore, Pencil } from 'lucide-react';
import { useNavigate } from 'react-router';
import type { Client } from '../../../shared/schemas/client';
import { useToday } from '../ClinicContext';
import { ageFrom, formatDate, fullName } from '../format';

interface Props {
  client: Client;
  busy: boolean;
  onArchive: () => void;
  onUnarchive: () => void;
}

export function ClientHeader({ client, busy, onArchive, onUnarchive }: Props) {
  const navigate = useNavigate();
  const today = useToday();
  const age = ageFrom(client.dateOfBirth, today);
  const archived = client.status === 'archived';
  const facts = [
    client.preferredName && `Goes by “${client.preferredName}”`,
    age !== null && `${age} years (born ${formatDate(client.dateOfBirth)})`,
    client.pronouns,
  ].filter(Boolean);

  return (
    <header className={archived ? 'chart-header chart-header-archived' : 'chart-header'}>
      <div className="chart-header-inner">
        <div className="chart-identity">
          <div className="chart-title-row">
            <h1 tabIndex={-1}>{fullName(client)}</h1>
            {archived && <span className="chip chip-archived chip-large">Archived</span>}
          </div>
          <p className="chart-facts">
            {facts.length ? (
              facts.map((f, i) => (
                <span key={i} className="chart-fact">
                  {f}
                </span>
              ))
            ) : (
              <span className="muted">No birth date or pronouns recorded</span>
            )}
          </p>
        </div>
        <div className="chart-actions">
          <button type="button" className="button button-secondary" onClick={() => navigate(`/clients/${client.id}/edit`)}>
            <Pencil size={16} aria-hidden="true" />
            Edit
          </button>
          {archived ? (
            <button type="button" className="button button-secondary" onClick={onUnarchive} disabled={busy}>
              <ArchiveRestore size={16} aria-hidden="true" />
              Unarchive
            </button>
          ) : (
            <button type="button" className="button button-secondary" onClick={onArchive} disabled={busy}>
              <Archive size={16} aria-hidden="true" />
              Archive
            </button>
          )}
        </div>
      </div>
      {archived && (
        <p className="chart-archived-note">
          This client is archived: hidden from lists and search. Nothing was deleted; unarchive to make them active again.
        </p>
      )}
    </header>
  );
}
