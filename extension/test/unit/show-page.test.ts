import { expect, fixture, html } from '@open-wc/testing';
import { expectAxeClean } from '@ryggrad/testing';
import { usePlatform } from '../../src/platform.js';
import { showWidget } from '../../src/show/show-page.js';
import { FakePlatform, loadMessages, type Messages } from './fake-platform.js';
import { loadPageStyles } from './helpers.js';

type WidgetLike = HTMLElement & { updateComplete: Promise<boolean>; toPlainText(): string };

describe('show to patient page', () => {
  let messages: Messages;
  let fake: FakePlatform;
  let title: string;
  before(async () => {
    messages = await loadMessages('en');
    await loadPageStyles('pages.css', 'show/show.css');
  });
  beforeEach(() => {
    fake = new FakePlatform(messages, 'en');
    usePlatform(fake);
    title = document.title;
  });
  afterEach(() => {
    document.title = title;
    delete document.documentElement.dataset.theme;
    delete document.documentElement.dataset.textSize;
  });

  it("shows the chosen widget in the patient's language, large, titled in the UI language", async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    await showWidget(container, '?widget=activity&lang=en&audience=patient');
    const widget = container.querySelector<WidgetLike>('.show-stage > rygg-activity-advice');
    expect(widget).to.not.equal(null);
    expect(widget?.getAttribute('lang')).to.equal('en');
    expect(widget?.toPlainText().length).to.be.greaterThan(50);
    expect(container.querySelector('h1')?.textContent).to.equal('Ryggrad: Stay active');
    expect(document.title).to.equal('Ryggrad: Stay active');
    // Large type: half as large again as the normal 16px.
    const base = widget?.shadowRoot?.querySelector('[part~="base"]');
    expect(getComputedStyle(base as Element).fontSize).to.equal('24px');
    await expectAxeClean(container, 'show page');
  });

  it('falls back to the settings for missing or unknown parameters', async () => {
    fake.sync = { defaultLanguage: 'nn', defaultAudience: 'clinician', textSize: 125, theme: 'dark' };
    const container = await fixture<HTMLElement>(html`<div></div>`);
    await showWidget(container, '?widget=knee&lang=sv');
    const widget = container.querySelector<WidgetLike>('.show-stage > rygg-red-flag-checklist');
    expect(widget?.getAttribute('lang')).to.equal('nn');
    expect(widget?.getAttribute('audience')).to.equal('clinician');
    expect(widget?.getAttribute('theme')).to.equal('dark');
    expect(document.documentElement.dataset.textSize).to.equal('125');
    await expectAxeClean(container, 'show page, dark');
  });
});
