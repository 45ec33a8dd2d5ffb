// A labelled form control with its hint and error. The label text is exactly the field's name
// (tests and screen readers find fields by it); the required marker sits outside the label.
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface ShellProps {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean | undefined;
  /** Take the full row of a two-column field grid. */
  wide?: boolean | undefined;
  /** Keep the label for screen readers and tests, but not on screen (rows under a labelled first row). */
  hideLabel?: boolean | undefined;
}

type ControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'aria-required': true | undefined;
};

function FieldShell({ label, error, hint, required, wide, hideLabel, control }: ShellProps & { control: (p: ControlProps) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <div className={hideLabel ? 'field-label visually-hidden' : 'field-label'}>
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="field-required" aria-hidden="true">
            *
          </span>
        )}
      </div>
      {control({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        'aria-required': required ? true : undefined,
      })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

type InputProps = ShellProps & { reg: UseFormRegisterReturn } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'>;

export function TextField({ label, error, hint, required, wide, hideLabel, reg, type = 'text', ...rest }: InputProps) {
  return (
    <FieldShell
      {...{ label, error, hint, required, wide, hideLabel }}
      control={(p) => <input type={type} className="input" {...p} {...rest} {...reg} />}
    />
  );
}

type SelectProps = ShellProps & {
  reg: UseFormRegisterReturn;
  options: ReadonlyArray<{ value: string; label: string }>;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'required'>;

export function SelectField({ label, error, hint, required, wide, hideLabel, reg, options, ...rest }: SelectProps) {
  return (
    <FieldShell
      {...{ label, error, hint, required, wide, hideLabel }}
      control={(p) => (
        <select className="input select" {...p} {...rest} {...reg}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

type TextAreaProps = ShellProps & { reg: UseFormRegisterReturn } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required'>;

export function TextAreaField({ label, error, hint, required, wide = true, hideLabel, reg, ...rest }: TextAreaProps) {
  return (
    <FieldShell
      {...{ label, error, hint, required, wide, hideLabel }}
      control={(p) => <textarea className="input textarea" rows={5} {...p} {...rest} {...reg} />}
    />
  );
}

/**
 * A titled group of fields laid out in a two-column grid. Deliberately not named by its heading:
 * a section called "Notes" would share its accessible name with the Notes field inside it.
 */
export function FormSection({ title, children, description }: { title: string; description?: string; children: ReactNode }) {
  return (
    <section className="form-section">
      <h2 className="form-section-title">
        {title}
      </h2>
      {description && <p className="muted form-section-description">{description}</p>}
      <div className="field-grid">{children}</div>
    </section>
  );
}

type CheckboxProps = Omit<ShellProps, 'required' | 'hideLabel'> & { reg: UseFormRegisterReturn } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>;

/** A checkbox with its label to the right, and its hint and error underneath (tied by aria-describedby). */
export function CheckboxField({ label, error, hint, wide, reg, className, ...rest }: CheckboxProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', 'field-checkbox', wide && 'field-wide', className].filter(Boolean).join(' ')}>
      <label className="checkbox" htmlFor={id}>
        <input type="checkbox" id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} {...reg} />
        <span>{label}</span>
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A number input whose value is a number, or null when left empty (what the schemas expect). */
export function numberOrNull(value: unknown): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isNaN(n) ? null : n;
}
