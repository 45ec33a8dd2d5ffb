// Two intakes side by side (read-only), to see what changed between visit-cycles.
import { useId } from 'react';
import type { IntakeSummary } from '../../../shared/schemas/intake';
import { useClinic } from '../ClinicContext';
import { ErrorBanner, Loading } from '../components/Status';
import { formatInstant } from '../format';
import { useCall } from '../hooks/useCall';
import { IntakeView } from './IntakeView';

interface Props {
  intakes: readonly IntakeSummary[];
  leftId: string;
  rightId: string;
  onRightChange: (id: string) => void;
  onClose: () => void;
}

export function IntakeCompare({ intakes, leftId, rightId, onRightChange, onClose }: Props) {
  const { clinic } = useClinic();
  const selectId = useId();
  const label = (i: IntakeSummary) => `${formatInstant(i.createdAt, clinic.timeZone)} — ${i.signed ? `signed by ${i.signedName ?? 'the client'}` : 'draft'}`;
  return (
    <section className="intake-compare" aria-label="Compare intakes">
      <div className="compare-toolbar">
        <div className="field compare-select">
          <label className="field-label" htmlFor={selectId}>
            Compare with
          </label>
          <select id={selectId} className="input select" value={rightId} onChange={(e) => onRightChange(e.target.value)}>
            {intakes
              .filter((i) => i.id !== leftId)
              .map((i) => (
                <option key={i.id} value={i.id}>
                  {label(i)}
                </option>
              ))}
          </select>
        </div>
        <button type="button" className="button button-secondary" onClick={onClose}>
          Close comparison
        </button>
      </div>
      <div className="compare-columns">
        <CompareColumn id={leftId} summary={intakes.find((i) => i.id === leftId)} label={label} />
        <CompareColumn id={rightId} summary={intakes.find((i) => i.id === rightId)} label={label} />
      </div>
    </section>
  );
}

function CompareColumn({ id, summary, label }: { id: string; summary: IntakeSummary | undefined; label: (i: IntakeSummary) => string }) {
  const intake = useCall('intakes/get', { id });
  return (
    <div className="card compare-column">
      <h3 className="card-title">{summary ? label(summary) : 'Intake'}</h3>
      {intake.error ? <ErrorBanner message={intake.error} onRetry={intake.reload} /> : intake.data ? <IntakeView intake={intake.data} /> : <Loading />}
    </div>
  );
}
