// The Sessions tab (#/clients/:id/sessions): the client's notes newest first, drafts standing out
// with "Continue draft", and "Start session".
import { ArrowRight, NotebookPen, Plus } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { SessionSummary } from '../../../shared/schemas/session';
import { useChart } from '../client/ChartContext';
import { EmptyState, ErrorBanner, Loading } from '../components/Status';
import { formatDate } from '../format';
import { StartSessionDialog } from './StartSessionDialog';
import { useClientSessions, usePractitioners } from './useSessions';

export function SessionsTab() {
  const { client } = useChart();
  const sessions = useClientSessions(client.id);
  const [starting, setStarting] = useState(false);

  if (sessions.error && !sessions.data) return <ErrorBanner message={sessions.error} onRetry={sessions.reload} />;
  if (!sessions.data) return <Loading label="Loading sessions…" />;
  const list = sessions.data;

  const startButton = (
    <button type="button" className="button button-primary" onClick={() => setStarting(true)}>
      <Plus size={16} aria-hidden="true" />
      Start session
    </button>
  );

  return (
    <div className="sessions-tab">
      {list.length === 0 ? (
        <div className="card">
          <EmptyState icon={<NotebookPen size={28} />} title="No sessions yet — start one here (or from today’s schedule once scheduling arrives)." actions={startButton}>
            <p>A note saves itself as a draft while you type, and is locked once you sign it.</p>
          </EmptyState>
        </div>
      ) : (
        <>
          <div className="tab-toolbar">
            <p className="muted">
              {list.length} session{list.length === 1 ? '' : 's'}, newest first. Drafts save as you type; signed notes are locked.
            </p>
            {startButton}
          </div>
          <SessionTable clientId={client.id} sessions={list} />
        </>
      )}
      <StartSessionDialog
        open={starting}
        clientId={client.id}
        canCopyForward={list.some((s) => s.status === 'signed')}
        onClose={() => setStarting(false)}
      />
    </div>
  );
}

function pain(s: SessionSummary) {
  if (s.painBefore === null && s.painAfter === null) return <span className="muted">—</span>;
  return (
    <span className="pain-pair" aria-label={`Pain before ${s.painBefore ?? 'not recorded'}, after ${s.painAfter ?? 'not recorded'}`}>
      {s.painBefore ?? '–'} <ArrowRight size={12} aria-hidden="true" /> {s.painAfter ?? '–'}
    </span>
  );
}

function SessionTable({ clientId, sessions }: { clientId: string; sessions: SessionSummary[] }) {
  const navigate = useNavigate();
  const { names } = usePractitioners();
  return (
    <div className="table-wrap">
      <table className="table session-table">
        <caption className="visually-hidden">Sessions</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Time</th>
            <th scope="col">Practitioner</th>
            <th scope="col">Status</th>
            <th scope="col">Pain before → after</th>
            <th scope="col">Findings</th>
            <th scope="col">
              <span className="visually-hidden">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => {
            const to = `/clients/${clientId}/sessions/${s.id}`;
            const draft = s.status === 'draft';
            return (
              <tr
                key={s.id}
                className={draft ? 'row-link session-row-draft' : 'row-link'}
                onClick={(e) => {
                  if ((e.target as HTMLElement).closest('a')) return;
                  navigate(to);
                }}
              >
                <td className="cell-name cell-nowrap">
                  <Link to={to}>{formatDate(s.sessionDate)}</Link>
                </td>
                <td className="cell-nowrap">{s.startTime || <span className="muted">—</span>}</td>
                <td>{names.get(s.practitionerId) ?? <span className="muted">—</span>}</td>
                <td>{draft ? <span className="chip chip-draft">Draft</span> : <span className="chip chip-signed">Signed</span>}</td>
                <td className="cell-nowrap">{pain(s)}</td>
                <td>{s.findingCount === 0 ? <span className="muted">None</span> : s.findingCount}</td>
                <td className="cell-actions">
                  {draft ? (
                    <Link to={to} className="button button-primary button-small">
                      Continue draft
                    </Link>
                  ) : (
                    <Link to={to} className="button button-ghost button-small" aria-label={`Open the note of ${formatDate(s.sessionDate)}`}>
                      Open
                    </Link>
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
