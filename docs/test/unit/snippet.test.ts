import { expect } from '@open-wc/testing';
import { VERSION } from '@ryggrad/core';
import { elementSnippet, pageSnippet, SCRIPT_TAG } from '../../src/demo/snippet.js';

describe('demo snippets', () => {
  it('writes the element with its attributes in order', () => {
    expect(
      elementSnippet('rygg-activity-advice', [
        ['lang', 'nn'],
        ['variant', 'long-lasting'],
      ]),
    ).to.equal('<rygg-activity-advice lang="nn" variant="long-lasting"></rygg-activity-advice>');
  });

  it('writes true as a boolean attribute and leaves out false, null and empty values', () => {
    expect(
      elementSnippet('rygg-return-to-work', [
        ['checklist', true],
        ['theme', null],
        ['audience', ''],
        ['hidden', false],
      ]),
    ).to.equal('<rygg-return-to-work checklist></rygg-return-to-work>');
  });

  it('writes a long tag with one attribute per line', () => {
    expect(
      elementSnippet('rygg-red-flag-checklist', [
        ['lang', 'en'],
        ['audience', 'clinician'],
        ['advice-href', './activity-advice.html'],
      ]),
    ).to.equal(
      '<rygg-red-flag-checklist\n  lang="en"\n  audience="clinician"\n  advice-href="./activity-advice.html"\n></rygg-red-flag-checklist>',
    );
  });

  it('escapes attribute values', () => {
    expect(elementSnippet('x-a', [['href', '/a?b=1&c="2"<']])).to.equal(
      '<x-a href="/a?b=1&amp;c=&quot;2&quot;&lt;"></x-a>',
    );
  });

  it('puts the one script tag, with this version, before the element', () => {
    expect(SCRIPT_TAG).to.equal(
      `<script type="module" src="https://cdn.jsdelivr.net/npm/ryggrad@${VERSION}/cdn/ryggrad.js"></script>`,
    );
    expect(pageSnippet('rygg-spine-diagram', [])).to.equal(
      `${SCRIPT_TAG}\n\n<rygg-spine-diagram></rygg-spine-diagram>`,
    );
  });
});
