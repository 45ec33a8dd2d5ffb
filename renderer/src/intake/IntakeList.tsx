// Every intake the client has filled in, newest first: each one dated and kept forever.
import { FileCheck, FilePen } from 'lucide-react';
import type { IntakeSummary } from '../../../shared/schemas/intake';
import { useClinic } from '../ClinicContext';
import { formatInstant, formatInstantDate } from '../format';

interface Props {
  intakes: readonly IntakeSummary[];
  selectedId: string | undefined;
  /** A new intake on screen that has not been saved yet. */
  unsavedNew: boolean;
  onSelect: (id: string) => void;
}

export function IntakeList({ intakes, selectedId, unsavedNew, onSelect }: Props) {
  const { clinic } = useClinic();
  const dates = intakes.map((i) => formatInstantDate(i.createdAt, clinic.timeZone));
  // Two intakes on the same day are told apart by their time.
  const when = (i: IntakeSummary, index: number) =>
    dates.filter((d) => d === dates[index]).length > 1 ? formatInstant(i.createdAt, clinic.timeZone) : dates[index];
  return (
    <nav className="intake-list card" aria-label="Intakes">
      <h2 className="card-title">Intakes</h2>
      <ul>
        {unsavedNew && (
          <li>
            <span className="intake-item intake-item-current" aria-current="true">
              <FilePen size={16} aria-hidden="true" />
              <span className="intake-item-text">
                <span className="intake-item-date">New intake</span>
                <span className="intake-item-status">Not saved yet</span>
              </span>
            </span>
          </li>
        )}
        {intakes.map((i, index) => {
          const current = i.id === selectedId;
          return (
            <li key={i.id}>
              <button
                type="button"
                className={current ? 'intake-item intake-item-current' : 'intake-item'}
                aria-current={current ? 'true' : undefined}
                onClick={() => onSelect(i.id)}
              >
                {i.signed ? <FileCheck size={16} aria-hidden="true" /> : <FilePen size={16} aria-hidden="true" />}
                <span className="intake-item-text">
                  <span className="intake-item-date">{when(i, index)}</span>
                  <span className={i.signed ? 'intake-item-status' : 'intake-item-status intake-item-draft'}>
                    {i.signed && i.signedAt ? `Signed by ${i.signedName ?? 'the client'} on ${formatInstantDate(i.signedAt, clinic.timeZone)}` : 'Draft'}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
