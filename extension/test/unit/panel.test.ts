import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureConsole, emulateMedia, expectAxeClean, resetMedia, storageSnapshot } from '@ryggrad/testing';
import { FIRST_WIDGET_MARK, type RyggradPanel } from '../../src/panel/panel-app.js';
import '../../src/panel/panel-app.js';
import { usePlatform } from '../../src/platform.js';
import type { WidgetEntry } from '../../src/widgets.js';
import { FakePlatform, loadMessages, type Messages } from './fake-platform.js';
import { control, loadPageStyles, stageOf, testCatalogue, visibleWidget } from './helpers.js';

type WidgetLike = HTMLElement & { toPlainText(): string };

const messages: Record<'en' | 'nb' | 'nn', Messages> = { en: {}, nb: {}, nn: {} };
let fake: FakePlatform;

async function mountPanel(widgets: WidgetEntry[] = testCatalogue()): Promise<RyggradPanel> {
  return fixture<RyggradPanel>(html`<ryggrad-panel .widgets=${widgets}></ryggrad-panel>`);
}

function statusText(panel: HTMLElement): string {
  return panel.querySelector('[role="status"].status')?.textContent.trim() ?? '';
}

describe('panel', () => {
  before(async () => {
    messages.en = await loadMessages('en');
    messages.nb = await loadMessages('nb');
    messages.nn = await loadMessages('nn');
    await loadPageStyles('pages.css', 'panel/panel.css');
  });

  beforeEach(() => {
    fake = new FakePlatform(messages.en, 'en');
    usePlatform(fake);
    performance.clearMarks(FIRST_WIDGET_MARK);
  });

  afterEach(() => {
    delete document.documentElement.dataset.theme;
    delete document.documentElement.dataset.textSize;
  });

  describe('opening', () => {
    it('shows the first topic in the default language and audience, and marks when it rendered', async () => {
      const panel = await mountPanel();
      const widget = await visibleWidget(panel, 'red-flags');
      expect(widget.getAttribute('lang')).to.equal('nb');
      expect(widget.getAttribute('audience')).to.equal('patient');
      expect(widget.getAttribute('theme')).to.equal('auto');
      await waitUntil(() => performance.getEntriesByName(FIRST_WIDGET_MARK).length === 1, 'no first-widget mark');
      expect(control(panel, 'input[name="patient-language"][value="nb"]').checked).to.equal(true);
      expect(control(panel, '.topic[data-widget="red-flags"]').getAttribute('aria-current')).to.equal('true');
    });

    it("starts from the user's saved defaults", async () => {
      fake.sync = { defaultLanguage: 'en', defaultAudience: 'clinician', textSize: 150 };
      const panel = await mountPanel();
      const widget = await visibleWidget(panel, 'red-flags');
      expect(widget.getAttribute('lang')).to.equal('en');
      expect(widget.getAttribute('audience')).to.equal('clinician');
      expect(control(panel, 'input[name="audience"][value="clinician"]').checked).to.equal(true);
      expect(document.documentElement.dataset.textSize).to.equal('150');
    });

    it("lets the organisation's policy win, and shows the setting as set by the organisation", async () => {
      fake.sync = { defaultLanguage: 'en' };
      fake.managed = { defaultLanguage: 'nn' };
      const panel = await mountPanel();
      expect((await visibleWidget(panel, 'red-flags')).getAttribute('lang')).to.equal('nn');
      await waitUntil(() => panel.querySelector('input[name="setting-defaultLanguage"]'), 'no settings form');
      const fieldset = control<HTMLFieldSetElement>(panel, 'input[name="setting-defaultLanguage"]').closest('fieldset');
      expect(fieldset?.disabled).to.equal(true);
      expect(control(panel, 'input[name="setting-defaultLanguage"][value="nn"]').checked).to.equal(true);
      const note = document.getElementById(fieldset?.getAttribute('aria-describedby') ?? '');
      expect(note?.textContent).to.equal(messages.en.managedNote?.message);
      // The user's own settings that policy does not set stay changeable.
      expect(control(panel, 'input[name="setting-theme"]').closest('fieldset')?.disabled).to.equal(false);
    });

    it('shows a readable error when a topic cannot be loaded', async () => {
      const console = captureConsole();
      try {
        const panel = await mountPanel(testCatalogue(['red-flags']));
        await waitUntil(() => panel.querySelector('.load-failed'), 'no error shown');
        expect(control(panel, '.load-failed').getAttribute('role')).to.equal('alert');
        expect(control(panel, '.load-failed').textContent).to.equal(messages.en.loadFailed?.message);
        control<HTMLButtonElement>(panel, '.topic[data-widget="spine"]').click();
        await visibleWidget(panel, 'spine');
        expect(panel.querySelector('.load-failed')).to.equal(null);
      } finally {
        console.restore();
      }
      expect(console.errors.join()).to.contain('red-flags');
    });
  });

  describe("the patient's language and audience", () => {
    it('switches the language of the open widget, and of every widget opened before', async () => {
      const panel = await mountPanel();
      const redFlags = await visibleWidget(panel, 'red-flags');
      control<HTMLButtonElement>(panel, '.topic[data-widget="activity"]').click();
      const activity = await visibleWidget(panel, 'activity');
      control(panel, 'input[name="patient-language"][value="en"]').click();
      await waitUntil(() => activity.getAttribute('lang') === 'en', 'language not applied');
      expect(redFlags.getAttribute('lang')).to.equal('en');
      expect(control(panel, '.stage').getAttribute('lang')).to.equal('en');
      expect((activity as WidgetLike).toPlainText()).to.contain('lang=en');
    });

    it('sets the audience only on widgets that have one', async () => {
      const panel = await mountPanel();
      const redFlags = await visibleWidget(panel, 'red-flags');
      control(panel, 'input[name="audience"][value="clinician"]').click();
      await waitUntil(() => redFlags.getAttribute('audience') === 'clinician', 'audience not applied');
      control<HTMLButtonElement>(panel, '.topic[data-widget="spine"]').click();
      const spine = await visibleWidget(panel, 'spine');
      expect(spine.hasAttribute('audience')).to.equal(false);
    });

    it('creates one widget when a topic is opened twice while it loads, in the language chosen meanwhile', async () => {
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const catalogue = testCatalogue().map((entry) =>
        entry.id === 'work' ? { ...entry, load: () => gate.then(entry.load) } : entry,
      );
      const panel = await mountPanel(catalogue);
      await visibleWidget(panel, 'red-flags');
      control<HTMLButtonElement>(panel, '.topic[data-widget="work"]').click();
      control<HTMLButtonElement>(panel, '.topic[data-widget="work"]').click();
      control(panel, 'input[name="patient-language"][value="nn"]').click();
      release();
      const work = await visibleWidget(panel, 'work');
      expect(stageOf(panel).all).to.have.length(2);
      expect(work.getAttribute('lang')).to.equal('nn');
    });

    it('keeps each widget, with its answers, while switching topics', async () => {
      const panel = await mountPanel();
      const redFlags = await visibleWidget(panel, 'red-flags');
      control<HTMLButtonElement>(panel, '.topic[data-widget="work"]').click();
      await visibleWidget(panel, 'work');
      expect(redFlags.hidden).to.equal(true);
      control<HTMLButtonElement>(panel, '.topic[data-widget="red-flags"]').click();
      expect(await visibleWidget(panel, 'red-flags')).to.equal(redFlags);
      expect(stageOf(panel).all).to.have.length(2);
    });
  });

  describe('search', () => {
    it('filters the topics as you type and says how many match', async () => {
      const panel = await mountPanel();
      await visibleWidget(panel, 'red-flags');
      control(panel, '#topic-search').focus();
      await sendKeys({ type: 'sykm' });
      await waitUntil(() => panel.querySelectorAll('.topic').length === 1, 'list not filtered');
      expect(control(panel, '.topic').dataset.widget).to.equal('work');
      expect(panel.querySelector('[aria-live="polite"]')?.textContent).to.equal(messages.en.searchCountOne?.message);
    });

    it('opens the best match with Enter', async () => {
      const panel = await mountPanel();
      await visibleWidget(panel, 'red-flags');
      control(panel, '#topic-search').focus();
      await sendKeys({ type: 'prolaps' });
      await sendKeys({ press: 'Enter' });
      await visibleWidget(panel, 'spine');
      await waitUntil(() => statusText(panel).includes('The spine'), 'opening not announced');
    });

    it('says so when nothing matches', async () => {
      const panel = await mountPanel();
      await visibleWidget(panel, 'red-flags');
      control(panel, '#topic-search').focus();
      await sendKeys({ type: 'knee' });
      await waitUntil(() => panel.querySelector('.no-match'), 'no message');
      expect(panel.querySelectorAll('.topic')).to.have.length(0);
      expect(control(panel, '.no-match').textContent).to.equal('No topic matches “knee”.');
    });
  });

  describe('actions', () => {
    let originalWriteText: Clipboard['writeText'];
    let originalPrint: typeof window.print;
    beforeEach(() => {
      originalWriteText = navigator.clipboard.writeText;
      originalPrint = window.print;
    });
    afterEach(() => {
      navigator.clipboard.writeText = originalWriteText;
      window.print = originalPrint;
    });

    it("copies the open widget's plain text to the clipboard and confirms it", async () => {
      const copied: string[] = [];
      navigator.clipboard.writeText = async (text: string) => {
        copied.push(text);
      };
      const panel = await mountPanel();
      const widget = (await visibleWidget(panel, 'red-flags')) as WidgetLike;
      control(panel, 'input[name="patient-language"][value="nn"]').click();
      control<HTMLButtonElement>(panel, '.action.copy').click();
      await waitUntil(() => statusText(panel) !== '', 'no confirmation');
      expect(copied).to.deep.equal([widget.toPlainText()]);
      expect(copied[0]).to.contain('lang=nn');
      expect(statusText(panel)).to.equal(messages.en.copied?.message);
    });

    it('says so when the clipboard refuses', async () => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      const panel = await mountPanel();
      await visibleWidget(panel, 'red-flags');
      control<HTMLButtonElement>(panel, '.action.copy').click();
      await waitUntil(() => statusText(panel) !== '', 'no message');
      expect(statusText(panel)).to.equal(messages.en.copyFailed?.message);
    });

    it('prints the handout', async () => {
      let printed = 0;
      window.print = () => {
        printed += 1;
      };
      const panel = await mountPanel();
      await visibleWidget(panel, 'red-flags');
      control<HTMLButtonElement>(panel, '.action.print').click();
      await waitUntil(() => printed === 1, 'print not called');
    });

    it('prints the open widget only: no controls, no other topic', async () => {
      const panel = await mountPanel();
      const redFlags = await visibleWidget(panel, 'red-flags');
      control<HTMLButtonElement>(panel, '.topic[data-widget="spine"]').click();
      const spine = await visibleWidget(panel, 'spine');
      const shown = (selector: string) => getComputedStyle(control<HTMLElement>(panel, selector)).display !== 'none';
      expect(shown('.panel-header')).to.equal(true);
      if (!(await emulateMedia([], 'print'))) {
        // This browser cannot emulate print media here; the print rules are checked in Chromium.
        return;
      }
      try {
        for (const selector of ['.panel-header', '.finder', '.topics', '.actions', '.status', '.panel-footer']) {
          expect(shown(selector), selector).to.equal(false);
        }
        expect(getComputedStyle(spine).display).to.not.equal('none');
        expect(getComputedStyle(redFlags).display).to.equal('none');
      } finally {
        await resetMedia();
      }
    });

    it("shows the widget to the patient in a tab, in the patient's language and audience", async () => {
      const panel = await mountPanel();
      await visibleWidget(panel, 'red-flags');
      control(panel, 'input[name="patient-language"][value="en"]').click();
      control(panel, 'input[name="audience"][value="clinician"]').click();
      control<HTMLButtonElement>(panel, '.topic[data-widget="work"]').click();
      await visibleWidget(panel, 'work');
      control<HTMLButtonElement>(panel, '.action.show').click();
      await waitUntil(() => fake.openedTabs.length === 1, 'no tab opened');
      expect(fake.openedTabs[0]).to.equal('show.html?widget=work&lang=en&audience=clinician');
      await waitUntil(() => statusText(panel) === messages.en.showOpened?.message, 'not announced');
    });
  });

  describe('settings and privacy', () => {
    it('saves a preference from the settings section and applies it at once', async () => {
      const panel = await mountPanel();
      const widget = await visibleWidget(panel, 'red-flags');
      await waitUntil(() => panel.querySelector('input[name="setting-theme"]'), 'no settings form');
      control(panel, 'input[name="setting-theme"][value="dark"]').click();
      await waitUntil(() => document.documentElement.dataset.theme === 'dark', 'theme not applied');
      expect(fake.sync).to.deep.equal({ theme: 'dark' });
      await waitUntil(() => widget.getAttribute('theme') === 'dark', 'widget theme not applied');
    });

    it('stores nothing about the patient: language, audience, search and copy leave storage as it was', async () => {
      navigator.clipboard.writeText = async () => undefined;
      const before = await storageSnapshot();
      const panel = await mountPanel();
      await visibleWidget(panel, 'red-flags');
      control(panel, 'input[name="patient-language"][value="en"]').click();
      control(panel, 'input[name="audience"][value="clinician"]').click();
      control(panel, '#topic-search').focus();
      await sendKeys({ type: 'rygg' });
      control<HTMLButtonElement>(panel, '.action.copy').click();
      await waitUntil(() => statusText(panel) !== '', 'copy did not finish');
      expect(fake.sync).to.deep.equal({});
      expect(await storageSnapshot()).to.deep.equal(before);
    });

    it('forgets everything when it closes: a new panel starts with new widgets', async () => {
      const catalogue = testCatalogue();
      const first = await mountPanel(catalogue);
      const oldWidget = await visibleWidget(first, 'red-flags');
      first.remove();
      expect(fake.listenerCount).to.equal(0);
      const second = await mountPanel(catalogue);
      const newWidget = await visibleWidget(second, 'red-flags');
      expect(newWidget).to.not.equal(oldWidget);
    });

    it('links to the privacy statement', async () => {
      const panel = await mountPanel();
      expect(control<HTMLAnchorElement>(panel, 'a[href="privacy.html"]').textContent).to.equal(
        messages.en.privacyLink?.message,
      );
    });
  });

  describe('accessibility', () => {
    for (const locale of ['en', 'nb', 'nn'] as const) {
      it(`is axe clean with its ${locale} UI strings, settings open`, async () => {
        fake = new FakePlatform(messages[locale], locale);
        usePlatform(fake);
        const panel = await mountPanel();
        await visibleWidget(panel, 'red-flags');
        control<HTMLDetailsElement>(panel, 'details.settings').open = true;
        await waitUntil(() => panel.querySelector('input[name="setting-theme"]'), 'no settings form');
        expect(control(panel, 'h1').textContent).to.equal(messages[locale].panelTitle?.message);
        await expectAxeClean(panel, `panel (${locale})`);
      });
    }

    it('is axe clean in the dark theme, with a managed setting', async () => {
      fake.sync = { theme: 'dark' };
      fake.managed = { textSize: 125 };
      const panel = await mountPanel();
      await visibleWidget(panel, 'red-flags');
      control<HTMLDetailsElement>(panel, 'details.settings').open = true;
      await waitUntil(() => panel.querySelector('.managed-note'), 'no managed note');
      await expectAxeClean(panel, 'panel (dark, managed)');
    });

    it('works by keyboard: Tab reaches the topics, Enter and Space open them', async () => {
      const panel = await mountPanel();
      await visibleWidget(panel, 'red-flags');
      control(panel, '#topic-search').focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.getAttribute('data-widget')).to.equal('red-flags');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.getAttribute('data-widget')).to.equal('spine');
      await sendKeys({ press: 'Enter' });
      await visibleWidget(panel, 'spine');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await visibleWidget(panel, 'activity');
      expect(document.activeElement?.getAttribute('aria-current')).to.equal('true');
    });
  });
});
