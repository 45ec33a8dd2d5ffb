// Above the grid: Day / Week / Agenda, Today, previous and next, the range on screen, and the
// practitioner and room filters.
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useId } from 'react';
import type { Practitioner } from '../../../shared/schemas/clinic';
import type { Room } from '../../../shared/schemas/schedule';
import type { ScheduleView } from './calendar';

const VIEW_LABELS: Record<ScheduleView, { label: string; key: string }> = {
  day: { label: 'Day', key: 'D' },
  week: { label: 'Week', key: 'W' },
  agenda: { label: 'Agenda', key: 'A' },
};

interface Props {
  view: ScheduleView;
  title: string;
  isCurrent: boolean;
  practitioners: readonly Practitioner[];
  rooms: readonly Room[];
  practitionerId: string;
  roomId: string;
  loading: boolean;
  onView: (view: ScheduleView) => void;
  onStep: (direction: -1 | 1) => void;
  onToday: () => void;
  onPractitioner: (id: string) => void;
  onRoom: (id: string) => void;
}

export function ScheduleToolbar(p: Props) {
  const ids = { practitioner: useId(), room: useId() };
  const unit = p.view === 'day' ? 'day' : 'week';
  return (
    <div className="sched-toolbar">
      <fieldset className="segmented">
        <legend className="visually-hidden">View</legend>
        {(Object.keys(VIEW_LABELS) as ScheduleView[]).map((v) => (
          <label key={v} className="segmented-option" title={`${VIEW_LABELS[v].label} (${VIEW_LABELS[v].key})`}>
            <input type="radio" name="schedule-view" value={v} checked={p.view === v} onChange={() => p.onView(v)} />
            <span>{VIEW_LABELS[v].label}</span>
          </label>
        ))}
      </fieldset>
      <div className="sched-nav">
        <button type="button" className="button button-secondary" onClick={p.onToday} disabled={p.isCurrent} title="Today (T)">
          Today
        </button>
        <button type="button" className="button button-secondary button-icon" onClick={() => p.onStep(-1)} aria-label={`Previous ${unit}`} title={`Previous ${unit} ([ or Alt+←)`}>
          <ChevronLeft size={18} aria-hidden="true" />
        </button>
        <button type="button" className="button button-secondary button-icon" onClick={() => p.onStep(1)} aria-label={`Next ${unit}`} title={`Next ${unit} (] or Alt+→)`}>
          <ChevronRight size={18} aria-hidden="true" />
        </button>
      </div>
      <h2 className="sched-title" aria-live="polite" aria-busy={p.loading}>
        {p.title}
      </h2>
      <div className="sched-filters">
        <label htmlFor={ids.practitioner} className="visually-hidden">
          Practitioner
        </label>
        <select id={ids.practitioner} className="input select sched-filter" value={p.practitionerId} onChange={(e) => p.onPractitioner(e.target.value)}>
          <option value="">All practitioners</option>
          {p.practitioners.map((x) => (
            <option key={x.id} value={x.id}>
              {x.firstName} {x.lastName}
            </option>
          ))}
        </select>
        <label htmlFor={ids.room} className="visually-hidden">
          Room
        </label>
        <select id={ids.room} className="input select sched-filter" value={p.roomId} onChange={(e) => p.onRoom(e.target.value)}>
          <option value="">All rooms</option>
          {p.rooms.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
