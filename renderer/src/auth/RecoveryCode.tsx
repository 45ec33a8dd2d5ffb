// The owner's recovery code, shown once (at set-up, or when another owner is added): copy it,
// print it, or write it down. Palpate keeps only its hash, so it can never be shown again.
import './auth.css';
import { Copy, KeyRound, Printer } from 'lucide-react';
import { useRef, useState } from 'react';

interface Props {
  code: string;
  /** Whose code this is (printed on the sheet). */
  ownerName: string;
  clinicName: string;
  onDone: () => void;
}

export function RecoveryCode({ code, ownerName, clinicName, onDone }: Props) {
  const codeRef = useRef<HTMLParagraphElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('yes');
    } catch {
      // No clipboard (permissions): select the code so Ctrl/Cmd+C copies it.
      const range = document.createRange();
      if (codeRef.current) range.selectNodeContents(codeRef.current);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      setCopied('no');
    }
  }

  return (
    <section className="recovery" aria-labelledby="recovery-title">
      <div className="recovery-sheet">
        <h2 id="recovery-title" className="recovery-title">
          <KeyRound size={20} aria-hidden="true" />
          {ownerName}’s recovery code
        </h2>
        <p>
          If the passcode is ever forgotten, this code lets the owner into Palpate (“Emergency access” on the sign-in
          screen). <strong>It is shown only this once.</strong> Print it or write it down, and keep it somewhere safe,
          away from this computer.
        </p>
        <p className="recovery-code" ref={codeRef} aria-label="Recovery code">
          {code}
        </p>
        <p className="recovery-print-only">
          {clinicName} · Palpate · printed {new Date().toLocaleDateString()}
        </p>
      </div>
      <div className="recovery-actions">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          <Printer size={16} aria-hidden="true" />
          Print
        </button>
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          <Copy size={16} aria-hidden="true" />
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </button>
        <span className="muted recovery-copy-note" role="status">
          {copied === 'no' ? 'Copying is not allowed here: the code is selected, press Ctrl+C (⌘C on a Mac).' : ''}
        </span>
      </div>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onDone} data-autofocus>
          I have stored it
        </button>
      </div>
    </section>
  );
}
