// The bar that stays at the bottom of a draft: whether it is saved, what still blocks signing, and
// "Sign note".
import { ClipboardSignature, TriangleAlert } from 'lucide-react';
import { useWatch, type Control } from 'react-hook-form';
import { modalityLabel, type ModalityId } from '../../../shared/domain/modalities';
import { missingAcknowledgments, type Alert } from '../../../shared/domain/precautions';
import { formatClockTime } from '../format';
import { MOD_LABEL } from '../hooks/useShortcut';
import type { SessionFormValues } from './sessionForm';
import type { SaveStatus } from './useSessionAutosave';

interface Props {
  control: Control<SessionFormValues>;
  alerts: readonly Alert[];
  status: SaveStatus;
  /** True once "Sign note" was pressed: from then on, what blocks it is listed. */
  tried: boolean;
  onRetry: () => void;
  onSign: () => void;
}

export function chosenModalities(rows: SessionFormValues['modalities'] | undefined): ModalityId[] {
  return (rows ?? []).flatMap((r) => (r.modality ? [r.modality] : []));
}

export function SessionFooter({ control, alerts, status, tried, onRetry, onSign }: Props) {
  const [rows, acks] = useWatch({ control, name: ['modalities', 'acknowledgments'] });
  const missing = missingAcknowledgments(alerts, chosenModalities(rows), acks ?? []);
  return (
    <div className="form-actions-sticky session-footer">
      {tried && missing.length > 0 && (
        <div className="callout callout-danger sign-blocked" role="alert">
          <TriangleAlert size={16} aria-hidden="true" />
          <div>
            <p>Acknowledge {missing.length === 1 ? 'this precaution' : `these ${missing.length} precautions`} before signing:</p>
            <ul>
              {missing.map((p) => (
                <li key={`${p.ruleId}:${p.modality}`}>
                  {modalityLabel(p.modality)} — {p.title} ({p.level})
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <div className="session-footer-row">
        <SaveStatusLine status={status} onRetry={onRetry} />
        {!tried && missing.length > 0 && (
          <span className="sign-hint">
            {missing.length} precaution{missing.length === 1 ? '' : 's'} to acknowledge before signing
          </span>
        )}
        <button type="button" className="button button-primary session-sign" onClick={onSign} aria-keyshortcuts="Control+Enter Meta+Enter">
          <ClipboardSignature size={16} aria-hidden="true" />
          Sign note
          <kbd className="button-kbd" aria-hidden="true">
            {MOD_LABEL}+Enter
          </kbd>
        </button>
      </div>
    </div>
  );
}

function SaveStatusLine({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  let text: string;
  if (status.kind === 'saving') text = 'Saving…';
  else if (status.kind === 'failed') text = `Not saved: ${status.message}`;
  else {
    text = `Draft saved ${formatClockTime(status.at)}`;
    const first = status.skipped[0];
    if (first) text += ` — not saved yet: ${first.message}${status.skipped.length > 1 ? ` (and ${status.skipped.length - 1} more)` : ''}`;
  }
  const warn = status.kind === 'failed' || (status.kind === 'saved' && status.skipped.length > 0);
  return (
    <p className={warn ? 'save-status save-status-failed' : 'save-status'} role="status">
      {text}
      {status.kind === 'failed' && (
        <>
          {' '}
          <button type="button" className="link-button" onClick={onRetry}>
            Retry
          </button>
        </>
      )}
    </p>
  );
}
