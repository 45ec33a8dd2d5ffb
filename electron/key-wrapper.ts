// The operating system's keychain for the database key (encryption at rest): Electron's
// safeStorage — the macOS Keychain, Windows DPAPI, the Secret Service (GNOME Keyring, KWallet) on
// Linux. The core only sees the KeyWrapper interface (electron/core never imports electron).
import { safeStorage } from 'electron';
import type { KeyWrapper } from './core/encryption-key';

/**
 * On Linux without a keyring, safeStorage falls back to 'basic_text': a password written in
 * Chromium's source, which protects nothing. Then there is no keychain, and the owner is asked
 * for a passphrase instead.
 */
export function keychainUsable(platform: NodeJS.Platform, encryptionAvailable: boolean, linuxBackend: string | null): boolean {
  if (!encryptionAvailable) return false;
  return platform !== 'linux' || (linuxBackend !== null && linuxBackend !== 'basic_text' && linuxBackend !== 'unknown');
}

/** Asks the keychain once, after the app's 'ready' event (safeStorage is not usable before). */
export async function createSafeStorageKeyWrapper(): Promise<KeyWrapper> {
  let usable = false;
  try {
    // A keyring that never answers must not keep Palpate from starting: then there is none.
    const available = await Promise.race([safeStorage.isAsyncEncryptionAvailable(), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000))]);
    usable = keychainUsable(process.platform, available, process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null);
  } catch (error) {
    console.error('Palpate: the keychain could not be asked; encryption will use a passphrase', error);
  }
  return {
    available: () => usable,
    // The key as base64 text: safeStorage seals strings.
    wrap: (plain) => safeStorage.encryptStringAsync(plain.toString('base64')),
    unwrap: async (sealed) => Buffer.from((await safeStorage.decryptStringAsync(sealed)).result, 'base64'),
  };
}
