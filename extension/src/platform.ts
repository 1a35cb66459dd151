/**
 * The few browser-extension APIs the pages use, behind one small interface. Pages call
 * `platform()`; each page's entry module installs the real implementation (browser-platform.ts,
 * webextension-polyfill) with `usePlatform()`, and unit tests install a fake — so no page logic
 * depends on running inside an extension.
 */
export type StorageValues = Record<string, unknown>;

export interface Platform {
  /** An extension UI string in the browser's language (`_locales/…/messages.json`). */
  message(key: string, substitutions?: string | string[]): string;
  /** The browser's UI language as the extension sees it (`@@ui_locale`, e.g. "nb" or "en_US"). */
  uiLanguage(): string;
  /** The user's preferences (`storage.sync`). */
  readSync(keys: readonly string[]): Promise<StorageValues>;
  writeSync(values: StorageValues): Promise<void>;
  /** Values the organisation set through browser policy (`storage.managed`); empty when none. */
  readManaged(keys: readonly string[]): Promise<StorageValues>;
  /** Calls `listener` when sync or managed storage changes; returns a function that stops listening. */
  onStorageChanged(listener: (area: 'sync' | 'managed') => void): () => void;
  /** Opens one of the extension's own pages (e.g. "show.html?widget=…") in a new tab. */
  openExtensionTab(path: string): Promise<void>;
  /** Opens the extension's options page. */
  openOptionsPage(): Promise<void>;
}

let current: Platform | undefined;

/** The platform installed by the page's entry module (or a test). */
export function platform(): Platform {
  if (!current) throw new Error('No platform installed: call usePlatform() in the page entry module.');
  return current;
}

/** Installs the platform; entry modules pass the browser's, unit tests a fake. */
export function usePlatform(implementation: Platform): void {
  current = implementation;
}
