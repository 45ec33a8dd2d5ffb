// The practice logo for letterheads: a PNG or JPEG of at most 300 kB, kept as a data URL.
import { ImageUp, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';

const MAX_BYTES = 300 * 1024;

export function BillingLogoField({ value, onChange, error }: { value: string; onChange: (dataUrl: string) => void; error?: string | undefined }) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const message = problem ?? error;

  function read(file: File | undefined) {
    setProblem(null);
    if (!file) return;
    if (file.type !== 'image/png' && file.type !== 'image/jpeg') return setProblem('Choose a PNG or JPEG image.');
    if (file.size > MAX_BYTES) return setProblem(`The logo is ${Math.round(file.size / 1024)} kB; it must be 300 kB or smaller.`);
    const reader = new FileReader();
    reader.onload = () => onChange(String(reader.result));
    reader.onerror = () => setProblem('The image could not be read.');
    reader.readAsDataURL(file);
  }

  return (
    <div className="field">
      <div className="field-label">
        <span id={`${id}-label`}>Logo</span>
      </div>
      <div className="logo-field" role="group" aria-labelledby={`${id}-label`}>
        {value ? <img src={value} alt="Current logo" className="logo-preview" /> : <span className="logo-empty muted">No logo</span>}
        <div className="file-field">
          <input
            id={id}
            type="file"
            accept="image/png,image/jpeg"
            className="file-input"
            aria-describedby={message ? `${id}-error` : `${id}-hint`}
            onChange={(e) => {
              read(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <label htmlFor={id} className="button button-secondary button-small file-button">
            <ImageUp size={14} aria-hidden="true" />
            {value ? 'Replace logo' : 'Upload logo'}
          </label>
        </div>
        {value && (
          <button type="button" className="button button-ghost button-small" onClick={() => onChange('')}>
            <Trash2 size={14} aria-hidden="true" />
            Remove logo
          </button>
        )}
      </div>
      {message ? (
        <p id={`${id}-error`} className="field-error">
          {message}
        </p>
      ) : (
        <p id={`${id}-hint`} className="field-hint">
          PNG or JPEG, 300 kB at most.
        </p>
      )}
    </div>
  );
}
