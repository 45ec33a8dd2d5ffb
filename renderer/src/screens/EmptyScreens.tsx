// Addresses with nothing behind them: say so, and lead back.
import { Compass } from 'lucide-react';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { EmptyState } from '../components/Status';

export function NotFoundScreen() {
  return (
    <div className="page">
      <PageHeader title="Page not found" />
      <div className="card">
        <EmptyState
          icon={<Compass size={28} />}
          title="There is nothing at this address."
          actions={
            <Link to="/" className="button button-secondary">
              Back to the start
            </Link>
          }
        />
      </div>
    </div>
  );
}
