// The preview: the file's rows as they would be saved, each row's problems beside it, and the rows
// that look like clients already in Palpate marked.
import { CircleAlert, Copy } from 'lucide-react';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportField, type ImportPreview } from '../../../shared/schemas/import';

/** Free text that may run long: wrapped and cut at three lines, so the short columns keep their width. */
const LONG: ReadonlySet<ImportField> = new Set<ImportField>(['notes', 'addressLine1', 'addressLine2', 'referringPhysicianName', 'insurancePayer', 'emergencyContactName']);

export function ImportPreviewTable({ preview, skipDuplicates }: { preview: ImportPreview; skipDuplicates: boolean }) {
  const columns = IMPORT_FIELDS.filter((f) => preview.mapping[f] && !preview.mappingErrors[f]);
  const label = (field: string) => (field === '_row' ? 'Row' : (IMPORT_FIELD_LABELS[field as ImportField] ?? field));
  return (
    <div className="table-wrap import-preview">
      <table className="table">
        <caption className="visually-hidden">The file’s rows as they would be imported, with their problems</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Row
            </th>
            <th scope="col">Problems</th>
            {columns.map((f) => (
              <th key={f} scope="col">
                {IMPORT_FIELD_LABELS[f]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => {
            const problems = Object.entries(row.errors);
            const rowClass = problems.length ? 'import-row-error' : row.duplicate && skipDuplicates ? 'import-row-skipped' : undefined;
            return (
              <tr key={row.line} className={rowClass}>
                <th scope="row" className="num import-line">
                  {row.line}
                </th>
                <td className="import-problems">
                  {problems.map(([field, message]) => (
                    <p key={field} className="import-problem">
                      <CircleAlert size={13} aria-hidden="true" />
                      <span>
                        <strong>{label(field)}:</strong> {message}
                      </span>
                    </p>
                  ))}
                  {row.duplicate && (
                    <p className="import-duplicate">
                      <Copy size={13} aria-hidden="true" />
                      <span>
                        {row.duplicate.kind === 'existing' ? 'Already in Palpate: ' : 'Same client as '}
                        {row.duplicate.label}
                        {skipDuplicates ? ' — will be left out' : ''}
                      </span>
                    </p>
                  )}
                  {!problems.length && !row.duplicate && <span className="muted">Ready</span>}
                </td>
                {columns.map((f) => (
                  <td key={f} className={row.errors[f] ? 'import-cell-error' : undefined}>
                    {row.values[f] ? <span className={LONG.has(f) ? 'import-value import-value-long' : 'import-value'}>{row.values[f]}</span> : <span className="muted">—</span>}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {preview.truncated && (
        <p className="table-note muted">
          Showing {preview.rows.length.toLocaleString()} of {preview.totalRows.toLocaleString()} rows: every row with a problem, then the first rows
          of the file.
        </p>
      )}
    </div>
  );
}
