// The docs site's script: registers every widget so the demos are live, then wires whatever the
// current page has — demos, copy buttons, API tables, the theming playground, the performance
// figures. Page-specific parts load on demand, so a page downloads only what it uses.
import '../../widgets/red-flag-checklist/src/define.js';
import '../../widgets/spine-diagram/src/define.js';
import '../../widgets/activity-advice/src/define.js';
import '../../widgets/return-to-work/src/define.js';
import '../../widgets/care-options/src/define.js';
import '../../widgets/back-facts/src/define.js';
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

async function setUpApiTables(): Promise<void> {
  const containers = [...document.querySelectorAll<HTMLElement>('[data-api-for]')];
  if (containers.length === 0) return;
  const [{ loadManifest }, { renderApi }] = await Promise.all([
    import('./api/load-manifest.js'),
    import('./api/render-api.js'),
  ]);
  try {
    const manifest = await loadManifest();
    for (const container of containers)
      renderApi(container, manifest, container.dataset.apiFor!, Number(container.dataset.headingLevel ?? 3));
  } catch (error) {
    for (const container of containers) {
      showProblem(
        container,
        `The API reference could not be loaded (${error instanceof Error ? error.message : String(error)}). Run npm run build to generate custom-elements.json.`,
      );
    }
  }
}

async function setUpPartsTable(): Promise<void> {
  const container = document.querySelector<HTMLElement>('[data-parts-table]');
  if (!container) return;
  const [{ loadManifest }, { renderPartsTable }] = await Promise.all([
    import('./api/load-manifest.js'),
    import('./api/parts-table.js'),
  ]);
  try {
    renderPartsTable(container, await loadManifest());
  } catch (error) {
    showProblem(
      container,
      `The list of parts could not be loaded (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

async function setUpPageFeatures(): Promise<void> {
  const playground = document.querySelector<HTMLElement>('[data-playground]');
  if (playground) (await import('./theming/playground.js')).setUpPlayground(playground);

  const performance = document.querySelector<HTMLElement>('[data-performance]');
  if (performance) await (await import('./performance/performance.js')).setUpPerformance(performance);

  const languageTable = document.querySelector<HTMLElement>('[data-language-table]');
  if (languageTable) (await import('./languages/languages.js')).renderLanguageTable(languageTable);

  const customRules = document.querySelectorAll('[data-custom-rules]');
  if (customRules.length > 0) {
    const code = document.querySelector<HTMLElement>('[data-custom-rules-code]');
    try {
      await (await import('./clinical/custom-rules.js')).setUpCustomRules(code, customRules);
    } catch (error) {
      if (code)
        showProblem(
          code,
          `The example rule set could not be loaded (${error instanceof Error ? error.message : String(error)}).`,
        );
    }
  }
}

setUpNavigation();
setUpCopyButtons();
setUpDemos();
void Promise.all([setUpApiTables(), setUpPartsTable(), setUpPageFeatures()]).then(() => {
  // Copy buttons for code blocks the page features added.
  setUpCopyButtons();
  document.documentElement.dataset.docsReady = 'true';
});
