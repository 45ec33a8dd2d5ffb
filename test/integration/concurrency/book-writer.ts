// Child process for the concurrency test: waits for the go signal, then books one slot and
// prints whether it succeeded. Several of these race for the same slot from separate connections.
import { existsSync } from 'node:fs';
import { writeSync } from 'node:fs';
import { openCore } from '../../../electron/core';

async function main(): Promise<void> {
  const [dataDir, goFile, input] = process.argv.slice(2) as [string, string, string];
  const core = await openCore({ dataDir });
  writeSync(1, 'ready\n');
  while (!existsSync(goFile)) await new Promise((r) => setTimeout(r, 2));
  const result = core.invoke('appointments/book', JSON.parse(input));
  writeSync(1, `${JSON.stringify(result.ok ? { ok: true } : { ok: false, code: result.error.code })}\n`);
  core.close();
}

main().catch((error: unknown) => {
  writeSync(2, `writer failed: ${String(error)}\n`);
  process.exit(1);
});
