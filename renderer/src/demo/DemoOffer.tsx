// First run: besides setting up one's own clinic, a look around a generated one.
import './demo.css';
import { ErrorBanner } from '../components/Status';
import { useDemoSwitch } from './useDemo';

export function DemoOffer() {
  const demo = useDemoSwitch('app/openDemo');
  return (
    <section className="demo-offer" aria-label="Demo clinic">
      <p className="demo-offer-text">
        <strong>Just looking?</strong>
        Open a demo clinic — a small practice full of sample data, kept separate from your own.
      </p>
      {demo.error && <ErrorBanner message={demo.error} />}
      <button type="button" className="button button-secondary" onClick={() => void demo.run()} disabled={demo.busy}>
        {demo.busy ? 'Opening the demo…' : 'Open demo clinic'}
      </button>
    </section>
  );
}
