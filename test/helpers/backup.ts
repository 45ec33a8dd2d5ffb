// Damaging a copy of a closed database file on purpose, to test what notices it.
import { readFileSync, writeFileSync } from 'node:fs';

/** Overwrites the page headers of pages 2 to 6 with junk: the b-tree can no longer be read. */
export function damagePages(path: string): void {
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
  for (let page = 2; page <= 6; page++) bytes.fill(0xee, (page - 1) * pageSize, (page - 1) * pageSize + 64);
  writeFileSync(path, bytes);
}
