// Each occurrence of a previewed series and what will happen to it: free (booked as is), taken
// (the nearest free time is proposed and used unless unticked), a closed day (skipped), or
// outside opening hours (booked only if ticked).
import { Ban, CircleCheck, Clock, TriangleAlert } from 'lucide-react';
import { utcToZoned } from '../../../shared/domain/schedule';
import type { SeriesPreviewItem } from '../../../shared/schemas/schedule';
import type { Choice } from './seriesForm';
import { shortDay } from './labels';

interface Props {
  items: readonly SeriesPreviewItem[];
  choices: readonly Choice[];
  zone: string;
  onChoice: (index: number, include: boolean) => void;
}

export function SeriesPreview({ items, choices, zone, onChoice }: Props) {
  const local = (iso: string) => utcToZoned(iso, zone);
  return (
    <ol className="series-preview" aria-label="Series preview">
      {items.map((item, i) => {
        const start = local(item.start);
        const end = local(item.end);
        const include = choices[i]?.include ?? false;
        return (
          <li key={item.start} className={`series-item series-${item.state}`}>
            <span className="series-n">{i + 1}</span>
            <span className="series-when">
              {shortDay(item.date)}
              <span className="series-time">
                {start.time}–{end.time}
              </span>
            </span>
            <span className="series-state">
              {item.state === 'free' && (
                <>
                  <CircleCheck size={16} aria-hidden="true" className="series-icon-free" /> Free
                </>
              )}
              {item.state === 'closed' && (
                <span className="series-skipped" title={item.message}>
                  <Ban size={16} aria-hidden="true" /> Closed day — skipped
                </span>
              )}
              {item.state === 'clash' && <ClashChoice item={item} include={include} zone={zone} onChange={(v) => onChoice(i, v)} />}
              {item.state === 'outside_hours' && (
                <span className="series-choice">
                  <span className="series-warn">
                    <TriangleAlert size={16} aria-hidden="true" /> {item.message}
                  </span>
                  <label className="checkbox">
                    <input type="checkbox" checked={include} onChange={(e) => onChoice(i, e.target.checked)} />
                    Book anyway
                  </label>
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function ClashChoice({ item, include, zone, onChange }: { item: SeriesPreviewItem; include: boolean; zone: string; onChange: (v: boolean) => void }) {
  if (!item.proposed) {
    return (
      <span className="series-warn">
        <Clock size={16} aria-hidden="true" /> Taken, and no free time nearby — skipped
      </span>
    );
  }
  const from = utcToZoned(item.proposed.start, zone);
  const to = utcToZoned(item.proposed.end, zone);
  const when = `${from.date === item.date ? '' : `${shortDay(from.date)} `}${from.time}–${to.time}`;
  return (
    <span className="series-choice">
      <span className="series-warn">
        <Clock size={16} aria-hidden="true" /> Taken
      </span>
      <label className="checkbox">
        <input type="checkbox" checked={include} onChange={(e) => onChange(e.target.checked)} />
        Use proposed {when}
      </label>
    </span>
  );
}
