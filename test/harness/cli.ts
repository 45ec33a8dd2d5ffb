// npm run harness -- --data-dir DIR --port PORT
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startHarness } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      renderer: { type: 'string' },
      'export-dir': { type: 'string' },
      // Test tooling only: opens an encrypted clinic without the unlock screen.
      passphrase: { type: 'string' },
    },
  });
  const dataDir = values['data-dir'] ?? mkdtempSync(join(tmpdir(), 'palpate-harness-'));
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got ${values.port}`);
  const harness = await startHarness({ dataDir, port, rendererDir: values.renderer, exportDir: values['export-dir'], passphrase: values.passphrase });
  console.log(`listening on ${harness.url}`);
  console.log(`data folder: ${dataDir}`);
  const stop = () => {
    harness.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(`harness: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
