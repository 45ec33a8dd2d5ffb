// The column mapping: one select per client field, preselected from Palpate's suggestion, with
// the mapping's own problems (a required field without a column, a column chosen twice) beside
// the select they concern.
import { useId } from 'react';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../shared/schemas/import';

interface Props {
  headers: readonly string[];
  /** What Palpate suggested for this file: the fields it matched are shown first, the rest folded away. */
  suggested: ImportMapping;
  mapping: ImportMapping;
  errors: Partial<Record<ImportField, string>>;
  disabled?: boolean;
  onChange: (field: ImportField, header: string | null) => void;
}

const NOT_IMPORTED = '';

export function ImportMappingFields({ headers, suggested, mapping, errors, disabled, onChange }: Props) {
  const used = new Set(Object.values(mapping).filter(Boolean));
  const unused = headers.filter((h) => !used.has(h));
  // Split by the suggestion, not the live mapping, so a select never jumps away while it is used.
  const main = IMPORT_FIELDS.filter((f) => REQUIRED_IMPORT_FIELDS.includes(f) || suggested[f]);
  const more = IMPORT_FIELDS.filter((f) => !main.includes(f));
  const select = (field: ImportField) => (
    <MappingSelect
      key={field}
      field={field}
      headers={headers}
      value={mapping[field] ?? null}
      error={errors[field]}
      disabled={disabled}
      onChange={(header) => onChange(field, header)}
    />
  );
  return (
    <fieldset className="import-mapping">
      <legend className="import-legend">Which column holds what</legend>
      <p className="form-section-description">
        Palpate matched the file’s columns to client fields by their headings. Check each one; choose “Not imported” for a field the file does not
        have.
      </p>
      <div className="field-grid import-mapping-grid">{main.map(select)}</div>
      {more.length > 0 && (
        <details className="import-more" open={more.some((f) => mapping[f] || errors[f]) || undefined}>
          <summary>
            Other client fields ({more.length}): {more.filter((f) => mapping[f]).length ? `${more.filter((f) => mapping[f]).length} chosen` : 'none in this file'}
          </summary>
          <div className="field-grid import-mapping-grid">{more.map(select)}</div>
        </details>
      )}
      {unused.length > 0 && (
        <p className="field-hint import-unused">
          Not imported from the file: {unused.map((h, i) => <span key={h}>{i > 0 && ', '}“{h}”</span>)}
        </p>
      )}
    </fieldset>
  );
}

function MappingSelect({
  field,
  headers,
  value,
  error,
  disabled,
  onChange,
}: {
  field: ImportField;
  headers: readonly string[];
  value: string | null;
  error: string | undefined;
  disabled: boolean | undefined;
  onChange: (header: string | null) => void;
}) {
  const id = useId();
  const required = REQUIRED_IMPORT_FIELDS.includes(field);
  return (
    <div className="field">
      <div className="field-label">
        <label htmlFor={id}>{IMPORT_FIELD_LABELS[field]}</label>
        {required && (
          <span className="field-required" aria-hidden="true">
            *
          </span>
        )}
      </div>
      <select
        id={id}
        className="input select"
        value={value ?? NOT_IMPORTED}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value === NOT_IMPORTED ? null : e.target.value)}
      >
        <option value={NOT_IMPORTED}>{required ? '— Choose a column —' : 'Not imported'}</option>
        {headers.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
