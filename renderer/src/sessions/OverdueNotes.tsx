// On Today: unsigned notes older than a day, oldest first, each one click from being finished.
import { FileWarning } from 'lucide-react';
import { Link } from 'react-router';
import { ErrorBanner } from '../components/Status';
import { formatDate } from '../format';
import { useCall } from '../hooks/useCall';

export function OverdueNotes() {
  const overdue = useCall('sessions/overdue', {});
  return (
    <section className="card overdue-notes" aria-labelledby="overdue-title">
      <h2 id="overdue-title" className="card-title">
        Overdue notes
      </h2>
      {overdue.error && !overdue.data && <ErrorBanner message={overdue.error} onRetry={overdue.reload} />}
      {overdue.data &&
        (overdue.data.length === 0 ? (
          <p className="muted">No overdue notes.</p>
        ) : (
          <ul className="overdue-list">
            {overdue.data.map((s) => (
              <li key={s.id} className="overdue-item">
                <FileWarning size={16} aria-hidden="true" className="overdue-icon" />
                <span className="overdue-name">{s.clientName}</span>
                <span className="muted">
                  Draft from {formatDate(s.sessionDate)}
                  {s.startTime && `, ${s.startTime}`}
                </span>
                <Link to={`/clients/${s.clientId}/sessions/${s.id}`} className="button button-secondary button-small" aria-label={`Continue the note for ${s.clientName} from ${formatDate(s.sessionDate)}`}>
                  Continue
                </Link>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
