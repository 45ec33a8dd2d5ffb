// How a data folder says "this is the demo clinic": a small file next to the database, written
// when the demo has been generated. A file (not a setting in the database) because the demo is a
// whole separate folder: the mark travels with it, and needs no migration.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEMO_FOLDER = 'demo';
export const DEMO_MARKER = 'demo.marker';

export interface DemoMarker {
  seed: number | string;
  generator: number;
  /** When the demo was generated (its clinic's "now"). */
  generatedAt: string;
}

export function isDemoFolder(dataDir: string): boolean {
  return existsSync(join(dataDir, DEMO_MARKER));
}

export function readDemoMarker(dataDir: string): DemoMarker | null {
  try {
    return JSON.parse(readFileSync(join(dataDir, DEMO_MARKER), 'utf8')) as DemoMarker;
  } catch {
    return null;
  }
}

export function writeDemoMarker(dataDir: string, marker: DemoMarker): void {
  writeFileSync(join(dataDir, DEMO_MARKER), `${JSON.stringify(marker, null, 2)}\n`);
}
