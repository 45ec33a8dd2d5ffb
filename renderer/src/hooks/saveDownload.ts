// Saving a file the core handed back (a CSV, a FHIR bundle, a scanned order) through the page's own
// download: Chromium (and Electron's session) ask where to save it, no file path ever crosses IPC.

/** Starts a download of `blob` named `fileName`; the object URL is released once it has begun. */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Text as a download; CSV gets a byte-order mark so spreadsheet programs read it as UTF-8 (accents). */
export function saveText(fileName: string, text: string, type: 'text/csv' | 'application/fhir+json'): void {
  const parts = type === 'text/csv' ? ['\uFEFF', text] : [text];
  saveBlob(fileName, new Blob(parts, { type: `${type};charset=utf-8` }));
}
