// `flags` from plain HTML and from frameworks: the attribute, values set before the element is
// defined, and re-renders that pass the same list again.
import { expect, fixture, html } from '@open-wc/testing';
import { captureConsole } from '@ryggrad/testing';
import '../src/define.js';
import { RyggRedFlagChecklist } from '../src/red-flag-checklist.js';
import { checkbox, clickAt, labelOf, shownTier } from './helpers.js';

let lateTags = 0;

/** An element created under a tag that is defined only afterwards, as a CDN loader or a framework does. */
async function upgradeLate(prepare: (element: HTMLElement) => void): Promise<RyggRedFlagChecklist> {
  const tag = `rygg-red-flag-checklist-late-${++lateTags}`;
  const element = document.createElement(tag);
  element.setAttribute('lang', 'en');
  prepare(element);
  document.body.append(element);
  customElements.define(tag, class extends RyggRedFlagChecklist {});
  if (!(element instanceof RyggRedFlagChecklist)) throw new Error(`${tag} was not upgraded`);
  await element.updateComplete;
  return element;
}

describe('<rygg-red-flag-checklist>: the flags attribute', () => {
  it('ticks the space-separated ids of the attribute', async () => {
    const element = await fixture<RyggRedFlagChecklist>(
      html`<rygg-red-flag-checklist lang="en" flags="fever  weakness"></rygg-red-flag-checklist>`,
    );
    await element.updateComplete;
    expect(element.flags).to.deep.equal(['weakness', 'fever']);
    expect(checkbox(element, 'fever').checked).to.equal(true);
    expect(checkbox(element, 'weakness').checked).to.equal(true);
    expect(shownTier(element)).to.equal('seek-help');
    element.setAttribute('flags', 'urination');
    await element.updateComplete;
    expect(element.flags).to.deep.equal(['urination']);
    expect(shownTier(element)).to.equal('emergency');
  });

  it('reads an attribute written before the element is defined, comma-separated as frameworks write arrays', async () => {
    const element = await upgradeLate((early) => {
      early.setAttribute('flags', 'fever,accident');
    });
    try {
      expect(element.flags).to.deep.equal(['fever', 'accident']);
      expect(checkbox(element, 'accident').checked).to.equal(true);
    } finally {
      element.remove();
    }
  });

  it('picks up a property set before the element is defined', async () => {
    const element = await upgradeLate((early) => {
      (early as unknown as { flags: string[] }).flags = ['weight-loss'];
    });
    try {
      expect(element.triage).to.deep.equal({ tier: 'seek-help', flags: ['weight-loss'] });
    } finally {
      element.remove();
    }
  });

  it('warns once when a late upgrade finds a value it cannot use, and shows the checklist unticked', async () => {
    const log = captureConsole();
    let element: RyggRedFlagChecklist | undefined;
    try {
      element = await upgradeLate((early) => {
        (early as unknown as { flags: unknown }).flags = 'fever';
      });
      expect(element.flags).to.deep.equal([]);
      expect(checkbox(element, 'fever').checked).to.equal(false);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('flags must be an array').and.contain('"fever"');
    } finally {
      log.restore();
      element?.remove();
    }
  });
});

describe('<rygg-red-flag-checklist>: flags is an initial value', () => {
  it("keeps the reader's ticks when the page sets an equal list again, as a re-render does", async () => {
    const element = await fixture<RyggRedFlagChecklist>(
      html`<rygg-red-flag-checklist lang="nb"></rygg-red-flag-checklist>`,
    );
    element.flags = ['fever'];
    await element.updateComplete;
    await clickAt(labelOf(checkbox(element, 'urination')));
    await element.updateComplete;
    expect(element.flags).to.deep.equal(['urination', 'fever']);
    element.flags = ['fever'];
    await element.updateComplete;
    expect(element.flags, 'an equal array leaves the answers alone').to.deep.equal(['urination', 'fever']);
    expect(shownTier(element)).to.equal('emergency');
    element.flags = ['accident'];
    await element.updateComplete;
    expect(element.flags, 'a different list replaces the answers').to.deep.equal(['accident']);
  });

  it('applies the same list again after clear()', async () => {
    const element = await fixture<RyggRedFlagChecklist>(
      html`<rygg-red-flag-checklist lang="nb"></rygg-red-flag-checklist>`,
    );
    element.flags = ['fever'];
    await element.updateComplete;
    element.clear();
    element.flags = ['fever'];
    await element.updateComplete;
    expect(element.flags).to.deep.equal(['fever']);
  });
});
