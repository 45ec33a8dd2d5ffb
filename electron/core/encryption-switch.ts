// Turning encryption at rest on or off: the host's part, because the database file is replaced
// and the core must be closed and opened again around it (backup-host.ts runs this, answering
// every other call "busy" meanwhile). The order, written once for both hosts:
//
//  on:  verified backup → new key sealed in palpate-key.json → encrypted copy written by SQLite
//       and checked → close → swap the files → reopen with the key → every backup encrypted
//  off: verified backup → every backup decrypted (while the key is still here) → plain copy
//       written and checked → close → swap → reopen → the key file retired
//
// A kill at any point leaves palpate.db as the old file or the new one (encryption-swap.ts
// finishes or drops the swap at the next start), and the key file is written before an encrypted
// database can exist without it. If the new file will not open, the old one is put back.
import type { EncryptionChange, SetEncryptionInput } from '../../shared/schemas/encryption';
import { appendAudit } from './audit';
import { createBackup } from './backup';
import { isDemoFolder } from './demo/marker';
import { convertBackups, type ConvertedBackups } from './encryption-backups';
import { forgetKey, rememberKey } from './encryption-db';
import { buildKeyFile, keyIdOf, newDatabaseKey, newRecoveryKey, retireKeyFile, unretireKeyFile, writeKeyFile } from './encryption-key';
import { discardStagedDatabase, finishSwap, stageConvertedDatabase, swapInStagedDatabase, undoSwap } from './encryption-swap';
import { encryptionStatus, keychainAvailable, keyOf, wrapperOf } from './encryption';
import { AppError } from './errors';
import type { Core } from './index';

export interface SwitchHooks {
  /** The live core now. */
  current(): Core;
  /** Makes `core` the host's live core. */
  replace(core: Core): void;
  /** Opens the core again on the same data folder. */
  reopen(): Promise<Core>;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describeBackups(converted: ConvertedBackups, enabled: boolean): string[] {
  const form = enabled ? 'encrypted' : 'decrypted';
  const lines: string[] = [];
  const total = converted.converted + converted.unchanged;
  if (total > 0) lines.push(`${plural(total, 'backup')} ${total === 1 ? 'is' : 'are'} ${enabled ? 'encrypted' : 'not encrypted'} too.`);
  if (converted.failed.length > 0) {
    lines.push(`${plural(converted.failed.length, 'backup')} could not be ${form} and ${converted.failed.length === 1 ? 'was' : 'were'} left as before: ${converted.failed.join(', ')}.`);
  }
  if (converted.secondFolder === 'missing') {
    lines.push(`The second backup folder was not reachable, so the copies there were not ${form}; choose “Turn ${enabled ? 'on' : 'off'} encryption” again when the drive is back.`);
  }
  return lines;
}

/**
 * Closes the core, swaps in the staged file and opens it. On failure the old file goes back and
 * is opened again (so the host always has a live core), then the error is thrown.
 */
async function swapAndReopen(hooks: SwitchHooks, onFailure: () => void): Promise<Core> {
  const previous = hooks.current();
  const { dataDir } = previous.ctx;
  const auth = previous.ctx.auth;
  // Everything in the -wal into the file first, so closing leaves palpate.db alone to move.
  previous.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  previous.close();
  let next: Core | null = null;
  try {
    swapInStagedDatabase(dataDir);
    next = await hooks.reopen();
  } catch (error) {
    if (next?.sqlite.open) next.close();
    undoSwap(dataDir);
    discardStagedDatabase(dataDir);
    onFailure();
    hooks.replace(await hooks.reopen());
    throw error;
  }
  finishSwap(dataDir);
  // The same person stays signed in: the data, and who may see it, did not change.
  next.ctx.auth = { ...auth };
  hooks.replace(next);
  return next;
}

async function turnOn(hooks: SwitchHooks, passphrase: string | undefined): Promise<EncryptionChange> {
  const core = hooks.current();
  const { ctx } = core;
  const wrapper = wrapperOf(core.sqlite);
  if (passphrase === undefined && !keychainAvailable(wrapper)) {
    throw new AppError('invalid_input', 'Choose a passphrase: this computer has no keychain Palpate can keep the key in.', {
      passphrase: 'Choose a passphrase (at least 10 characters)',
    });
  }
  await createBackup(ctx, { reason: 'manual' });
  const key = newDatabaseKey();
  const recovery = newRecoveryKey();
  const now = ctx.clock.now();
  const keyFile = await buildKeyFile(key, { wrapper: passphrase === undefined ? wrapper : null, passphrase: passphrase ?? null, recovery: recovery.normalized, now });
  stageConvertedDatabase(core.sqlite, ctx.dataDir, null, key, ctx.nativeBinding);
  // The key file before the encrypted database can become palpate.db; a leftover one is retired.
  try {
    retireKeyFile(ctx.dataDir, now);
    writeKeyFile(ctx.dataDir, keyFile);
  } catch (error) {
    discardStagedDatabase(ctx.dataDir);
    throw error;
  }
  rememberKey(ctx.dataDir, key);
  let next: Core;
  try {
    next = await swapAndReopen(hooks, () => {
      forgetKey(ctx.dataDir);
      retireKeyFile(ctx.dataDir, now);
    });
  } catch (error) {
    throw new AppError('internal', `Encryption could not be turned on (${error instanceof Error ? error.message : String(error)}). Your database is as it was; nothing was lost.`);
  }
  appendAudit(next.ctx, { action: 'update', entity: 'encryption', detail: { enabled: true, protection: keyFile.protection } });
  const converted = await convertBackups(next.ctx.dataDir, null, key, next.ctx.nativeBinding);
  const way = keyFile.protection === 'passphrase' ? 'the passphrase is forgotten' : 'this computer’s keychain is lost (a new computer, a reinstalled system)';
  return {
    status: encryptionStatus(next.ctx),
    recoveryKey: recovery.printed,
    message: [
      'Encryption is on: the database is encrypted.',
      ...describeBackups(converted, true),
      `Print the recovery key below and keep it away from the computer: it is the only way in if ${way}. It is shown only now.`,
    ].join(' '),
  };
}

async function turnOff(hooks: SwitchHooks, key: Buffer): Promise<EncryptionChange> {
  const core = hooks.current();
  const { ctx } = core;
  await createBackup(ctx, { reason: 'manual' });
  stageConvertedDatabase(core.sqlite, ctx.dataDir, key, null, ctx.nativeBinding);
  // The backups before the swap, while the key is still here to read them. Nothing writes to the
  // database meanwhile (the host answers every call "busy"), so the staged copy stays exact.
  let converted: ConvertedBackups;
  try {
    converted = await convertBackups(ctx.dataDir, key, null, ctx.nativeBinding);
  } catch (error) {
    discardStagedDatabase(ctx.dataDir);
    throw error;
  }
  let next: Core;
  try {
    next = await swapAndReopen(hooks, () => {
      // Opening the plain copy may already have retired the key file: the encrypted database is
      // back, so its key file and key must be too.
      unretireKeyFile(ctx.dataDir, keyIdOf(key));
      rememberKey(ctx.dataDir, key);
    });
  } catch (error) {
    throw new AppError('internal', `Encryption could not be turned off (${error instanceof Error ? error.message : String(error)}). Your database is as it was, still encrypted; nothing was lost.`);
  }
  // Opening the plain file retired the key file (it is kept, renamed, for any copy still encrypted).
  forgetKey(next.ctx.dataDir);
  appendAudit(next.ctx, { action: 'update', entity: 'encryption', detail: { enabled: false } });
  return {
    status: encryptionStatus(next.ctx),
    recoveryKey: null,
    message: ['Encryption is off: the database is no longer encrypted.', ...describeBackups(converted, false)].join(' '),
  };
}

/** security/setEncryption: the host calls this with the core's lifecycle in `hooks`. */
export async function switchEncryption(hooks: SwitchHooks, input: SetEncryptionInput): Promise<EncryptionChange> {
  const core = hooks.current();
  const { ctx } = core;
  if (isDemoFolder(ctx.dataDir)) {
    throw new AppError('conflict', 'The demo clinic holds only sample data and is never encrypted. Leave the demo to change encryption for your own clinic.');
  }
  const key = keyOf(core.sqlite);
  if (input.enabled && key) {
    // Already on: bring any backup still plain (an interrupted conversion, a drive now back) in line.
    const converted = await convertBackups(ctx.dataDir, key, key, ctx.nativeBinding);
    return { status: encryptionStatus(ctx), recoveryKey: null, message: ['Encryption is already on.', ...describeBackups(converted, true)].join(' ') };
  }
  if (!input.enabled && !key) return { status: encryptionStatus(ctx), recoveryKey: null, message: 'Encryption is already off.' };
  return input.enabled ? turnOn(hooks, input.passphrase) : turnOff(hooks, key!);
}
