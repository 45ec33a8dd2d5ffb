// A new intake starts blank, or from the last intake's answers so a returning client only updates
// what changed. Either way it is a new, separately dated intake; the earlier ones are kept.
import { Dialog } from '../components/Dialog';

interface Props {
  open: boolean;
  onClose: () => void;
  onBlank: () => void;
  onFromLast: () => void;
}

export function NewIntakeDialog({ open, onClose, onBlank, onFromLast }: Props) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="New intake"
      className="dialog-small"
      description={<p>A new intake is dated today. Earlier intakes are kept unchanged.</p>}
    >
      <div className="choice-buttons">
        <button type="button" className="button button-primary" onClick={onFromLast} data-autofocus>
          Start from the last intake’s answers
        </button>
        <button type="button" className="button button-secondary" onClick={onBlank}>
          Start blank
        </button>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-ghost" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
