// One search hit: who it is, and enough (birth date, phone) to tell two Jane Does apart.
import type { ClientSummary } from '../../../shared/schemas/client';
import { useToday } from '../ClinicContext';
import { birthDateWithAge, fullName } from '../format';

export function ClientOption({ client }: { client: ClientSummary }) {
  const today = useToday();
  const born = birthDateWithAge(client.dateOfBirth, today);
  return (
    <>
      <span className="option-name">
        {fullName(client)}
        {client.preferredName && <span className="option-preferred"> “{client.preferredName}”</span>}
        {client.status === 'archived' && <span className="chip chip-archived">Archived</span>}
      </span>
      <span className="option-meta">
        <span>{born ? `Born ${born}` : 'Birth date not recorded'}</span>
        {client.phone && <span>{client.phone}</span>}
      </span>
    </>
  );
}
