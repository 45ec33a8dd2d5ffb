import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../../electron/core/index';
async function main() {
  const work = mkdtempSync(join(tmpdir(), 'wk-'));
  cpSync(process.argv[2]!, work, { recursive: true });
  const core = await openCore({ dataDir: work });
  const m = process.argv[3] ?? 'appointments/range';
  const input = m === 'appointments/range' ? { from: '2026-11-23T05:00:00.000Z', to: '2026-11-30T05:00:00.000Z' } : {};
  for (let i = 0; i < 1500; i++) core.invoke(m, input);
}
main();
