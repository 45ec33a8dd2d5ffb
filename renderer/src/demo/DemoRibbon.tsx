// On every screen of the demo clinic: it is sample data, and the way back to one's own clinic.
import './demo.css';
import { useCall } from '../hooks/useCall';
import { useDemoSwitch } from './useDemo';

export function DemoRibbon() {
  const status = useCall('app/status', {});
  const leave = useDemoSwitch('app/closeDemo');
  if (!status.data?.demo) return null;
  return (
    <div className="demo-ribbon" role="note" aria-label="Demo clinic">
      <span className="demo-ribbon-label">
        <strong>DEMO</strong> — sample data
      </span>
      <button type="button" className="button button-secondary button-small" onClick={() => void leave.run()} disabled={leave.busy}>
        {leave.busy ? 'Leaving…' : 'Leave demo'}
      </button>
      {leave.error && (
        <p className="demo-ribbon-error" role="alert">
          {leave.error}
        </p>
      )}
    </div>
  );
}
