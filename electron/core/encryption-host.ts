// Start-up with an encrypted database that needs the passphrase (or the recovery key): until it is
// unlocked there is no core, so this host answers the unlock screen itself — whether the database
// is locked, and the attempt to unlock it — and refuses everything else with 'not_ready'. Once the
// key opens it, the ordinary host (demo switch, backup host) takes over. Both hosts (Electron's
// main and the browser harness) start through here, so the renderer sees one behaviour.
import { contract } from '../../shared/contract';
import { isMethod } from '../../shared/methods';
import type { Envelope } from '../../shared/result';
import type { DatabaseLock, UnlockDatabaseInput } from '../../shared/schemas/encryption';
import type { CoreHost } from './backup-host';
import { describeIssues } from './dispatch';
import { UNLOCKED, type UnlockOptions } from './encryption';
import { EncryptionKeyRequiredError, WrongKeyError } from './errors';
import type { Core } from './index';

export interface LockableHostOptions {
  /** Opens the clinic's core, with what the person typed at the unlock screen (nothing at first). */
  open: (unlock?: Pick<UnlockOptions, 'passphrase' | 'recoveryKey'>) => Promise<Core>;
  /** The ordinary host around an opened core. */
  host: (core: Core) => CoreHost;
}

const lockOf = (error: EncryptionKeyRequiredError): DatabaseLock => ({
  locked: true,
  protection: error.protection,
  message: error.message,
  canUnlock: error.canUnlock,
  notice: null,
});

const NOT_READY: Envelope<never> = {
  ok: false,
  error: { code: 'not_ready', message: 'Palpate’s database is encrypted and still locked. Enter the passphrase or the recovery key first.' },
};

/**
 * The host to use from start-up. Errors other than a missing key (a damaged database, a newer
 * version) are thrown as before, for the host to show.
 */
export async function openLockableHost(options: LockableHostOptions): Promise<CoreHost> {
  let lock: DatabaseLock;
  try {
    return options.host(await options.open());
  } catch (error) {
    if (!(error instanceof EncryptionKeyRequiredError)) throw error;
    lock = lockOf(error);
  }

  let live: CoreHost | null = null;
  let notice: string | null = null;
  let unlocking: Promise<Envelope<unknown>> | null = null;

  async function unlock(input: UnlockDatabaseInput): Promise<Envelope<unknown>> {
    try {
      const secrets = input.recoveryKey !== undefined ? { recoveryKey: input.recoveryKey } : { passphrase: input.passphrase };
      live = options.host(await options.open(secrets));
      if (input.recoveryKey !== undefined && lock.protection === 'passphrase') {
        notice = 'Opened with the recovery key. Choose a new passphrase in Settings → Encryption, so the next start does not need it.';
      }
      return { ok: true, value: { ...UNLOCKED, notice } };
    } catch (error) {
      if (error instanceof WrongKeyError) {
        const field = error.secret === 'passphrase' ? 'passphrase' : 'recoveryKey';
        return { ok: false, error: { code: 'invalid_input', message: error.message, fields: { [field]: error.message } } };
      }
      if (error instanceof EncryptionKeyRequiredError) {
        lock = lockOf(error);
        return { ok: false, error: { code: 'not_ready', message: error.message } };
      }
      // A damaged database, one from a newer Palpate: said as it is; nothing was changed.
      return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
    }
  }

  function whileLocked(method: unknown, input: unknown): Envelope<unknown> | Promise<Envelope<unknown>> {
    if (!isMethod(method)) return { ok: false, error: { code: 'unknown_method', message: `Palpate has no action called "${String(method).slice(0, 60)}".` } };
    if (method !== 'security/databaseLock' && method !== 'security/unlockDatabase') return NOT_READY;
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues) };
    if (method === 'security/databaseLock') return { ok: true, value: lock };
    // One attempt at a time: scrypt takes a moment, and a double click must not open twice.
    return (unlocking ??= unlock(parsed.data as UnlockDatabaseInput).finally(() => (unlocking = null)));
  }

  return {
    get core() {
      if (!live) throw new Error('The database is locked: there is no core until it is unlocked.');
      return live.core;
    },
    get api() {
      if (!live) throw new Error('The database is locked: there is no core until it is unlocked.');
      return live.api;
    },
    invoke: (method, input) => (live ? live.invoke(method, input) : whileLocked(method, input)),
    restore: (file) => (live ? live.restore(file) : Promise.reject(new Error('The database is locked.'))),
    close: () => live?.close(),
  };
}
