// What happened to an appointment, oldest first: booked, moved, status changes with reasons.
import { useClinic } from '../ClinicContext';
import { formatInstant } from '../format';
import type { AppointmentHistoryEntry } from '../../../shared/schemas/schedule';

export function AppointmentHistory({ entries, error }: { entries: AppointmentHistoryEntry[] | undefined; error: string | undefined }) {
  const { clinic } = useClinic();
  return (
    <details className="details-history">
      <summary>History{entries ? ` (${entries.length})` : ''}</summary>
      {error && <p className="field-error">{error}</p>}
      {entries && (
        <ol className="history-list">
          {entries.map((h, i) => (
            <li key={i}>
              <span className="history-when">{formatInstant(h.at, clinic.timeZone)}</span>
              <span>{h.summary}</span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
