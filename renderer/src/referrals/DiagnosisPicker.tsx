// ICD-10-CM diagnoses for a referral: a combobox over the bundled list of common massage-referral
// codes (by code or words: "m54", "low back", "tmj"), and any other code typed in full. A deleted
// code (M54.5) says at once what replaced it.
import { X } from 'lucide-react';
import { useEffect, useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { normalizeIcd10, searchIcd10, validateIcd10 } from '../../../shared/domain/icd10';
import { DELETED_CODES } from '../../../shared/domain/icd10-codes';

const MAX_OPTIONS = 8;

/** "Low back pain, unspecified" for a bundled code; '' for any other valid code. */
export function icd10Description(code: string): string {
  const check = validateIcd10(code);
  return check.ok ? (check.description ?? '') : '';
}

interface Props {
  value: readonly string[];
  onChange: (codes: string[]) => void;
  onBlur?: () => void;
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
}

export function DiagnosisPicker({ value, onChange, onBlur, error, inputRef }: Props) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [activeCode, setActiveCode] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const ids = { input: useId(), list: useId(), hint: useId(), error: useId() };

  const options = useMemo(() => searchIcd10(text, MAX_OPTIONS + value.length).filter((o) => !value.includes(o.code)).slice(0, MAX_OPTIONS), [text, value]);
  const active = options.find((o) => o.code === activeCode);
  // A deleted code is answered as soon as it is typed, with the codes that replaced it.
  const replaced = DELETED_CODES[normalizeIcd10(text)];
  const shown = replaced ?? message ?? error;
  const expanded = open && options.length > 0;
  const optionId = (code: string) => `${ids.list}-${code.replace('.', '_')}`;

  useEffect(() => {
    if (active) document.getElementById(optionId(active.code))?.scrollIntoView({ block: 'nearest' });
  });

  function add(code: string) {
    if (value.includes(code)) {
      setMessage(`${code} is already listed`);
      return;
    }
    onChange([...value, code]);
    setText('');
    setActiveCode(null);
    setMessage(null);
    setOpen(false);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const index = options.findIndex((o) => o.code === activeCode);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const next = index === -1 ? (step === 1 ? 0 : options.length - 1) : (index + step + options.length) % options.length;
      setActiveCode(options[next]!.code);
    } else if (e.key === 'Enter') {
      // Enter never submits the referral from here: it adds the highlighted or the typed code.
      e.preventDefault();
      if (expanded && active) return add(active.code);
      if (text.trim() === '') return;
      const check = validateIcd10(text);
      if (check.ok) add(check.code);
      else setMessage(check.message);
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      setActiveCode(null);
    }
  }

  const describedBy = [shown ? ids.error : '', ids.hint].filter(Boolean).join(' ');
  return (
    <div className="field field-wide diagnosis-picker">
      <div className="field-label">
        <label htmlFor={ids.input}>Diagnoses</label>
        <span className="field-required" aria-hidden="true">
          *
        </span>
      </div>
      {value.length > 0 && (
        <ul className="diagnosis-chips" aria-label="Selected diagnoses">
          {value.map((code) => {
            const description = icd10Description(code);
            return (
              <li key={code} className="diagnosis-chip">
                <span className="diagnosis-code">{code}</span>
                {description && <span className="diagnosis-description">{description}</span>}
                <button type="button" className="chip-remove" aria-label={`Remove ${code}`} onClick={() => onChange(value.filter((c) => c !== code))}>
                  <X size={14} aria-hidden="true" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="combobox">
        <input
          ref={inputRef}
          id={ids.input}
          className="input"
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={ids.list}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active ? optionId(active.code) : undefined}
          aria-describedby={describedBy}
          aria-invalid={shown ? true : undefined}
          aria-required
          autoComplete="off"
          spellCheck={false}
          placeholder="Search by code or words, e.g. M54.50 or low back"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setMessage(null);
            setActiveCode(null);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            onBlur?.();
          }}
          onKeyDown={onKeyDown}
        />
        {/* Directly under the input, so the open list never covers it. */}
        {shown && (
          <p id={ids.error} className="field-error" role={replaced || message ? 'alert' : undefined}>
            {shown}
          </p>
        )}
        <ul id={ids.list} role="listbox" aria-label="ICD-10-CM codes" className={expanded ? 'listbox combobox-list' : 'listbox combobox-list combobox-list-hidden'}>
          {expanded &&
            options.map((o) => (
              <li
                key={o.code}
                id={optionId(o.code)}
                role="option"
                aria-selected={o.code === activeCode}
                className="listbox-option combobox-option"
                // Keep focus in the input: a click picks without blurring (which would close the list).
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => o.code !== activeCode && setActiveCode(o.code)}
                onClick={() => add(o.code)}
              >
                <span className="diagnosis-code">{o.code}</span> <span className="diagnosis-description">{o.description}</span>
              </li>
            ))}
        </ul>
      </div>
      <p id={ids.hint} className="field-hint">
        Pick from the list, or type any ICD-10-CM code and press Enter.
      </p>
    </div>
  );
}
