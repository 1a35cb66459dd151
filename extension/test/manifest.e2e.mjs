// Manifest checks, in Node: the merge of base + per-browser overlay, and the rules the extension
// keeps by construction — only the permissions its code uses, no host access, no content scripts,
// a CSP that allows no network connections, the right background form per browser, and UI strings
// present in every locale. The built manifests in dist/ are checked too when they exist.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { TARGETS, manifestFor, mergeManifest } from '../build/manifest.mjs';
import { filesUnder } from '../../scripts/rollup-copy-static.mjs';

const root = new URL('../..', import.meta.url).pathname;
const extensionDir = join(root, 'extension');

const sources = filesUnder(join(extensionDir, 'src'))
  .filter((path) => path.endsWith('.ts'))
  .map((path) => ({
    path: relative(extensionDir, path),
    text: readFileSync(path, 'utf8'),
  }));

/**
 * The extension APIs the code calls (`browser.storage…`, a destructured `sidePanel`), mapped to the
 * permission each needs. i18n, runtime, action, sidebarAction and tabs.create need none.
 */
const PERMISSION_OF = {
  storage: 'storage',
  sidePanel: 'sidePanel',
  tabs: null,
  i18n: null,
  runtime: null,
  action: null,
  sidebarAction: null,
};

function apisUsed() {
  const used = new Set();
  for (const { text } of sources) {
    for (const match of text.matchAll(/\bbrowser\.([a-zA-Z]+)\b/g)) used.add(match[1]);
    if (/\{\s*sidePanel\s*\}\s*=\s*browser\b/.test(text)) used.add('sidePanel');
  }
  return used;
}

function permissionsNeeded(target) {
  const needed = new Set();
  for (const api of apisUsed()) {
    assert.ok(
      api in PERMISSION_OF,
      `the code uses browser.${api}; add it to PERMISSION_OF with the permission it needs`,
    );
    const permission = PERMISSION_OF[api];
    // Firefox has no side panel API: the background script feature-detects it.
    if (permission && !(target === 'firefox' && permission === 'sidePanel')) needed.add(permission);
  }
  return [...needed].sort();
}

function cspDirectives(manifest) {
  const policy = manifest.content_security_policy?.extension_pages ?? '';
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
}

function messages(locale) {
  return JSON.parse(readFileSync(join(extensionDir, `_locales/${locale}/messages.json`), 'utf8'));
}

describe('mergeManifest', () => {
  it('merges objects key by key, replaces arrays and other values, removes keys set to null', () => {
    const base = {
      name: 'a',
      permissions: ['storage'],
      action: { default_title: 't', default_icon: { 16: 'x' } },
      gone: 1,
    };
    const merged = mergeManifest(base, {
      permissions: ['sidePanel', 'storage'],
      action: { default_icon: { 32: 'y' } },
      gone: null,
      extra: true,
    });
    assert.deepEqual(merged, {
      name: 'a',
      permissions: ['sidePanel', 'storage'],
      action: { default_title: 't', default_icon: { 16: 'x', 32: 'y' } },
      extra: true,
    });
    assert.deepEqual(base.action.default_icon, { 16: 'x' }, 'the base was changed');
  });

  it('refuses an unknown browser', () => {
    assert.throws(() => manifestFor('safari'), /Unknown extension target/);
  });
});

for (const target of TARGETS) {
  describe(`${target} manifest`, () => {
    const manifest = manifestFor(target);

    it('is Manifest V3 with a name and description from _locales', () => {
      assert.equal(manifest.manifest_version, 3);
      assert.match(manifest.name, /^__MSG_\w+__$/);
      assert.match(manifest.description, /^__MSG_\w+__$/);
      assert.equal(manifest.default_locale, 'en');
    });

    it('asks for exactly the permissions the code uses, and no access to any web page', () => {
      assert.deepEqual([...manifest.permissions].sort(), permissionsNeeded(target));
      for (const key of [
        'host_permissions',
        'optional_permissions',
        'optional_host_permissions',
        'content_scripts',
        'web_accessible_resources',
        'externally_connectable',
      ]) {
        assert.equal(manifest[key], undefined, `${key} must not be set`);
      }
      for (const forbidden of ['tabs', 'activeTab', 'scripting', 'clipboardRead', 'clipboardWrite', '<all_urls>']) {
        assert.ok(!manifest.permissions.includes(forbidden), `${forbidden} must not be requested`);
      }
    });

    it('calls tabs only to open its own pages (tabs.create needs no permission)', () => {
      const calls = sources.flatMap(({ text }) =>
        [...text.matchAll(/\bbrowser\.tabs\.(\w+)/g)].map((match) => match[1]),
      );
      assert.deepEqual([...new Set(calls)], ['create']);
    });

    it('has a CSP that allows only its own scripts and styles, and no connections', () => {
      const csp = cspDirectives(manifest);
      assert.deepEqual(csp['script-src'], ["'self'"]);
      assert.deepEqual(csp['connect-src'], ["'none'"]);
      assert.deepEqual(csp['object-src'], ["'none'"]);
      assert.deepEqual(csp['style-src'], ["'self'"]);
      assert.ok(!manifest.content_security_policy.extension_pages.includes('unsafe'), 'no unsafe-* source');
    });

    it('opens from the toolbar and from a keyboard shortcut', () => {
      const command = target === 'chrome' ? '_execute_action' : '_execute_sidebar_action';
      assert.deepEqual(Object.keys(manifest.commands), [command]);
      assert.equal(manifest.commands[command].suggested_key.default, 'Alt+Shift+Y');
      assert.ok(manifest.action.default_icon['16'].endsWith('.png'));
    });

    if (target === 'chrome') {
      it('uses a service worker, the side panel and a managed-storage schema for the settings', () => {
        assert.deepEqual(manifest.background, { service_worker: 'background.js' });
        assert.equal(manifest.side_panel.default_path, 'panel.html');
        assert.equal(manifest.storage.managed_schema, 'managed_schema.json');
        const schema = JSON.parse(readFileSync(join(extensionDir, 'managed_schema.json'), 'utf8'));
        const settings = readFileSync(join(extensionDir, 'src/settings/settings.ts'), 'utf8');
        const keys = /SETTING_KEYS[^=]*=\s*\[([^\]]*)\]/
          .exec(settings)[1]
          .match(/'(\w+)'/g)
          .map((key) => key.slice(1, -1));
        assert.deepEqual(Object.keys(schema.properties), keys);
        assert.equal(manifest.sidebar_action, undefined);
        assert.equal(manifest.browser_specific_settings, undefined);
      });
    } else {
      it('uses an event page, the sidebar, a gecko id and declares that it collects no data', () => {
        assert.deepEqual(manifest.background, { scripts: ['background.js'] });
        assert.equal(manifest.sidebar_action.default_panel, 'panel.html');
        assert.equal(manifest.sidebar_action.open_at_install, false);
        assert.equal(manifest.browser_specific_settings.gecko.id, 'ryggrad@ryggrad.invalid');
        assert.deepEqual(manifest.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
        assert.ok(
          Number.parseFloat(manifest.browser_specific_settings.gecko.strict_min_version) >= 140,
          'data_collection_permissions needs Firefox 140',
        );
        assert.equal(manifest.side_panel, undefined);
        assert.equal(manifest.storage, undefined);
        assert.equal(manifest.minimum_chrome_version, undefined);
      });
    }
  });
}

describe('UI strings', () => {
  const locales = ['en', 'nb', 'nn'];

  it('has the same message keys in nb, nn and en, none empty', () => {
    const english = Object.keys(messages('en')).sort();
    for (const locale of locales) {
      const entries = messages(locale);
      assert.deepEqual(Object.keys(entries).sort(), english, `${locale} keys differ from en`);
      for (const [key, entry] of Object.entries(entries))
        assert.ok(entry.message.trim() !== '', `${locale}.${key} is empty`);
    }
  });

  it('has every message the manifests and the code ask for', () => {
    const english = messages('en');
    const wanted = new Set();
    for (const target of TARGETS) {
      for (const match of JSON.stringify(manifestFor(target)).matchAll(/__MSG_(\w+)__/g)) wanted.add(match[1]);
    }
    for (const { text } of sources) {
      for (const match of text.matchAll(/\b(?:msg|prepareDocument)\('(\w+)'/g)) wanted.add(match[1]);
      // Keys in lookup tables and entries: `titleKey: 'widgetSpineTitle'`, `auto: 'themeAuto'`, `100: 'textSize100'`.
      for (const match of text.matchAll(/\b\w+: '([a-z]+[A-Z0-9]\w*)'/g)) wanted.add(match[1]);
    }
    for (const html of filesUnder(join(extensionDir, 'src')).filter((path) => path.endsWith('.html'))) {
      for (const match of readFileSync(html, 'utf8').matchAll(/data-i18n="(\w+)"/g)) wanted.add(match[1]);
    }
    assert.ok(wanted.size > 30, 'found too few message keys: the scan is broken');
    const missing = [...wanted].filter((key) => !(key in english));
    assert.deepEqual(missing, []);
  });

  it('keeps the store description within 132 characters in every locale', () => {
    for (const locale of locales) assert.ok(messages(locale).extDescription.message.length <= 132, locale);
  });
});

const builtSkip = existsSync(join(root, 'dist/extension/chrome/manifest.json'))
  ? false
  : 'dist/extension is missing: run `npm run build` first';

describe('built extension (dist/extension)', { skip: builtSkip }, () => {
  for (const target of TARGETS) {
    const dir = join(root, `dist/extension/${target}`);

    it(`${target}: the manifest is valid JSON, equal to base + overlay, and every file it names exists`, () => {
      const built = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      assert.deepEqual(built, manifestFor(target));
      const referenced = [
        ...Object.values(built.icons),
        ...Object.values(built.action.default_icon),
        built.options_ui.page,
        ...(built.background.scripts ?? [built.background.service_worker]),
        built.side_panel?.default_path,
        built.sidebar_action?.default_panel,
        built.storage?.managed_schema,
        'show.html',
        'privacy.html',
      ].filter(Boolean);
      for (const file of referenced) assert.ok(existsSync(join(dir, file)), `${target}: ${file} is missing`);
    });

    it(`${target}: the code makes no network calls and evaluates no strings`, () => {
      for (const file of filesUnder(dir).filter((path) => path.endsWith('.js'))) {
        const code = readFileSync(file, 'utf8');
        for (const pattern of [
          /\bfetch\(/,
          /XMLHttpRequest/,
          /WebSocket/,
          /sendBeacon/,
          /\beval\(/,
          /new Function\(/,
          /importScripts/,
        ]) {
          assert.ok(!pattern.test(code), `${relative(dir, file)} contains ${pattern}`);
        }
      }
    });

    it(`${target}: every page loads its script from the extension itself, with no inline script or style`, () => {
      for (const file of filesUnder(dir).filter((path) => path.endsWith('.html'))) {
        const page = readFileSync(file, 'utf8');
        const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
        assert.equal(scripts.length, 1, `${relative(dir, file)} should load one script`);
        assert.match(scripts[0][1], /type="module" src="[\w-]+\.js"/);
        assert.equal(scripts[0][2].trim(), '');
        assert.ok(!/\sstyle=|<style/.test(page), `${relative(dir, file)} has inline styles`);
      }
    });
  }
});
