import { expect } from '@open-wc/testing';
import { captureConsole } from '@ryggrad/testing';
import { usePlatform } from '../../src/platform.js';
import { DEFAULT_SETTINGS, parseSetting, resolveSettings, validateSettings } from '../../src/settings/settings.js';
import { loadSettings, saveSetting, watchSettings } from '../../src/settings/store.js';
import { FakePlatform } from './fake-platform.js';

describe('parseSetting', () => {
  it('accepts the allowed values, folding case and spaces of text values', () => {
    expect(parseSetting('defaultLanguage', 'nn')).to.equal('nn');
    expect(parseSetting('defaultLanguage', ' EN ')).to.equal('en');
    expect(parseSetting('defaultAudience', 'clinician')).to.equal('clinician');
    expect(parseSetting('theme', 'dark')).to.equal('dark');
    expect(parseSetting('textSize', 125)).to.equal(125);
  });

  it('reads text sizes written as numeric strings (registry and hand-written policy)', () => {
    expect(parseSetting('textSize', '150')).to.equal(150);
  });

  it('refuses anything else', () => {
    expect(parseSetting('defaultLanguage', 'de')).to.equal(undefined);
    expect(parseSetting('defaultLanguage', 1)).to.equal(undefined);
    expect(parseSetting('theme', null)).to.equal(undefined);
    expect(parseSetting('textSize', 120)).to.equal(undefined);
    expect(parseSetting('textSize', '')).to.equal(undefined);
    expect(parseSetting('textSize', 'large')).to.equal(undefined);
  });
});

describe('validateSettings', () => {
  it('keeps valid keys, describes invalid ones and ignores unknown ones', () => {
    const { values, problems } = validateSettings({
      defaultLanguage: 'nn',
      theme: 'purple',
      textSize: 150,
      somethingNewer: true,
    });
    expect(values).to.deep.equal({ defaultLanguage: 'nn', textSize: 150 });
    expect(problems).to.have.length(1);
    expect(problems[0]).to.contain('theme').and.contain('purple');
  });

  it('treats a missing store as empty and a non-object as a problem', () => {
    expect(validateSettings(undefined)).to.deep.equal({ values: {}, problems: [] });
    expect(validateSettings('nb').problems).to.have.length(1);
    expect(validateSettings(['nb']).values).to.deep.equal({});
  });
});

describe('resolveSettings: defaults ← sync ← managed', () => {
  it('uses the defaults when nothing is stored', () => {
    expect(resolveSettings({}, {})).to.deep.equal({ settings: DEFAULT_SETTINGS, managedKeys: [], problems: [] });
  });

  it("applies the user's choices over the defaults", () => {
    const { settings, managedKeys } = resolveSettings({ defaultLanguage: 'en', textSize: 125 }, {});
    expect(settings).to.deep.equal({ ...DEFAULT_SETTINGS, defaultLanguage: 'en', textSize: 125 });
    expect(managedKeys).to.deep.equal([]);
  });

  it("lets the organisation's policy win over the user's choice, and locks only those keys", () => {
    const { settings, managedKeys } = resolveSettings(
      { defaultLanguage: 'en', theme: 'dark' },
      { defaultLanguage: 'nn' },
    );
    expect(settings.defaultLanguage).to.equal('nn');
    expect(settings.theme).to.equal('dark');
    expect(managedKeys).to.deep.equal(['defaultLanguage']);
  });

  it('skips an invalid policy value (the user choice stays) and reports it', () => {
    const { settings, managedKeys, problems } = resolveSettings({ defaultLanguage: 'en' }, { defaultLanguage: 'sv' });
    expect(settings.defaultLanguage).to.equal('en');
    expect(managedKeys).to.deep.equal([]);
    expect(problems.join()).to.contain('policy').and.contain('sv');
  });

  it('falls back to the default for an invalid stored choice', () => {
    expect(resolveSettings({ textSize: 300 }, {}).settings.textSize).to.equal(DEFAULT_SETTINGS.textSize);
  });
});

describe('settings store', () => {
  let fake: FakePlatform;
  beforeEach(() => {
    fake = new FakePlatform({});
    usePlatform(fake);
  });

  it('reads sync and managed storage', async () => {
    fake.sync = { theme: 'dark', textSize: 150 };
    fake.managed = { textSize: 100 };
    const resolved = await loadSettings();
    expect(resolved.settings).to.deep.equal({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 100 });
    expect(resolved.managedKeys).to.deep.equal(['textSize']);
  });

  it('treats unreadable managed storage (no policy installed) as nothing managed', async () => {
    fake.sync = { theme: 'light' };
    fake.managedFails = true;
    const resolved = await loadSettings();
    expect(resolved.settings.theme).to.equal('light');
    expect(resolved.managedKeys).to.deep.equal([]);
  });

  it('warns once about an invalid stored value', async () => {
    fake.sync = { theme: 'sepia-warning-test' };
    const console = captureConsole();
    try {
      await loadSettings();
      await loadSettings();
    } finally {
      console.restore();
    }
    expect(console.warnings.filter((warning) => warning.includes('sepia-warning-test'))).to.have.length(1);
  });

  it('saves a preference to sync storage, and only that key', async () => {
    expect(await saveSetting('theme', 'dark', [])).to.equal(true);
    expect(fake.sync).to.deep.equal({ theme: 'dark' });
  });

  it('refuses to save a setting the organisation manages', async () => {
    expect(await saveSetting('theme', 'dark', ['theme'])).to.equal(false);
    expect(fake.sync).to.deep.equal({});
  });

  it('refuses to save an invalid value', async () => {
    expect(await saveSetting('textSize', 175 as 150, [])).to.equal(false);
    expect(fake.sync).to.deep.equal({});
  });

  it('tells watchers about changes to sync and managed storage, until they stop', async () => {
    const seen: string[] = [];
    const stop = watchSettings((resolved) => seen.push(resolved.settings.theme));
    await fake.writeSync({ theme: 'dark' });
    await waitFor(() => seen.length === 1);
    fake.setManaged({ theme: 'light' });
    await waitFor(() => seen.length === 2);
    expect(seen).to.deep.equal(['dark', 'light']);
    stop();
    expect(fake.listenerCount).to.equal(0);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 100 && !condition(); attempt += 1)
    await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition(), 'condition never became true').to.equal(true);
}
