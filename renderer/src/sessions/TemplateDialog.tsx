// "Save as template": the note's SOAP text and modalities, under a name, for this practitioner's
// next similar visit ("Start session" → Start from → the template).
import { useState } from 'react';
import { call } from '../api';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/Status';
import { messageOf } from '../hooks/useCall';
import type { SessionContent } from '../../../shared/schemas/session';

interface Props {
  open: boolean;
  /** The content to keep (read when saving, so it is what is on screen then). */
  content: () => SessionContent;
  onClose: () => void;
  onSaved: (name: string) => void;
}

export function TemplateDialog({ open, onClose, ...rest }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title="Save as template" className="dialog-small" description={<p>Keeps this note’s SOAP text and modalities (not the findings, pain scores or acknowledgments) for your next similar visit.</p>}>
      <TemplateForm onClose={onClose} {...rest} />
    </Dialog>
  );
}

function TemplateForm({ content, onClose, onSaved }: Omit<Props, 'open'>) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    if (!name.trim()) {
      setError('Name the template, e.g. “Low back, 60 min”.');
      return;
    }
    setBusy(true);
    setError(null);
    const c = content();
    try {
      await call('templates/create', {
        practitionerId: c.practitionerId,
        name: name.trim(),
        subjective: c.subjective,
        objective: c.objective,
        assessment: c.assessment,
        plan: c.plan,
        homeCare: c.homeCare,
        modalities: c.modalities,
      });
      onSaved(name.trim());
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {error && <ErrorBanner message={error} />}
      <div className="field">
        <div className="field-label">
          <label htmlFor="template-name">Template name</label>
        </div>
        <input id="template-name" className="input" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} data-autofocus />
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save template'}
        </button>
      </div>
    </form>
  );
}
