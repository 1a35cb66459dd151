import type { Platform, StorageValues } from '../../src/platform.js';

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Messages = Record<string, MessageEntry>;

/** The extension's real UI strings, as the browser would read them from _locales. */
export async function loadMessages(locale: 'en' | 'nb' | 'nn'): Promise<Messages> {
  const response = await fetch(new URL(`../../_locales/${locale}/messages.json`, import.meta.url));
  return (await response.json()) as Messages;
}

/** `i18n.getMessage` as browsers implement it: named placeholders whose content is `$1`…`$9`. */
export function formatMessage(messages: Messages, key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : whole;
  });
}

/**
 * A stand-in for the browser's extension APIs: storage in memory (sync and managed), the UI
 * strings of one locale, and a record of the tabs pages asked to open.
 */
export class FakePlatform implements Platform {
  sync: StorageValues = {};
  managed: StorageValues = {};
  /** Set to make `readManaged` fail the way Firefox does when no policy is installed. */
  managedFails = false;
  readonly openedTabs: string[] = [];
  optionsOpened = 0;
  private readonly listeners = new Set<(area: 'sync' | 'managed') => void>();

  constructor(
    private readonly messages: Messages,
    private readonly locale = 'en',
  ) {}

  message(key: string, substitutions?: string | string[]): string {
    return formatMessage(this.messages, key, substitutions);
  }

  uiLanguage(): string {
    return this.locale;
  }

  async readSync(keys: readonly string[]): Promise<StorageValues> {
    return pick(this.sync, keys);
  }

  async writeSync(values: StorageValues): Promise<void> {
    this.sync = { ...this.sync, ...values };
    this.notify('sync');
  }

  async readManaged(keys: readonly string[]): Promise<StorageValues> {
    if (this.managedFails) return {};
    return pick(this.managed, keys);
  }

  /** What an administrator's policy change looks like to the extension. */
  setManaged(values: StorageValues): void {
    this.managed = values;
    this.notify('managed');
  }

  onStorageChanged(listener: (area: 'sync' | 'managed') => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  async openExtensionTab(path: string): Promise<void> {
    this.openedTabs.push(path);
  }

  async openOptionsPage(): Promise<void> {
    this.optionsOpened += 1;
  }

  private notify(area: 'sync' | 'managed'): void {
    // Browsers report storage changes asynchronously.
    setTimeout(() => {
      for (const listener of this.listeners) listener(area);
    });
  }
}

function pick(values: StorageValues, keys: readonly string[]): StorageValues {
  return Object.fromEntries(keys.filter((key) => key in values).map((key) => [key, values[key]]));
}

/**
 * A minimal widget for testing the panel's logic without the real widgets: its plain text says
 * which attributes it has, and it counts nothing it should not.
 */
export class TestWidget extends HTMLElement {
  static renders = 0;

  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }

  connectedCallback(): void {
    TestWidget.renders += 1;
    this.textContent = `widget ${this.localName}`;
  }

  toPlainText(): string {
    return `${this.localName} lang=${this.getAttribute('lang')} audience=${this.getAttribute('audience') ?? '-'} theme=${this.getAttribute('theme')}`;
  }
}
