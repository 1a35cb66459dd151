// The panel with the real widgets: each one loads from its own module, follows the patient's
// language, copies exactly its plain text, and the panel stays axe clean around it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { expectAxeClean } from '@ryggrad/testing';
import type { RyggradPanel } from '../../src/panel/panel-app.js';
import '../../src/panel/panel-app.js';
import { usePlatform } from '../../src/platform.js';
import { WIDGETS } from '../../src/widgets.js';
import { FakePlatform, loadMessages } from './fake-platform.js';
import { control, loadPageStyles, visibleWidget } from './helpers.js';

type WidgetLike = HTMLElement & { updateComplete: Promise<boolean>; toPlainText(): string };

describe('panel with the real widgets', () => {
  let originalWriteText: Clipboard['writeText'];
  let copied: string[];
  let fake: FakePlatform;

  before(async () => {
    fake = new FakePlatform(await loadMessages('en'), 'en');
    await loadPageStyles('pages.css', 'panel/panel.css');
  });
  beforeEach(() => {
    usePlatform(fake);
    originalWriteText = navigator.clipboard.writeText;
    copied = [];
    navigator.clipboard.writeText = async (text: string) => {
      copied.push(text);
    };
  });
  afterEach(() => {
    navigator.clipboard.writeText = originalWriteText;
    delete document.documentElement.dataset.theme;
    delete document.documentElement.dataset.textSize;
  });

  for (const entry of WIDGETS) {
    it(`opens <${entry.tag}>, switches its language and copies its text`, async () => {
      const panel = await fixture<RyggradPanel>(html`<ryggrad-panel></ryggrad-panel>`);
      await visibleWidget(panel, 'red-flag');
      control<HTMLButtonElement>(panel, `.topic[data-widget="${entry.id}"]`).click();
      const widget = (await visibleWidget(panel, entry.tag)) as WidgetLike;
      await widget.updateComplete;
      const bokmal = widget.toPlainText();
      expect(bokmal.length, 'plain text in bokmål').to.be.greaterThan(20);

      control(panel, 'input[name="patient-language"][value="en"]').click();
      await waitUntil(() => widget.getAttribute('lang') === 'en', 'language not applied');
      await widget.updateComplete;
      const english = widget.toPlainText();
      expect(english).to.not.equal(bokmal);

      control<HTMLButtonElement>(panel, '.action.copy').click();
      await waitUntil(() => copied.length === 1, 'nothing copied');
      expect(copied[0]).to.equal(english);

      await expectAxeClean(panel, `panel with <${entry.tag}>`);
    });
  }
});
