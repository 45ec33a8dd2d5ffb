// Under the chart header: an unsigned note waiting for this client, one click from being finished.
// Hidden on that note's own screen.
import { FilePen } from 'lucide-react';
import { Link, useMatch } from 'react-router';
import { formatDate } from '../format';
import { useClientSessions } from './useSessions';

export function DraftNotice({ clientId }: { clientId: string }) {
  const sessions = useClientSessions(clientId);
  const open = useMatch('/clients/:id/sessions/:sessionId')?.params.sessionId;
  const drafts = (sessions.data ?? []).filter((s) => s.status === 'draft');
  // The oldest first: it is the one most at risk of being forgotten.
  const oldest = drafts.at(-1);
  if (!oldest || drafts.some((d) => d.id === open)) return null;
  const short = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${oldest.sessionDate}T12:00:00Z`));
  return (
    <div className="draft-notice" role="note">
      <FilePen size={16} aria-hidden="true" />
      <p>
        {drafts.length === 1 ? (
          <>You have an unsigned draft from {short}</>
        ) : (
          <>
            You have {drafts.length} unsigned drafts, the oldest from {short}
          </>
        )}
        <span className="visually-hidden"> ({formatDate(oldest.sessionDate)})</span> —
      </p>
      <Link to={`/clients/${clientId}/sessions/${oldest.id}`} className="button button-secondary button-small">
        Continue
      </Link>
    </div>
  );
}
