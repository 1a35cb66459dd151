import { loadSettings } from '../settings/store.js';
import { applyAppearance, msg, prepareDocument } from '../ui.js';
import { createWidget } from '../widget-element.js';
import { WIDGETS, widgetById } from '../widgets.js';
import { parseShowParams } from './show-params.js';

/**
 * Builds the show page into `container` from its query string: the widget the clinician chose,
 * in the patient's language, with the organisation's and the user's theme and text size.
 * Resolves once the widget has rendered.
 */
export async function showWidget(container: HTMLElement, search: string): Promise<void> {
  const params = parseShowParams(search);
  const { settings } = await loadSettings();
  const entry = widgetById(params.widget) ?? WIDGETS[0];
  if (!entry) return;
  const title = msg(entry.titleKey);
  prepareDocument('showTitle', title);
  applyAppearance(document.documentElement, settings);

  const main = document.createElement('main');
  main.className = 'show';
  const heading = document.createElement('h1');
  heading.className = 'show-title';
  heading.textContent = msg('showTitle', title);
  const stage = document.createElement('div');
  stage.className = 'show-stage';
  main.append(heading, stage);
  container.append(main);

  const language = params.language ?? settings.defaultLanguage;
  stage.lang = language;
  try {
    const element = await createWidget(entry, {
      language,
      audience: params.audience ?? settings.defaultAudience,
      theme: settings.theme,
    });
    stage.append(element);
    await element.updateComplete;
  } catch (error) {
    console.error(`Ryggrad: could not load ${entry.tag}`, error);
    const failure = document.createElement('p');
    failure.className = 'load-failed';
    failure.setAttribute('role', 'alert');
    failure.textContent = msg('loadFailed');
    stage.append(failure);
  }
}
