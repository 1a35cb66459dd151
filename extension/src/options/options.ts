// The options page: the same preferences form as the panel's settings section.
import { browserPlatform } from '../browser-platform.js';
import { usePlatform } from '../platform.js';
import '../settings/settings-form.js';
import { loadSettings, watchSettings } from '../settings/store.js';
import { applyAppearance, msg, prepareDocument } from '../ui.js';

usePlatform(browserPlatform());
prepareDocument('optionsTitle');

const main = document.createElement('main');
main.className = 'page';
const heading = document.createElement('h1');
heading.textContent = msg('optionsTitle');
const privacy = document.createElement('p');
const privacyLink = document.createElement('a');
privacyLink.href = 'privacy.html';
privacyLink.textContent = msg('privacyLink');
privacy.append(privacyLink);
main.append(heading, document.createElement('ryggrad-settings'), privacy);
document.body.append(main);

void loadSettings().then((resolved) => {
  applyAppearance(document.documentElement, resolved.settings);
});
watchSettings((resolved) => {
  applyAppearance(document.documentElement, resolved.settings);
});
