// The range as a list, a day at a time: easy to read aloud on the phone, and to scan for gaps.
import type { AppointmentView } from '../../../shared/schemas/schedule';
import { AlertBadges, StatusChip } from './Badges';
import { isInactive, longDay, timeRange } from './labels';

interface Props {
  dates: readonly string[];
  appointments: readonly AppointmentView[];
  today: string;
  onOpen: (a: AppointmentView) => void;
}

export function AgendaView({ dates, appointments, today, onOpen }: Props) {
  return (
    <div className="agenda">
      {dates.map((date) => {
        const day = appointments.filter((a) => a.localDate === date).sort((a, b) => a.start.localeCompare(b.start));
        return (
          <section key={date} className={date === today ? 'agenda-day is-today' : 'agenda-day'} aria-labelledby={`agenda-${date}`}>
            <h3 id={`agenda-${date}`} className="agenda-date">
              {longDay(date)}
              {date === today && <span className="chip chip-signed">Today</span>}
            </h3>
            {day.length === 0 ? (
              <p className="muted agenda-empty">No appointments</p>
            ) : (
              <ul className="agenda-list">
                {day.map((a) => (
                  <li key={a.id} className={isInactive(a) ? 'agenda-item is-inactive' : 'agenda-item'} onClick={(e) => e.target === e.currentTarget && onOpen(a)}>
                    <span className="agenda-time">{timeRange(a)}</span>
                    <span className="agenda-client">
                      <button type="button" className="link-button agenda-open" onClick={() => onOpen(a)}>
                        {a.clientName}
                      </button>
                      <AlertBadges appointment={a} />
                    </span>
                    <span className="agenda-service">{a.serviceName || 'No service'}</span>
                    <span className="agenda-who muted">
                      {a.practitionerName} · {a.roomName}
                    </span>
                    <span className="agenda-status">
                      <StatusChip status={a.status} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
