// The privacy statement: static text in the browser's language, filled in from _locales.
import { browserPlatform } from '../browser-platform.js';
import { usePlatform } from '../platform.js';
import { loadSettings } from '../settings/store.js';
import { applyAppearance, localisePage, prepareDocument } from '../ui.js';

usePlatform(browserPlatform());
prepareDocument('privacyTitle');
localisePage(document);
void loadSettings().then((resolved) => {
  applyAppearance(document.documentElement, resolved.settings);
});
