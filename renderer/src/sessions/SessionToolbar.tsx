// The row above a note: back to the list, which note this is, and what can be done with it.
import { ChevronLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Session } from '../../../shared/schemas/session';
import { formatDate } from '../format';

export function SessionToolbar({ session, actions }: { session: Session; actions?: ReactNode }) {
  const signed = session.status === 'signed';
  return (
    <div className="session-toolbar">
      <div className="session-title">
        <Link to={`/clients/${session.clientId}/sessions`} className="back-link">
          <ChevronLeft size={16} aria-hidden="true" />
          All sessions
        </Link>
        <div className="session-title-row">
          <h2>Session of {formatDate(session.sessionDate)}</h2>
          {signed ? <span className="chip chip-signed">Signed</span> : <span className="chip chip-draft">Draft</span>}
        </div>
      </div>
      {actions && <div className="session-actions">{actions}</div>}
    </div>
  );
}
