// The side panel (Chrome, Edge) / sidebar (Firefox). Installs the browser's extension APIs, then
// creates the panel, which loads each widget's code only when it is opened.
import { browserPlatform } from '../browser-platform.js';
import { usePlatform } from '../platform.js';
import { prepareDocument } from '../ui.js';
import './panel-app.js';

usePlatform(browserPlatform());
prepareDocument('panelTitle');
document.body.append(document.createElement('ryggrad-panel'));
