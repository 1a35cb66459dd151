import { expect } from '@open-wc/testing';
import { applyWidgetOptions, createWidget, widgetAttributes, type WidgetOptions } from '../../src/widget-element.js';
import { WIDGETS, widgetById, type WidgetEntry } from '../../src/widgets.js';
import { testCatalogue } from './helpers.js';

const options: WidgetOptions = { language: 'nn', audience: 'clinician', theme: 'dark' };

function entry(id: string): WidgetEntry {
  const found = widgetById(id);
  if (!found) throw new Error(`no widget ${id}`);
  return found;
}

describe('widget attributes', () => {
  it('gives every widget its language and theme', () => {
    for (const widget of WIDGETS) {
      expect(widgetAttributes(widget, options)).to.include({ lang: 'nn', theme: 'dark' });
    }
  });

  it('gives the audience only to the widgets that take one', () => {
    expect(widgetAttributes(entry('red-flags'), options)).to.have.property('audience', 'clinician');
    expect(widgetAttributes(entry('work'), options)).to.have.property('audience', 'clinician');
    expect(widgetAttributes(entry('care'), options)).to.have.property('audience', 'clinician');
    expect(widgetAttributes(entry('facts'), options)).to.have.property('audience', 'clinician');
    expect(widgetAttributes(entry('spine'), options)).to.not.have.property('audience');
    expect(widgetAttributes(entry('activity'), options)).to.not.have.property('audience');
  });

  it('touches only the attributes that changed', async () => {
    const element = document.createElement('div');
    applyWidgetOptions(element, entry('red-flags'), options);
    const changes: string[] = [];
    const observer = new MutationObserver((records) =>
      changes.push(...records.map((record) => record.attributeName ?? '')),
    );
    observer.observe(element, { attributes: true });
    applyWidgetOptions(element, entry('red-flags'), { ...options, language: 'en' });
    await Promise.resolve();
    observer.disconnect();
    expect(changes).to.deep.equal(['lang']);
  });
});

describe('createWidget', () => {
  it("loads the widget's module and creates the element with its attributes", async () => {
    const [first] = testCatalogue();
    if (!first) throw new Error('empty catalogue');
    const element = await createWidget(first, options);
    expect(element.localName).to.equal(first.tag);
    expect(element.getAttribute('lang')).to.equal('nn');
    expect(element.toPlainText()).to.contain('lang=nn');
  });

  it('fails when the module does not register the element', async () => {
    const [first] = testCatalogue();
    if (!first) throw new Error('empty catalogue');
    const silent: WidgetEntry = { ...first, tag: 'rygg-never-registered', load: async () => undefined };
    let failure: unknown;
    await createWidget(silent, options).catch((error: unknown) => {
      failure = error;
    });
    expect(String(failure)).to.contain('rygg-never-registered');
  });

  it('fails for an element that is not a Ryggrad widget', async () => {
    customElements.define('rygg-not-a-widget', class extends HTMLElement {});
    const [first] = testCatalogue();
    if (!first) throw new Error('empty catalogue');
    let failure: unknown;
    await createWidget({ ...first, tag: 'rygg-not-a-widget', load: async () => undefined }, options).catch(
      (error: unknown) => {
        failure = error;
      },
    );
    expect(String(failure)).to.contain('not a Ryggrad widget');
  });
});
