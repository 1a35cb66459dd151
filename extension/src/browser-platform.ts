import browser from 'webextension-polyfill';
import type { Platform, StorageValues } from './platform.js';

/** The real platform: the browser's extension APIs through webextension-polyfill. */
export function browserPlatform(): Platform {
  return {
    message: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
    uiLanguage: () => browser.i18n.getMessage('@@ui_locale'),
    readSync: (keys) => browser.storage.sync.get([...keys]),
    async writeSync(values: StorageValues) {
      await browser.storage.sync.set(values);
    },
    async readManaged(keys) {
      try {
        return await browser.storage.managed.get([...keys]);
      } catch {
        // Firefox rejects when no policy is installed for the extension: nothing is managed.
        return {};
      }
    },
    onStorageChanged(listener) {
      const handle = (_changes: unknown, area: string) => {
        if (area === 'sync' || area === 'managed') listener(area);
      };
      browser.storage.onChanged.addListener(handle);
      return () => {
        browser.storage.onChanged.removeListener(handle);
      };
    },
    async openExtensionTab(path) {
      // tabs.create needs no "tabs" permission; it opens our own page, never reads other tabs.
      await browser.tabs.create({ url: browser.runtime.getURL(path) });
    },
    openOptionsPage: () => browser.runtime.openOptionsPage(),
  };
}
