import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { expectAxeClean } from '@ryggrad/testing';
import { usePlatform } from '../../src/platform.js';
import '../../src/settings/settings-form.js';
import { FakePlatform, loadMessages, type Messages } from './fake-platform.js';
import { control, loadPageStyles } from './helpers.js';

describe('settings form (options page and panel)', () => {
  const messages: Record<'en' | 'nb' | 'nn', Messages> = { en: {}, nb: {}, nn: {} };
  let fake: FakePlatform;

  before(async () => {
    for (const locale of ['en', 'nb', 'nn'] as const) messages[locale] = await loadMessages(locale);
    await loadPageStyles('pages.css');
  });
  beforeEach(() => {
    fake = new FakePlatform(messages.en, 'en');
    usePlatform(fake);
  });

  async function mountForm(): Promise<HTMLElement> {
    const form = await fixture<HTMLElement>(html`<ryggrad-settings></ryggrad-settings>`);
    await waitUntil(() => form.querySelector('input[name="setting-textSize"]'), 'form not rendered');
    return form;
  }

  it('shows the stored choices, with four groups of radio buttons under legends', async () => {
    fake.sync = { defaultLanguage: 'en', textSize: 150 };
    const form = await mountForm();
    expect([...form.querySelectorAll('legend')].map((legend) => legend.textContent)).to.deep.equal([
      "Patient's language when the panel opens",
      'Written for, when the panel opens',
      'Colours',
      'Text size',
    ]);
    expect(control(form, 'input[name="setting-defaultLanguage"][value="en"]').checked).to.equal(true);
    expect(control(form, 'input[name="setting-textSize"][value="150"]').checked).to.equal(true);
    expect(control(form, 'input[name="setting-theme"][value="auto"]').checked).to.equal(true);
  });

  it('saves a change and confirms it in a live region', async () => {
    const form = await mountForm();
    control(form, 'input[name="setting-textSize"][value="125"]').click();
    await waitUntil(() => form.querySelector('[role="status"]')?.textContent === 'Saved.', 'no confirmation');
    expect(fake.sync).to.deep.equal({ textSize: 125 });
  });

  it('locks a setting as soon as the organisation sets it, and unlocks it when the policy goes', async () => {
    const form = await mountForm();
    const fieldset = () => control(form, 'input[name="setting-theme"]').closest('fieldset') as HTMLFieldSetElement;
    expect(fieldset().disabled).to.equal(false);
    fake.setManaged({ theme: 'dark' });
    await waitUntil(() => fieldset().disabled, 'not locked');
    expect(control(form, 'input[name="setting-theme"][value="dark"]').checked).to.equal(true);
    expect(form.querySelector('.managed-note')?.textContent).to.equal('Set by your organisation.');
    fake.setManaged({});
    await waitUntil(() => !fieldset().disabled, 'not unlocked');
  });

  for (const locale of ['en', 'nb', 'nn'] as const) {
    it(`is axe clean in ${locale}, with a managed setting`, async () => {
      fake = new FakePlatform(messages[locale], locale);
      fake.managed = { defaultAudience: 'clinician' };
      usePlatform(fake);
      const form = await mountForm();
      await waitUntil(() => form.querySelector('.managed-note'), 'no managed note');
      await expectAxeClean(form, `settings form (${locale})`);
    });
  }
});
