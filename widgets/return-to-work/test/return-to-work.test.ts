import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  ImportGate,
  throwsNothing,
  describeWidgetConformance,
  expectAxeClean,
  expectBlackOnWhite,
  nextFrame,
  part,
  renderWidget,
  storageSnapshot,
  underMedia,
  type Attributes,
} from '@ryggrad/testing';
import { LOCALES, loadTopic, sourceLine } from '@ryggrad/content';
import type { Locale } from '@ryggrad/content';
import { RyggReturnToWork } from '../src/define.js';
import type { FormViewModule } from '../src/return-to-work.js';
import { formatPercentage } from '../src/checklist.js';
import { workView } from '../src/view.js';
import type { Audience } from '@ryggrad/core';

const AUDIENCES: Audience[] = ['patient', 'clinician'];

/** The checklist's entries while nothing is written in it. */
const NO_ENTRIES = {
  tasksThatWork: '',
  tasksToAdjust: '',
  gradedPercentage: null,
  followUpDate: '',
  notes: '',
};

function field<T extends HTMLElement = HTMLInputElement>(element: Element, id: string): T {
  const found = element.shadowRoot?.getElementById(id);
  if (!found) throw new Error(`no #${id}`);
  return found as T;
}

function button(element: Element, className: string): HTMLButtonElement {
  const found = element.shadowRoot?.querySelector<HTMLButtonElement>(`button.${className}`);
  if (!found) throw new Error(`no ${className} button`);
  return found;
}

/** Types into a field the way a script or an autofill would: set the value, fire input. */
async function fill(element: RyggReturnToWork, id: string, value: string): Promise<void> {
  const target = field<HTMLInputElement | HTMLTextAreaElement>(element, id);
  target.value = value;
  target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

function work(lang: Locale, attributes: Attributes = {}): Promise<RyggReturnToWork> {
  return renderWidget<RyggReturnToWork>('rygg-return-to-work', { lang, theme: 'light', ...attributes });
}

async function fillAll(element: RyggReturnToWork): Promise<void> {
  await fill(element, 'tasks-that-work', 'Lette kontoroppgaver');
  await fill(element, 'tasks-to-adjust', 'Løfte varer\nLange møter');
  await fill(element, 'graded-percentage', '40');
  await fill(element, 'follow-up-date', '2026-12-03');
  await fill(element, 'checklist-notes', 'Ny samtale etter to uker');
}

describe('<rygg-return-to-work>: content', () => {
  for (const lang of LOCALES) {
    for (const audience of AUDIENCES) {
      it(`shows every ${audience} item exactly, the key message and the source in ${lang}`, async () => {
        const content = await loadTopic('work', lang);
        const element = await work(lang, { audience });
        const view = workView(content, audience);
        expect(part(element, 'title').textContent.trim()).to.equal(content.title);
        expect(part(element, 'base').getAttribute('lang')).to.equal(lang);
        expect(part(element, 'base').textContent).to.contain(view.audienceLabel);
        expect(element.shadowRoot!.querySelector('.key-message')?.textContent.trim()).to.equal(content.ui.keyMessage);
        const items = audience === 'clinician' ? content.clinician : content.items;
        const shown = [...element.shadowRoot!.querySelectorAll('[part~="section"] li')].map((item) =>
          item.textContent.trim(),
        );
        expect(shown).to.deep.equal(items.map((item) => item.text));
        expect(part(element, 'section').querySelector('h3')?.textContent.trim()).to.equal(
          audience === 'clinician' ? content.ui.clinicianHeading : content.ui.itemsHeading,
        );
        const source = part(element, 'source').textContent.trim();
        expect(source).to.equal(sourceLine(content.common, view.sourceSections));
        expect(source)
          .to.contain(content.common.source.titleInLocale)
          .and.contain('FORMI')
          .and.contain('2007')
          .and.contain('7');
        expect(element.shadowRoot!.querySelector('[part~="checklist"]')).to.equal(null);
      });
    }
  }

  it('takes patient and clinician wording from sections 5 and 7', async () => {
    const content = await loadTopic('work', 'nb');
    for (const audience of AUDIENCES) expect(workView(content, audience).sourceSections).to.deep.equal([5, 7]);
  });
});

describe('<rygg-return-to-work>: plain text', () => {
  for (const lang of LOCALES) {
    for (const audience of AUDIENCES) {
      it(`gives the title, every item and the source line in ${lang} (${audience})`, async () => {
        const content = await loadTopic('work', lang);
        const element = await work(lang, { audience, checklist: true });
        const view = workView(content, audience);
        const text = element.toPlainText();
        const lines = text.split('\n');
        expect(lines[0]).to.equal(content.title);
        expect(lines[1]).to.match(/^=+$/);
        expect(lines).to.include(view.audienceLabel).and.include(content.ui.keyMessage).and.include(view.heading);
        for (const item of view.items) expect(lines).to.include(`- ${item.text}`);
        expect(lines[lines.length - 1]).to.equal(sourceLine(content.common, view.sourceSections));
        // An empty checklist adds nothing.
        expect(text).not.to.contain(content.checklist.heading);
      });
    }
  }

  it('includes the checklist entries once they are filled in', async () => {
    const content = await loadTopic('work', 'nb');
    const element = await work('nb', { checklist: true });
    await fillAll(element);
    const text = element.toPlainText();
    const labels = content.checklist;
    expect(text).to.contain(`${labels.heading}\n---`);
    expect(text).to.contain(`${labels.tasksThatWork}: Lette kontoroppgaver`);
    expect(text).to.contain(`${labels.tasksToAdjust}:\nLøfte varer\nLange møter`);
    expect(text).to.contain(`${labels.gradedPercentage}: ${formatPercentage(40, 'nb')}`);
    expect(text).to.contain(`${labels.followUpDate}: 3. desember 2026`);
    expect(text).to.contain(`${labels.notes}: Ny samtale etter to uker`);
    // The entries come before the source line, which stays last.
    expect(text.indexOf(labels.heading)).to.be.lessThan(text.indexOf(content.common.source.label));
  });

  it('leaves out entries while the checklist is not shown', async () => {
    const element = await work('en', { checklist: true });
    await fill(element, 'tasks-that-work', 'Answering the phone');
    expect(element.toPlainText()).to.contain('Answering the phone');
    element.checklist = false;
    await element.updateComplete;
    expect(element.toPlainText()).not.to.contain('Answering the phone');
  });
});

describe('<rygg-return-to-work>: checklist', () => {
  it('has a visible label for every field, and asks the browser not to remember any', async () => {
    const content = await loadTopic('work', 'nb');
    const element = await work('nb', { checklist: true });
    const form = element.shadowRoot!.querySelector('form')!;
    expect(form.getAttribute('autocomplete')).to.equal('off');
    const controls = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')];
    expect(controls).to.have.length(5);
    for (const control of controls) {
      expect(control.getAttribute('autocomplete'), control.id).to.equal('off');
      const label = element.shadowRoot!.querySelector<HTMLLabelElement>(`label[for="${control.id}"]`);
      expect(label, control.id).to.exist;
      expect(label!.getBoundingClientRect().height, control.id).to.be.greaterThan(0);
    }
    const labels = [...form.querySelectorAll('label')].map((label) => label.textContent.trim());
    const words = content.checklist;
    expect(labels).to.deep.equal([
      words.tasksThatWork,
      words.tasksToAdjust,
      words.gradedPercentage,
      words.followUpDate,
      words.notes,
    ]);
  });

  it('asks for the percentage in a number field from 0 to 100 with a unit', async () => {
    const element = await work('nb', { checklist: true });
    const percentage = field(element, 'graded-percentage');
    expect(percentage.type).to.equal('number');
    expect(percentage.min).to.equal('0');
    expect(percentage.max).to.equal('100');
    expect(Number(percentage.step)).to.be.within(1, 10);
    const unit = percentage.parentElement?.querySelector('.unit') as HTMLElement;
    expect(unit.textContent).to.equal('%');
    expect(unit.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(percentage.getAttribute('aria-describedby')).to.equal('graded-percentage-hint');
  });

  for (const bad of ['150', '-5', '12.5']) {
    it(`shows an error tied to the field for ${bad}, and clears it for a valid value`, async () => {
      const content = await loadTopic('work', 'nb');
      const element = await work('nb', { checklist: true });
      await fill(element, 'graded-percentage', bad);
      const percentage = field(element, 'graded-percentage');
      const error = field<HTMLElement>(element, 'graded-percentage-error');
      expect(percentage.getAttribute('aria-invalid')).to.equal('true');
      expect(percentage.getAttribute('aria-describedby')?.split(' ')).to.include('graded-percentage-error');
      expect(error.textContent.trim()).to.equal(content.ui.percentError);
      expect(error.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(element.checklistEntries.gradedPercentage).to.equal(null);
      await expectAxeClean(element, `invalid percentage ${bad}`);

      await fill(element, 'graded-percentage', '50');
      expect(percentage.getAttribute('aria-invalid')).to.equal('false');
      expect(percentage.getAttribute('aria-describedby')).to.equal('graded-percentage-hint');
      expect(error.textContent.trim()).to.equal('');
      expect(element.checklistEntries.gradedPercentage).to.equal(50);
    });
  }

  it('accepts 0 and 100, and an empty field', async () => {
    const element = await work('nb', { checklist: true });
    for (const [typed, expected] of [
      ['0', 0],
      ['100', 100],
      ['', null],
    ] as const) {
      await fill(element, 'graded-percentage', typed);
      expect(element.checklistEntries.gradedPercentage, typed).to.equal(expected);
      expect(field(element, 'graded-percentage').getAttribute('aria-invalid')).to.equal('false');
    }
  });

  it('can be filled in with the keyboard alone', async () => {
    const element = await work('en', { checklist: true });
    field<HTMLTextAreaElement>(element, 'tasks-that-work').focus();
    await sendKeys({ type: 'Filing' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Lifting' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '60' });
    await element.updateComplete;
    expect(element.checklistEntries).to.include({
      tasksThatWork: 'Filing',
      tasksToAdjust: 'Lifting',
      gradedPercentage: 60,
    });
    // From the last field, Tab reaches the print button and then the clear button; Enter clears.
    field<HTMLTextAreaElement>(element, 'checklist-notes').focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(button(element, 'print'));
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(button(element, 'clear'));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.checklistEntries).to.deep.equal(NO_ENTRIES);
  });

  it('returns the entries read-only, and the clear button empties them', async () => {
    const content = await loadTopic('work', 'nb');
    const element = await work('nb', { checklist: true });
    await fillAll(element);
    const entries = element.checklistEntries;
    expect(entries).to.deep.equal({
      tasksThatWork: 'Lette kontoroppgaver',
      tasksToAdjust: 'Løfte varer\nLange møter',
      gradedPercentage: 40,
      followUpDate: '2026-12-03',
      notes: 'Ny samtale etter to uker',
    });
    expect(() => {
      (element as unknown as { checklistEntries: unknown }).checklistEntries = {};
    }).to.throw(TypeError);
    expect(() => {
      (entries as { notes: string }).notes = 'changed';
    }).to.throw(TypeError);
    expect(element.checklistEntries.notes).to.equal('Ny samtale etter to uker');

    button(element, 'clear').click();
    await element.updateComplete;
    await element.updateComplete;
    expect(element.checklistEntries).to.deep.equal(NO_ENTRIES);
    for (const id of ['tasks-that-work', 'tasks-to-adjust', 'graded-percentage', 'follow-up-date', 'checklist-notes']) {
      expect(field(element, id).value, id).to.equal('');
    }
    expect(element.shadowRoot!.activeElement?.id).to.equal('tasks-that-work');
    expect(element.shadowRoot!.querySelector('[role="status"]')?.textContent.trim()).to.equal(content.ui.cleared);
    expect(element.toPlainText()).not.to.contain(content.checklist.heading);
  });

  it('never stores what is written: no web storage, cookies or databases', async () => {
    const before = await storageSnapshot();
    const element = await work('nb', { checklist: true });
    await fillAll(element);
    // A text no earlier test has typed, so a store of it cannot hide behind an older entry.
    const marker = `merke-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    await fill(element, 'checklist-notes', marker);
    field<HTMLTextAreaElement>(element, 'checklist-notes').dispatchEvent(new Event('change', { bubbles: true }));
    expect(element.checklistEntries.notes).to.equal(marker);
    button(element, 'clear').click();
    await element.updateComplete;
    element.remove();
    expect(await storageSnapshot()).to.deep.equal(before);
    for (const storage of [localStorage, sessionStorage]) {
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index) ?? '';
        expect(`${key}=${storage.getItem(key) ?? ''}`)
          .not.to.contain(marker)
          .and.not.to.contain('Lette kontoroppgaver');
      }
    }
    expect(document.cookie).not.to.contain(marker);
  });
});

/**
 * The widget, with the import of the checklist form's code observed: it counts the imports, can
 * hold them back until the test lets them through, or can fail them as a broken network would.
 */
class ObservedWork extends RyggReturnToWork {
  readonly gate = new ImportGate();

  protected override importFormView(): Promise<FormViewModule> {
    return this.gate.pass(() => super.importFormView());
  }
}
customElements.define('test-observed-return-to-work', ObservedWork);

function controls(element: Element): HTMLElement[] {
  return [
    ...(element.shadowRoot?.querySelectorAll<HTMLElement>(
      '[part~="checklist"] form input, [part~="checklist"] form textarea',
    ) ?? []),
  ];
}

describe('<rygg-return-to-work>: the checklist form’s code, loaded when first shown', () => {
  it('renders a checklist asked for from the start once updateComplete resolves (attribute or property)', async () => {
    const content = await loadTopic('work', 'en');
    for (const showChecklist of [
      (element: ObservedWork) => {
        element.setAttribute('checklist', '');
      },
      (element: ObservedWork) => (element.checklist = true),
    ]) {
      const element = document.createElement('test-observed-return-to-work') as ObservedWork;
      element.setAttribute('lang', 'en');
      showChecklist(element);
      document.body.append(element);
      try {
        await element.updateComplete;
        expect(controls(element).map((control) => control.id)).to.deep.equal([
          'tasks-that-work',
          'tasks-to-adjust',
          'graded-percentage',
          'follow-up-date',
          'checklist-notes',
        ]);
        expect(element.shadowRoot!.querySelectorAll('.checklist-print dd.write-in')).to.have.length(5);
        expect(part(element, 'checklist').querySelector('h3')?.textContent.trim()).to.equal(content.checklist.heading);
        expect(element.shadowRoot!.querySelector('.form-pending')).to.equal(null);
        expect(element.gate.imports).to.equal(1);
      } finally {
        element.remove();
      }
    }
  });

  it('shows a quiet placeholder in the form’s place while it loads, and updateComplete waits for the form', async () => {
    const content = await loadTopic('work', 'nb');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 960px"><test-observed-return-to-work lang="nb"></test-observed-return-to-work></div>`,
    );
    const element = wrapper.querySelector('test-observed-return-to-work') as ObservedWork;
    await element.updateComplete;
    expect(element.gate.imports, 'the advice alone loads nothing').to.equal(0);
    const withoutChecklist = element.toPlainText();

    const arrive = element.gate.holdBack();
    element.checklist = true;
    let completed = false;
    const waiting = element.updateComplete.then(() => (completed = true));
    await nextFrame();
    await nextFrame();

    // Still loading: the checklist's heading and introduction, and a placeholder where the form goes.
    expect(completed, 'updateComplete waits for the form').to.equal(false);
    const checklist = part(element, 'checklist');
    expect(checklist.querySelector('h3')?.textContent.trim()).to.equal(content.checklist.heading);
    expect(checklist.querySelector('.checklist-intro')?.textContent.trim()).to.equal(content.checklist.intro);
    expect(controls(element)).to.have.length(0);
    const busy = checklist.querySelector<HTMLElement>('.form-pending [aria-busy="true"]');
    expect(busy?.textContent.trim()).not.to.equal('');
    const placeholder = busy!.getBoundingClientRect().height;
    expect(element.shadowRoot!.querySelectorAll('[part~="section"] li')).to.have.length(content.items.length);
    // The plain text and the entries do not need the form's code.
    expect(element.toPlainText()).to.equal(withoutChecklist);
    expect(element.checklistEntries).to.deep.equal(NO_ENTRIES);

    arrive();
    await waiting;
    expect(completed).to.equal(true);
    expect(element.shadowRoot!.querySelector('.form-pending')).to.equal(null);
    expect(controls(element)).to.have.length(5);
    // The placeholder is about the form's height, never taller, so the page only grows a little when it arrives.
    const form = checklist.querySelector('form')!.getBoundingClientRect().height;
    expect(placeholder).to.be.at.most(form + 0.5);
    expect(placeholder).to.be.at.least(form * 0.75);
    expect(element.toPlainText()).to.equal(withoutChecklist);

    // Hidden and shown again, the form is there at once, without a second import.
    element.checklist = false;
    await element.updateComplete;
    element.checklist = true;
    await element.updateComplete;
    expect(controls(element)).to.have.length(5);
    expect(element.gate.imports).to.equal(1);
  });

  it('keeps the placeholder no taller than the form on a narrow screen', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const element = await fixture<ObservedWork>(
        html`<test-observed-return-to-work lang="nb"></test-observed-return-to-work>`,
      );
      await element.updateComplete;
      const arrive = element.gate.holdBack();
      element.checklist = true;
      await nextFrame();
      const placeholder = element.shadowRoot!.querySelector('.form-pending')!.getBoundingClientRect().height;
      arrive();
      await element.updateComplete;
      const form = part(element, 'checklist').querySelector('form')!.getBoundingClientRect().height;
      expect(placeholder).to.be.at.most(form + 0.5);
      expect(placeholder).to.be.at.least(form * 0.75);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('says so in the form’s place when its code cannot load, keeps the advice, throws nothing, and tries again when shown again', async () => {
    const content = await loadTopic('work', 'en');
    const element = document.createElement('test-observed-return-to-work') as ObservedWork;
    element.gate.failWith = new TypeError('Failed to fetch dynamically imported module: form-view.js');
    await throwsNothing(async (log) => {
      await renderWidget(element, { lang: 'en', checklist: true });

      const message = part(element, 'checklist').querySelector('[role="alert"]');
      expect(message?.textContent)
        .to.contain('could not be loaded')
        .and.contain('Failed to fetch dynamically imported module');
      expect(controls(element)).to.have.length(0);
      expect(part(element, 'checklist').querySelector('h3')?.textContent.trim()).to.equal(content.checklist.heading);
      // The advice stays readable.
      expect(part(element, 'title').textContent.trim()).to.equal(content.title);
      expect(element.shadowRoot!.querySelectorAll('[part~="section"] li')).to.have.length(content.items.length);
      expect(part(element, 'source').textContent.trim()).not.to.equal('');
      expect(element.shadowRoot!.querySelectorAll('[role="alert"]')).to.have.length(1);
      expect(element.toPlainText()).to.contain(content.ui.keyMessage);
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]).to.contain('[ryggrad]').and.contain('<test-observed-return-to-work>').and.contain('form');

      element.gate.failWith = undefined;
      element.checklist = false;
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      element.checklist = true;
      await element.updateComplete;
      expect(element.gate.imports).to.equal(2);
      expect(controls(element)).to.have.length(5);
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });
  });
});

describe('<rygg-return-to-work>: attributes', () => {
  it('uses h2 for the title and h3 below it by default', async () => {
    const element = await work('nb', { checklist: true });
    expect(part(element, 'title').localName).to.equal('h2');
    expect(part(element, 'section').querySelector('h1,h2,h3,h4,h5,h6')?.localName).to.equal('h3');
    expect(part(element, 'checklist').querySelector('h1,h2,h3,h4,h5,h6')?.localName).to.equal('h3');
  });

  it('follows heading-level, with sub-headings one level deeper', async () => {
    const element = await work('nb', { checklist: true, 'heading-level': '3' });
    expect(part(element, 'title').localName).to.equal('h3');
    expect(part(element, 'section').querySelector('h1,h2,h3,h4,h5,h6')?.localName).to.equal('h4');
    expect(part(element, 'checklist').querySelector('h1,h2,h3,h4,h5,h6')?.localName).to.equal('h4');
  });

  it('switches audience and language at runtime, keeping the entries', async () => {
    const element = await work('nb', { checklist: true });
    await fill(element, 'tasks-that-work', 'Telefonvakt');
    element.audience = 'clinician';
    element.lang = 'nn';
    await element.updateComplete;
    const nynorsk = await loadTopic('work', 'nn');
    expect(element.shadowRoot!.querySelector('[part~="section"] li')?.textContent.trim()).to.equal(
      nynorsk.clinician[0]!.text,
    );
    expect(field<HTMLTextAreaElement>(element, 'tasks-that-work').value).to.equal('Telefonvakt');
  });
});

describe('<rygg-return-to-work>: accessibility', () => {
  it('is axe clean in the dark theme with the checklist filled in', async () => {
    const element = await work('nb', { checklist: true, theme: 'dark' });
    await fillAll(element);
    await expectAxeClean(element, 'dark, filled');
  });
});

describe('<rygg-return-to-work>: layout, themes and print', () => {
  it('puts advice and checklist side by side when it is wide', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 960px"><rygg-return-to-work lang="nb" checklist></rygg-return-to-work></div>`,
    );
    const element = wrapper.querySelector('rygg-return-to-work') as RyggReturnToWork;
    await element.updateComplete;
    const advice = part(element, 'section').getBoundingClientRect();
    const checklist = part(element, 'checklist').getBoundingClientRect();
    expect(checklist.left).to.be.at.least(advice.right);
    expect(checklist.top).to.be.below(advice.top + 20);
  });

  it('marks an invalid percentage by more than colour in forced colours', async () => {
    const element = await work('nb', { checklist: true });
    await fill(element, 'graded-percentage', '200');
    const percentage = field(element, 'graded-percentage');
    await underMedia(element, 'forced-colors', () => {
      expect(getComputedStyle(percentage).borderTopStyle).to.equal('dashed');
    });
  });

  for (const audience of AUDIENCES) {
    it(`prints the entries as text without the controls, on one A4 page (${audience})`, async () => {
      const content = await loadTopic('work', 'nb');
      const element = await renderWidget<RyggReturnToWork>(
        'rygg-return-to-work',
        { lang: 'nb', audience, checklist: true, theme: 'dark', style: '--rygg-work-accent: rgb(200, 0, 0)' },
        718,
      );
      await fillAll(element);
      const printed = element.shadowRoot!.querySelector('.checklist-print') as HTMLElement;
      expect(getComputedStyle(printed).display).to.equal('none'); // only on paper
      await underMedia(element, 'print', () => {
        const base = part(element, 'base');
        expectBlackOnWhite(base);
        for (const control of element.shadowRoot!.querySelectorAll<HTMLElement>('input, textarea, button')) {
          expect(control.getClientRects().length, control.id || control.className).to.equal(0);
        }
        expect(getComputedStyle(part(element, 'section').querySelector('h3')!).borderBottomColor).to.equal(
          'rgb(0, 0, 0)',
        );
        expect(getComputedStyle(part(element, 'checklist')).borderTopColor).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(printed).display).to.equal('block');
        const text = printed.innerText;
        expect(text).to.contain(content.checklist.tasksThatWork).and.contain('Lette kontoroppgaver');
        expect(text).to.contain('Løfte varer\nLange møter');
        expect(text)
          .to.contain(formatPercentage(40, 'nb'))
          .and.contain('3. desember 2026')
          .and.contain('Ny samtale etter to uker');
        // 277 mm high: A4 less the usual 10 mm margins, at 96 px per inch.
        expect(base.getBoundingClientRect().height).to.be.at.most(1047);
      });
    });
  }

  it('prints lines to write on for an empty checklist', async () => {
    const element = await work('nb', { checklist: true });
    const blanks = element.shadowRoot!.querySelectorAll('.checklist-print dd.write-in');
    expect(blanks).to.have.length(5);
    await fill(element, 'tasks-that-work', 'Telefonvakt');
    expect(element.shadowRoot!.querySelectorAll('.checklist-print dd.write-in')).to.have.length(4);
  });
});

describeWidgetConformance<RyggReturnToWork>({
  tag: 'rygg-return-to-work',
  locales: LOCALES,
  defaults: { theme: 'light' },
  axe: { each: AUDIENCES.flatMap((audience) => [false, true].map((checklist) => ({ audience, checklist }))) },
  badHeadingLevels: ['9', 'h3', '-1'],
  fallbacks: [
    {
      title: 'an unknown audience, giving the patient text',
      attributes: { audience: 'doctor' },
      words: ['audience', '"doctor"', '"patient"'],
      check(element) {
        expect(element.resolvedAudience).to.equal('patient');
        expect(element.shadowRoot!.querySelector('[part~="section"] li')?.textContent.trim()).to.equal(
          'For most people, carrying on with normal work is good for healing.',
        );
      },
    },
  ],
  englishTitle: 'Work with your back',
  accent: {
    selector: '.key-message',
    property: 'border-inline-start-color',
    tokens: ['--rygg-color-accent', '--rygg-work-accent'],
  },
  keyMessage: '.key-message',
  narrow: [false, true].map((checklist) => ({
    title: ` (checklist ${checklist ? 'on' : 'off'})`,
    attributes: { checklist },
    check(element: RyggReturnToWork) {
      const right = part(element, 'base').getBoundingClientRect().right;
      for (const control of element.shadowRoot!.querySelectorAll('input, textarea, button')) {
        expect(control.getBoundingClientRect().right, control.id || control.className).to.be.at.most(right);
      }
    },
  })),
});
