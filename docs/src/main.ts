// The docs site's script: makes the demos live, then wires whatever the current page has — demos,
// copy buttons, the theming playground. Page-specific parts load on
// demand, so a page downloads only what it uses: only the widgets in its HTML (no docs page adds one
// later), and no API code: the tables are already in the HTML (docs/build/api-tables.mjs).
import { errorMessage } from '@ryggrad/core';
import { WIDGET_REGISTRY } from '../../widgets/registry.js';
import { setUpCopyButtons } from './site/copy.js';
import { setUpDemos } from './demo/demo.js';
import { setUpNavigation } from './site/nav.js';

/** Reports a problem inside the page region that failed, in words, instead of failing silently. */
function showProblem(container: Element, message: string): void {
  const note = document.createElement('p');
  note.className = 'note';
  note.textContent = message;
  container.replaceChildren(note);
}

async function setUpPageFeatures(): Promise<void> {
  const playground = document.querySelector<HTMLElement>('[data-playground]');
  if (playground) (await import('./theming/playground.js')).setUpPlayground(playground);

  const languageTable = document.querySelector<HTMLElement>('[data-language-table]');
  if (languageTable) (await import('./languages/languages.js')).renderLanguageTable(languageTable);

  const customRules = document.querySelectorAll('[data-custom-rules]');
  if (customRules.length > 0) {
    const code = document.querySelector<HTMLElement>('[data-custom-rules-code]');
    try {
      await (await import('./clinical/custom-rules.js')).setUpCustomRules(code, customRules);
    } catch (error) {
      if (code) showProblem(code, `The example rule set could not be loaded (${errorMessage(error)}).`);
    }
  }
}

setUpNavigation();
setUpCopyButtons();
setUpDemos();
// Ready once the page's features are set up and every widget on it is defined.
const widgetsOnPage = WIDGET_REGISTRY.filter((widget) => document.querySelector(widget.tag) !== null);
void Promise.all([...widgetsOnPage.map((widget) => widget.load()), setUpPageFeatures()]).then(() => {
  // Copy buttons for code blocks the page features added.
  setUpCopyButtons();
  document.documentElement.dataset.docsReady = 'true';
});
