// Reading a full export back before calling it done: every file the manifest lists has its size
// and SHA-256, every table's CSV parses (RFC 4180) to its header plus the manifest's row count,
// and every JSON file is an array of that many rows. Also usable on an export folder later.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { ExportManifest } from '../../shared/schemas/export';

const yieldToOtherCalls = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What is wrong with the export in `folder`, one sentence per problem; [] when it is complete. */
export async function verifyExport(folder: string): Promise<string[]> {
  let manifest: ExportManifest;
  try {
    manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as ExportManifest;
  } catch (error) {
    return [`manifest.json could not be read (${error instanceof Error ? error.message : String(error)})`];
  }
  const problems: string[] = [];
  const fail = (problem: string): null => {
    problems.push(problem);
    return null;
  };
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  /** The file's bytes when it is there with its size and checksum, else null (and the problem noted). */
  const checked = async (path: string): Promise<Buffer | null> => {
    const file = listed.get(path);
    if (!file) return fail(`${path} is not in the file list`);
    listed.delete(path);
    let data: Buffer;
    try {
      data = await readFile(join(folder, path));
    } catch {
      return fail(`${path} is missing`);
    }
    if (data.length !== file.bytes) return fail(`${path} has ${data.length} bytes, not ${file.bytes}`);
    if (createHash('sha256').update(data).digest('hex') !== file.sha256) return fail(`${path} does not match its checksum`);
    return data;
  };
  // One table at a time, so a large export is never all in memory at once.
  for (const table of manifest.tables) {
    const csv = await checked(table.csv);
    if (csv) {
      const parsed = Papa.parse<string[]>(csv.toString('utf8'), { newline: '\r\n' });
      if (parsed.errors.length) problems.push(`${table.csv}: ${parsed.errors[0]!.message}`);
      else if (parsed.data.length - 1 !== table.rows) problems.push(`${table.csv} has ${parsed.data.length - 1} rows, not ${table.rows}`);
      else if (parsed.data[0]?.join('\u0000') !== table.columns.join('\u0000')) problems.push(`${table.csv} does not have the table's columns`);
    }
    const json = await checked(table.json);
    if (json) {
      try {
        const rows = JSON.parse(json.toString('utf8')) as unknown;
        if (!Array.isArray(rows) || rows.length !== table.rows) problems.push(`${table.json} does not hold ${table.rows} rows`);
      } catch {
        problems.push(`${table.json} is not valid JSON`);
      }
    }
    await yieldToOtherCalls();
  }
  // The rest: the scanned orders.
  for (const path of [...listed.keys()]) {
    await checked(path);
    await yieldToOtherCalls();
  }
  return problems;
}
