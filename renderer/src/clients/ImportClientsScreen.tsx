// Import clients from a CSV file (#/clients/import): choose the file → check which column holds
// what → see every row as it would be saved, with its problems beside it → Import (all rows, or
// none: the button waits until no row has a problem) → "Imported N clients".
import { ArrowLeft, CheckCircle2, FileUp, Upload } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, type ImportField, type ImportMapping, type ImportPreview, type ImportResult } from '../../../shared/schemas/import';
import { call, CallError } from '../api';
import { Allowed } from '../auth/Allowed';
import { PageHeader } from '../components/PageHeader';
import { ErrorBanner, Loading } from '../components/Status';
import { messageOf } from '../hooks/useCall';
import { ImportMappingFields } from './ImportMappingFields';
import { ImportPreviewTable } from './ImportPreviewTable';
import './import.css';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** Spreadsheet programs save CSV as UTF-8, or (older Excel on Windows) as Windows-1252. */
async function readText(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function ImportClientsScreen() {
  return (
    <Allowed page method="clients/import" reason="Importing clients is done by the owner or the front desk.">
      <ImportClients />
    </Allowed>
  );
}

function ImportClients() {
  const fileId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const asked = useRef(0);
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  const [busy, setBusy] = useState<'reading' | 'importing' | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);

  /**
   * Asks for a preview; an answer to an older question (the mapping changed since) is dropped.
   * `keep`: a mapping chosen for an earlier file, kept when the new file has the same columns (a
   * corrected copy of the same spreadsheet).
   */
  async function loadPreview(csv: string, chosen?: ImportMapping, keep?: { headers: string[]; mapping: ImportMapping }): Promise<void> {
    const question = ++asked.current;
    setBanner(null);
    try {
      let answer = await call('clients/importPreview', chosen ? { csv, mapping: chosen } : { csv });
      if (keep && answer.headers.join('\u0000') === keep.headers.join('\u0000')) answer = await call('clients/importPreview', { csv, mapping: keep.mapping });
      if (question !== asked.current) return;
      setPreview(answer);
      setMapping(answer.mapping);
    } catch (e) {
      if (question !== asked.current) return;
      setPreview(null);
      if (e instanceof CallError && e.detail.fields?.csv) setFileError(e.detail.fields.csv);
      else setBanner(messageOf(e));
    }
  }

  async function chooseFile(chosen: File | undefined): Promise<void> {
    const earlier = preview ? { headers: preview.headers, mapping } : undefined;
    setDone(null);
    setFileError(null);
    setPreview(null);
    setFile(null);
    if (!chosen) return;
    if (chosen.size > IMPORT_MAX_BYTES) {
      setFileError(`“${chosen.name}” is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB. Split it into smaller files and import them one at a time.`);
      return;
    }
    setBusy('reading');
    try {
      const csv = await readText(chosen);
      setFile({ name: chosen.name, csv });
      await loadPreview(csv, undefined, earlier);
    } finally {
      setBusy(null);
    }
  }

  function changeMapping(field: ImportField, header: string | null): void {
    if (!file) return;
    const next = { ...mapping, [field]: header };
    setMapping(next);
    void loadPreview(file.csv, next);
  }

  async function importNow(): Promise<void> {
    if (!file) return;
    setBusy('importing');
    setBanner(null);
    try {
      const result = await call('clients/import', { csv: file.csv, mapping, skipDuplicates });
      setDone(result);
    } catch (e) {
      setBanner(messageOf(e));
      // The file or the clients may have changed since the preview: show the rows as they are now.
      await loadPreview(file.csv, mapping);
    } finally {
      setBusy(null);
    }
  }

  function startOver(): void {
    setDone(null);
    setFile(null);
    setPreview(null);
    setMapping({});
    if (inputRef.current) inputRef.current.value = '';
  }

  const mappingProblems = preview ? Object.keys(preview.mappingErrors).length : 0;
  const toImport = preview ? preview.totalRows - (skipDuplicates ? preview.duplicateRows : 0) : 0;
  const blocked = !preview || mappingProblems > 0 || preview.errorRows > 0 || toImport === 0;
  const why = !preview
    ? null
    : mappingProblems > 0
      ? 'Choose a column for each field marked above first.'
      : preview.errorRows > 0
        ? `Fix the ${plural(preview.errorRows, 'row')} with problems first: correct the file and choose it again, or choose other columns. Nothing is imported until every row is right.`
        : toImport === 0
          ? 'Every row matches a client already in Palpate.'
          : null;

  return (
    <div className="page page-wide import-page">
      <PageHeader
        title="Import clients"
        subtitle="From a spreadsheet saved as CSV: one client per row, with a header row."
        actions={
          <Link to="/clients" className="button button-secondary">
            <ArrowLeft size={16} aria-hidden="true" />
            Back to clients
          </Link>
        }
      />

      {done ? (
        <section className="card import-done" role="status" aria-live="polite">
          <CheckCircle2 size={22} aria-hidden="true" />
          <div>
            <h2 className="card-title">{`Imported ${plural(done.imported, 'client')}`}</h2>
            <p>
              {done.imported > 0 ? 'They are in the client list and in search now.' : 'Nothing new was added.'}
              {done.skippedDuplicates > 0 && ` ${plural(done.skippedDuplicates, 'row')} that matched clients already in Palpate ${done.skippedDuplicates === 1 ? 'was' : 'were'} left out.`}
            </p>
            <div className="form-actions">
              <Link to="/clients" className="button button-primary">
                Show clients
              </Link>
              <button type="button" className="button button-secondary" onClick={startOver}>
                Import another file
              </button>
            </div>
          </div>
        </section>
      ) : (
        <>
          <section className="card import-step" aria-labelledby="import-file-title">
            <h2 id="import-file-title" className="card-title">
              1. Choose the file
            </h2>
            <div className="field">
              <div className="field-label">
                <label htmlFor={fileId}>CSV file</label>
              </div>
              <input
                ref={inputRef}
                id={fileId}
                type="file"
                accept=".csv,text/csv,text/plain"
                className="input import-file"
                aria-invalid={fileError ? true : undefined}
                aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ''}`}
                disabled={busy !== null}
                onChange={(e) => void chooseFile(e.target.files?.[0])}
              />
              <p id={`${fileId}-hint`} className="field-hint">
                Up to {IMPORT_MAX_BYTES / 1024 / 1024} MB and {IMPORT_MAX_ROWS.toLocaleString()} clients. Commas, semicolons or tabs between columns.
              </p>
              {fileError && (
                <p id={`${fileId}-error`} className="field-error">
                  {fileError}
                </p>
              )}
            </div>
            {busy === 'reading' && <Loading label="Reading the file…" />}
          </section>

          {banner && <ErrorBanner message={banner} />}

          {file && preview && (
            <>
              <section className="card import-step" aria-labelledby="import-mapping-title">
                <h2 id="import-mapping-title" className="card-title">
                  2. Match the columns
                </h2>
                <ImportMappingFields headers={preview.headers} suggested={preview.suggested} mapping={mapping} errors={preview.mappingErrors} disabled={busy !== null} onChange={changeMapping} />
              </section>

              <section className="card import-step" aria-labelledby="import-preview-title">
                <h2 id="import-preview-title" className="card-title">
                  3. Check the rows
                </h2>
                <p className="import-summary" aria-live="polite">
                  <FileUp size={15} aria-hidden="true" />
                  <span>
                    {file.name}: {plural(preview.totalRows, 'row')}
                    {preview.errorRows > 0 && <strong className="import-summary-bad"> · {plural(preview.errorRows, 'row')} with problems</strong>}
                    {preview.duplicateRows > 0 && ` · ${plural(preview.duplicateRows, 'row')} matching a client already in Palpate or an earlier row`}
                  </span>
                </p>
                {preview.duplicateRows > 0 && (
                  <label className="checkbox import-skip">
                    <input type="checkbox" checked={skipDuplicates} onChange={(e) => setSkipDuplicates(e.target.checked)} />
                    Leave out rows that match a client already in Palpate
                  </label>
                )}
                <ImportPreviewTable preview={preview} skipDuplicates={skipDuplicates} />
                <div className="form-actions import-actions">
                  <button type="button" className="button button-primary" disabled={blocked || busy !== null} aria-describedby={why ? 'import-why' : undefined} onClick={() => void importNow()}>
                    <Upload size={16} aria-hidden="true" />
                    {busy === 'importing' ? 'Importing…' : `Import ${plural(toImport, 'client')}`}
                  </button>
                  {why && (
                    <p id="import-why" className="form-actions-hint">
                      {why}
                    </p>
                  )}
                </div>
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}
