// The two questions a move can raise: which occurrences of a series, and whether to book outside
// opening hours anyway.
import { Dialog } from '../components/Dialog';
import { shortDay } from './labels';
import type { MoveFlow } from './useMoveFlow';

export function MoveDialogs({ flow }: { flow: MoveFlow }) {
  const { ask } = flow;
  const who = ask?.request.appointment.clientName ?? '';
  return (
    <>
      <Dialog
        open={ask?.kind === 'scope'}
        onClose={flow.dismiss}
        title="Move a series appointment"
        description={ask ? `${who}’s appointment on ${shortDay(ask.request.appointment.localDate)} is part of a series. Move only this one, or this one and every later one by the same change?` : undefined}
      >
        <div className="dialog-actions dialog-actions-stack">
          <button type="button" className="button button-secondary" onClick={flow.dismiss}>
            Cancel
          </button>
          <button type="button" className="button button-secondary" disabled={flow.busy} onClick={() => flow.answerScope('following')}>
            This and following
          </button>
          <button type="button" className="button button-primary" disabled={flow.busy} data-autofocus onClick={() => flow.answerScope('one')}>
            This appointment only
          </button>
        </div>
      </Dialog>
      <Dialog open={ask?.kind === 'confirm'} onClose={flow.dismiss} title="Confirm the time" description={ask?.kind === 'confirm' ? ask.message : undefined} className="dialog-small">
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={flow.dismiss} data-autofocus>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={flow.busy} onClick={flow.confirmOutsideHours}>
            Book anyway
          </button>
        </div>
      </Dialog>
    </>
  );
}
