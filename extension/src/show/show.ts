// "Show to patient": one widget in its own tab, in large type, in the patient's language.
// The tab starts empty of answers; closing it forgets everything.
import { browserPlatform } from '../browser-platform.js';
import { usePlatform } from '../platform.js';
import { showWidget } from './show-page.js';

usePlatform(browserPlatform());
void showWidget(document.body, location.search);
