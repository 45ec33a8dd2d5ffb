// A route whose data the signed-in role may not open says so, instead of loading and failing: a
// front-desk user following a link to a session note sees why, not the note.
import { ShieldX } from 'lucide-react';
import type { ReactNode } from 'react';
import type { Method } from '../../../shared/methods';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from '../../../shared/schemas/auth';
import { PageHeader } from '../components/PageHeader';
import { EmptyState } from '../components/Status';
import { useAuth } from './AuthContext';

interface Props {
  /** The call the screen needs; `roleMay` decides. */
  method: Method;
  /** Why it is kept from some roles, e.g. "Session notes are clinical records." */
  reason: string;
  /** A whole page (its own padding) rather than a tab's content; a string is the page's heading. */
  page?: boolean | string;
  children: ReactNode;
}

export function Allowed({ method, reason, page, children }: Props) {
  const { may, role } = useAuth();
  if (may(method)) return children;
  const notice = (
    <div className="card not-allowed">
      <EmptyState icon={<ShieldX size={28} />} title="Not allowed with your sign-in">
        <p>{reason}</p>
        <p>
          You are signed in as {ROLE_LABELS[role]}: {ROLE_DESCRIPTIONS[role].charAt(0).toLowerCase() + ROLE_DESCRIPTIONS[role].slice(1)} Ask the
          clinic’s owner if you need this.
        </p>
      </EmptyState>
    </div>
  );
  return page ? (
    <div className="page">
      {typeof page === 'string' && <PageHeader title={page} />}
      {notice}
    </div>
  ) : (
    notice
  );
}
