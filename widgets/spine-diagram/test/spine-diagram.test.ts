import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import {
  ImportGate,
  throwsNothing,
  captureConsole,
  describeWidgetConformance,
  emulateMedia,
  expectAxeClean,
  nextFrame,
  renderWidget,
  resetMedia,
  underMedia,
} from '@ryggrad/testing';
import { CONDITION_IDS, LOCALES, loadTopic } from '@ryggrad/content';
import type { AnatomyContent, Locale } from '@ryggrad/content';
import { RyggSpineDiagram, type StructureSelectDetail } from '../src/define.js';
import type { SegmentViewModule } from '../src/spine-diagram.js';
import { VIEWS, diagramParts } from '../src/anatomy.js';
import { parseHighlight } from '../src/highlight.js';
import { accessibleName, describeDiagram, diagramPlainText } from '../src/plain-text.js';
import { REGIONS, SEGMENT_STRUCTURES } from './structures.js';

const LABELS = [
  ...Array.from({ length: 7 }, (_, index) => `C${index + 1}`),
  ...Array.from({ length: 12 }, (_, index) => `T${index + 1}`),
  ...Array.from({ length: 5 }, (_, index) => `L${index + 1}`),
];

interface Options {
  lang?: Locale;
  view?: string;
  condition?: string;
  highlight?: string;
  theme?: string;
  headingLevel?: string;
}

async function diagram(options: Options = {}): Promise<RyggSpineDiagram> {
  const element = await fixture<RyggSpineDiagram>(
    html`<rygg-spine-diagram
      lang=${options.lang ?? 'nb'}
      view=${options.view ?? 'spine'}
      condition=${options.condition ?? 'none'}
      highlight=${options.highlight ?? ''}
      theme=${options.theme ?? 'light'}
      heading-level=${options.headingLevel ?? ''}
    ></rygg-spine-diagram>`,
  );
  await element.updateComplete;
  return element;
}

function shadow(element: RyggSpineDiagram): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

function one<T extends Element = HTMLElement>(element: RyggSpineDiagram, selector: string): T {
  const found = shadow(element).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

function all<T extends Element = SVGGElement>(element: RyggSpineDiagram, selector: string): T[] {
  return [...shadow(element).querySelectorAll<T>(selector)];
}

function structuresShown(element: RyggSpineDiagram): Set<string> {
  return new Set(all(element, '[data-structure]').map((node) => node.getAttribute('data-structure') ?? ''));
}

function activeKey(element: RyggSpineDiagram): string | null {
  return shadow(element).activeElement?.getAttribute('data-key') ?? null;
}

async function settle(element: RyggSpineDiagram): Promise<void> {
  await element.updateComplete;
  await nextFrame();
}

function click(target: Element): void {
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

/** Relative luminance contrast of two `rgb()` colours, as WCAG defines it. */
function contrast(first: string, second: string): number {
  const luminance = (colour: string): number => {
    const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((value) => {
      const channel = value / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('<rygg-spine-diagram>: the spine view', () => {
  it('draws 7 + 12 + 5 vertebrae labelled in order, the discs between them, the sacrum and the cord', async () => {
    const element = await diagram();
    const vertebrae = all(element, '[data-structure="vertebra"]');
    expect(vertebrae.map((node) => node.getAttribute('data-vertebra'))).to.deep.equal(LABELS);
    expect(vertebrae.map((node) => node.querySelector('text')?.textContent.trim())).to.deep.equal(LABELS);
    const discs = all(element, '[data-structure="disc"]');
    expect(discs).to.have.length(23);
    expect(discs.map((node) => node.getAttribute('data-level')))
      .to.include('L4-L5')
      .and.include('L5-S1')
      .and.not.include('C1-C2');
    expect(all(element, '[data-structure="sacrum"]')).to.have.length(1);
    expect(all(element, '[data-structure="spinal-cord"]')).to.have.length(1);
    expect(structuresShown(element).has('prolapse')).to.equal(false);
  });

  it('labels the three regions with their counts from the content', async () => {
    for (const lang of LOCALES) {
      const content = await loadTopic('anatomy', lang);
      const element = await diagram({ lang });
      for (const region of REGIONS) {
        const group = one(element, `[data-structure="${region}"]`);
        expect(group.textContent.trim(), `${lang} ${region}`).to.equal(content.ui.regionCount[region]);
        expect(group.getAttribute('aria-label')).to.equal(content.ui.regionCount[region]);
      }
    }
  });

  it('shows each condition: the prolapse at a lumbar disc, only with condition prolapse', async () => {
    for (const condition of CONDITION_IDS) {
      const element = await diagram({ condition });
      expect(structuresShown(element).has('prolapse'), condition).to.equal(condition === 'prolapse');
      expect(one(element, 'svg').classList.contains(`condition-${condition}`)).to.equal(true);
    }
    const prolapse = await diagram({ condition: 'prolapse' });
    expect(one(prolapse, '[data-structure="prolapse"]').getAttribute('data-level')).to.equal('L4-L5');
    expect(all(prolapse, '[data-structure="nerve-root"]')).to.have.length(1);
    const lower = await diagram({ condition: 'prolapse', highlight: 'L5-S1' });
    expect(one(lower, '[data-structure="prolapse"]').getAttribute('data-level')).to.equal('L5-S1');
  });

  it('shows the condition’s explanation from the content beside the drawing', async () => {
    const content = await loadTopic('anatomy', 'en');
    const element = await diagram({ lang: 'en', condition: 'stenosis' });
    const panel = one(element, '[part~="details"] .condition');
    expect(panel.querySelector('h3')?.textContent.trim()).to.equal(content.conditions.stenosis.name);
    expect([...panel.querySelectorAll('p:not(.source)')].map((p) => p.textContent.trim())).to.deep.equal([
      ...content.conditions.stenosis.explanation,
    ]);
    expect(panel.querySelector('.source')?.textContent).to.contain('FORMI').and.contain('3');
  });
});

describe('<rygg-spine-diagram>: the segment view', () => {
  it('shows all eight structures of the brochure drawing with a prolapse, and no prolapse without', async () => {
    const withProlapse = await diagram({ view: 'segment', condition: 'prolapse' });
    expect([...structuresShown(withProlapse)]).to.have.members(SEGMENT_STRUCTURES);
    expect(
      all(withProlapse, '[data-structure="vertebra"]').map((node) => node.getAttribute('data-vertebra')),
    ).to.deep.equal(['L4', 'L5']);
    for (const condition of CONDITION_IDS.filter((id) => id !== 'prolapse')) {
      const element = await diagram({ view: 'segment', condition });
      expect([...structuresShown(element)], condition).to.have.members(
        SEGMENT_STRUCTURES.filter((id) => id !== 'prolapse'),
      );
    }
  });

  it('labels the parts in the drawing with the content’s names', async () => {
    const content = await loadTopic('anatomy', 'nn');
    const element = await diagram({ lang: 'nn', view: 'segment', condition: 'prolapse' });
    const drawn = one(element, 'svg').textContent.replace(/\s+/g, ' ');
    for (const id of SEGMENT_STRUCTURES.filter((structure) => structure !== 'vertebra')) {
      // Long names wrap onto two lines in the drawing; compare without the line break.
      expect(drawn.replace(/\s/g, ''), id).to.contain(content.structures[id].name.replace(/\s/g, ''));
    }
    expect(drawn).to.contain(`${content.ui.vertebraLabel} L4`).and.contain(`${content.ui.vertebraLabel} L5`);
  });

  it('shows the cauda equina, not the spinal cord, at L4–L5; the whole spine keeps the cord', async () => {
    for (const condition of CONDITION_IDS) {
      const shown = structuresShown(await diagram({ view: 'segment', condition }));
      expect(shown.has('cauda-equina'), condition).to.equal(true);
      expect(shown.has('spinal-cord'), condition).to.equal(false);
    }
    const en = await diagram({ lang: 'en', view: 'segment' });
    expect(one(en, '[data-structure="cauda-equina"]').getAttribute('aria-label')).to.equal('Cauda equina');
    expect(one(en, 'svg').textContent).to.contain('Cauda equina');
    const spine = structuresShown(await diagram({ view: 'spine' }));
    expect(spine.has('spinal-cord')).to.equal(true);
  });

  it('names the exiting L4 root and the traversing L5 root, and says a prolapse presses on L5', async () => {
    const element = await diagram({ lang: 'en', view: 'segment', condition: 'prolapse' });
    const roots = all(element, '[data-structure="nerve-root"]');
    expect(roots.map((root) => root.getAttribute('aria-label'))).to.deep.equal(['Nerve root L4', 'Nerve root L5']);
    const drawn = one(element, 'svg').textContent.replace(/\s+/g, ' ');
    expect(drawn).to.contain('Nerve root L4').and.contain('Nerve root L5');
    click(roots[1] as Element);
    await settle(element);
    const details = one(element, '.details').textContent.replace(/\s+/g, ' ');
    expect(details).to.contain('A prolapse between L4 and L5 usually presses on this root.');
    click(roots[0] as Element);
    await settle(element);
    expect(one(element, '.details').textContent).to.contain('above the disc');
    const nb = await diagram({ lang: 'nb', view: 'segment', condition: 'prolapse' });
    expect(all(nb, '[data-structure="nerve-root"]').map((root) => root.getAttribute('aria-label'))).to.deep.equal([
      'Nerverot L4',
      'Nerverot L5',
    ]);
    expect(shadow(nb).textContent).to.contain('Et prolaps mellom L4 og L5 trykker oftest på denne roten.');
  });

  it('shows osteoporosis as a compressed L4 body, and tells stenosis from age changes by the canal', async () => {
    /** How much of a line through the shape's fill is inside it, sampled every half unit. */
    const filled = (shape: SVGPathElement, along: 'x' | 'y', at: number): number => {
      const box = shape.getBBox();
      const [from, length] = along === 'x' ? [box.x, box.width] : [box.y, box.height];
      let inside = 0;
      for (let step = 0; step <= length; step += 0.5) {
        const point = along === 'x' ? new DOMPoint(from + step, at) : new DOMPoint(at, from + step);
        if (shape.isPointInFill(point)) inside += 0.5;
      }
      return inside;
    };
    const frontHeight = async (condition: string) => {
      const element = await diagram({ view: 'segment', condition });
      const body = one<SVGPathElement>(element, '[data-key="vertebra:L4"] path.hit');
      const back = filled(body, 'y', body.getBBox().x + body.getBBox().width - 4);
      return { front: filled(body, 'y', body.getBBox().x + 12), back };
    };
    const normal = await frontHeight('none');
    const wedged = await frontHeight('osteoporosis');
    expect(wedged.front, 'the front of the body is compressed').to.be.lessThan(normal.front - 15);
    expect(wedged.back, 'the back keeps its height').to.be.closeTo(normal.back, 3);

    const waist = async (condition: string) => {
      const element = await diagram({ view: 'segment', condition });
      const disc = one<SVGPathElement>(element, '[data-structure="disc"] .disc').getBBox();
      const band = one<SVGPathElement>(element, '[data-structure="cauda-equina"] .cord-band');
      return filled(band, 'x', disc.y + disc.height / 2);
    };
    expect(await waist('stenosis'), 'stenosis pinches the nerves at the disc').to.be.lessThan(
      (await waist('degeneration')) / 2,
    );
  });

  it('switches views with its own buttons and keeps the chosen part when the other view has it', async () => {
    const element = await diagram();
    click(one(element, '[data-key="disc:L4-L5"]'));
    await element.updateComplete;
    const [spineButton, segmentButton] = all<HTMLButtonElement>(element, '.view-switch button');
    expect(spineButton?.getAttribute('aria-pressed')).to.equal('true');
    segmentButton?.click();
    await element.updateComplete;
    expect(element.resolvedView).to.equal('segment');
    expect(segmentButton?.getAttribute('aria-pressed')).to.equal('true');
    expect(all(element, '[data-structure="vertebra"]')).to.have.length(2);
    expect(one(element, '[data-key="disc:L4-L5"]').getAttribute('aria-pressed')).to.equal('true');
    click(one(element, '[data-key="facet-joint:L4-L5"]'));
    spineButton?.click();
    await element.updateComplete;
    expect(all(element, '[aria-pressed="true"][data-key]')).to.have.length(0);
  });

  it('changes the condition with its own picker', async () => {
    const element = await diagram({ view: 'segment' });
    const select = one<HTMLSelectElement>(element, 'select');
    expect([...select.options].map((option) => option.value)).to.deep.equal([...CONDITION_IDS]);
    select.value = 'prolapse';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(structuresShown(element).has('prolapse')).to.equal(true);
  });
});

/**
 * The diagram, with the import of the close-up's code observed: it counts the imports, can hold
 * them back until the test lets them through, or can fail them as a broken network would.
 */
class ObservedDiagram extends RyggSpineDiagram {
  readonly gate = new ImportGate();

  protected override importSegmentView(): Promise<SegmentViewModule> {
    return this.gate.pass(() => super.importSegmentView());
  }
}
customElements.define('test-observed-spine-diagram', ObservedDiagram);

async function observed(view = 'spine'): Promise<ObservedDiagram> {
  const wrapper = await fixture(
    html`<div style="width:900px">
      <test-observed-spine-diagram lang="nb" view=${view}></test-observed-spine-diagram>
    </div>`,
  );
  const element = wrapper.querySelector('test-observed-spine-diagram') as ObservedDiagram;
  await element.updateComplete;
  return element;
}

describe('<rygg-spine-diagram>: the close-up’s code, loaded when first needed', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('draws a close-up asked for from the start once updateComplete resolves (attribute or property)', async () => {
    for (const setView of [
      (element: ObservedDiagram) => {
        element.setAttribute('view', 'segment');
      },
      (element: ObservedDiagram) => (element.view = 'segment'),
    ]) {
      const element = document.createElement('test-observed-spine-diagram') as ObservedDiagram;
      element.setAttribute('lang', 'en');
      setView(element);
      document.body.append(element);
      try {
        await element.updateComplete;
        expect(
          all(element, '[data-structure="vertebra"]').map((node) => node.getAttribute('data-vertebra')),
        ).to.deep.equal(['L4', 'L5']);
        expect(all(element, '[data-key]').map((node) => node.getAttribute('data-key'))).to.deep.equal(
          diagramParts('segment', 'none').map((part) => part.key),
        );
        expect(shadow(element).querySelector('.figure-pending')).to.equal(null);
        expect(element.gate.imports).to.equal(1);
      } finally {
        element.remove();
      }
    }
  });

  it('shows a placeholder of the same size while loading, keeps the chosen part, and keeps focus on the button when switched by keyboard', async () => {
    const content = await loadTopic('anatomy', 'nb');
    const element = await observed();
    const arrive = element.gate.holdBack();
    click(one(element, '[data-key="disc:L4-L5"]'));
    await element.updateComplete;
    expect(element.gate.imports, 'the spine view loads nothing').to.equal(0);

    const [spineButton, segmentButton] = all<HTMLButtonElement>(element, '.view-switch button');
    spineButton?.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement).to.equal(segmentButton);
    expect(element.gate.imports, 'focusing the close-up button starts the load').to.equal(1);
    await sendKeys({ press: 'Enter' });
    await nextFrame();

    // Still loading: the placeholder stands in for the drawing; the rest of the widget works.
    expect(element.resolvedView).to.equal('segment');
    expect(segmentButton?.getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(element).activeElement, 'focus stays on the button').to.equal(segmentButton);
    expect(all(element, '[data-key]')).to.have.length(0);
    const placeholder = one(element, '[part~="drawing"] .figure-pending svg').getBoundingClientRect();
    expect(placeholder.height).to.be.greaterThan(100);
    expect(one(element, '.figure-pending [aria-busy="true"]').textContent.trim()).not.to.equal('');
    expect(one(element, '.details h3').textContent.trim()).to.equal(`${content.structures.disc.name} L4–L5`);
    expect(element.gate.imports, 'pressing the button does not load it twice').to.equal(1);

    arrive();
    await element.updateComplete;
    const drawing = one(element, '[part~="drawing"] svg.figure').getBoundingClientRect();
    expect(shadow(element).querySelector('.figure-pending')).to.equal(null);
    expect(drawing.width).to.be.closeTo(placeholder.width, 0.5);
    expect(drawing.height).to.be.closeTo(placeholder.height, 0.5);
    expect(all(element, '[data-structure="vertebra"]')).to.have.length(2);
    expect(one(element, '[data-key="disc:L4-L5"]').getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(element).activeElement, 'focus stays on the button').to.equal(segmentButton);
  });

  it('starts loading when the reader points at the close-up button, so the switch draws at once', async () => {
    const element = await observed();
    const segmentButton = all<HTMLButtonElement>(element, '.view-switch button')[1];
    const box = segmentButton?.getBoundingClientRect();
    if (!segmentButton || !box) throw new Error('no close-up button');
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    expect(element.gate.imports).to.equal(1);
    expect(element.resolvedView).to.equal('spine');
    await element.updateComplete;
    segmentButton.click();
    await nextFrame();
    expect(shadow(element).querySelector('.figure-pending')).to.equal(null);
    expect(all(element, '[data-structure="vertebra"]')).to.have.length(2);
    expect(element.gate.imports).to.equal(1);
  });

  it('says so in place of the drawing when the close-up cannot load, throws nothing, and tries again on the next switch', async () => {
    const content = await loadTopic('anatomy', 'en');
    const element = document.createElement('test-observed-spine-diagram') as ObservedDiagram;
    element.gate.failWith = new TypeError('Failed to fetch dynamically imported module: segment-view.js');
    await throwsNothing(async (log) => {
      await renderWidget(element, { lang: 'en', view: 'segment' });

      const message = one(element, '[part~="drawing"] [role="alert"]');
      expect(message.textContent)
        .to.contain('could not be loaded')
        .and.contain('Failed to fetch dynamically imported module');
      expect(all(element, '[data-key]')).to.have.length(0);
      expect(all(element, '.view-switch button')).to.have.length(2);
      expect(one(element, '[part~="details"] .condition h3').textContent.trim()).to.equal(content.conditions.none.name);
      expect(element.toPlainText()).to.contain(content.ui.views.segment);
      expect(log.errors).to.have.length(1);
      expect(log.errors[0])
        .to.contain('[ryggrad]')
        .and.contain('<test-observed-spine-diagram>')
        .and.contain('close-up');

      const [spineButton, segmentButton] = all<HTMLButtonElement>(element, '.view-switch button');
      spineButton?.click();
      await element.updateComplete;
      expect(all(element, '[data-structure="vertebra"]')).to.have.length(24);
      expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);

      element.gate.failWith = undefined;
      segmentButton?.click();
      await element.updateComplete;
      expect(element.gate.imports).to.equal(2);
      expect(all(element, '[data-structure="vertebra"]')).to.have.length(2);
      expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
    });
  });
});

describe('<rygg-spine-diagram>: highlight', () => {
  it('makes named parts stand out and says so in their names and the text alternative', async () => {
    const content = await loadTopic('anatomy', 'nb');
    const element = await diagram({ condition: 'prolapse', highlight: 'L4 l5 PROLAPSE' });
    const highlighted = all(element, '.is-highlighted').map((node) => node.getAttribute('data-key'));
    expect(highlighted).to.deep.equal(['vertebra:L4', 'vertebra:L5', 'prolapse:L4-L5']);
    expect(one(element, '[data-key="vertebra:L4"]').getAttribute('aria-label')).to.equal(
      `${content.ui.vertebraLabel} L4, ${content.ui.highlighted}`,
    );
    expect(one(element, '[data-key="vertebra:L3"]').getAttribute('aria-label')).to.equal(
      `${content.ui.vertebraLabel} L3`,
    );
    const words = one(element, '#text-alternative').textContent;
    expect(words).to.contain(content.ui.highlightedParts).and.contain(`${content.structures.prolapse.name} L4–L5`);
    // Highlighted bone looks different from plain bone (fill and a thicker outline).
    const plain = getComputedStyle(one(element, '[data-key="vertebra:L3"] .bone'));
    const marked = getComputedStyle(one(element, '[data-key="vertebra:L4"] .bone'));
    expect(marked.fill).not.to.equal(plain.fill);
    expect(parseFloat(marked.strokeWidth)).to.be.greaterThan(parseFloat(plain.strokeWidth));
  });

  it('ignores unknown tokens with one warning for each, however often they render', async () => {
    const log = captureConsole();
    try {
      const element = await diagram({ highlight: 'L4 spleen spleen L9 disc' });
      element.requestUpdate();
      await element.updateComplete;
      expect(log.warnings).to.have.length(2);
      expect(log.warnings[0]).to.contain('[ryggrad]').and.contain('"spleen"');
      expect(log.warnings[1]).to.contain('"L9"');
      expect(all(element, '.is-highlighted[data-structure="disc"]')).to.have.length(23);
      expect(
        all(element, '.is-highlighted[data-structure="vertebra"]').map((node) => node.getAttribute('data-vertebra')),
      ).to.deep.equal(['L4']);
    } finally {
      log.restore();
    }
  });

  it('follows changes at runtime', async () => {
    const log = captureConsole();
    try {
      const element = await diagram({ highlight: 'L4 spleen' });
      element.setAttribute('highlight', 'c7 spleen thoracic');
      await element.updateComplete;
      expect(all(element, '.is-highlighted').map((node) => node.getAttribute('data-key'))).to.deep.equal([
        'vertebra:C7',
        'region:thoracic',
      ]);
      element.highlight = '';
      await element.updateComplete;
      expect(all(element, '.is-highlighted')).to.have.length(0);
      expect(log.warnings.filter((line) => line.includes('"spleen"'))).to.have.length(1);
    } finally {
      log.restore();
    }
  });
});

describe('<rygg-spine-diagram>: choosing parts', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('is one tab stop; arrow keys move along the spine; Enter and Space choose', async () => {
    const content = await loadTopic('anatomy', 'nb');
    const element = await diagram();
    expect(all(element, '[data-key][tabindex="0"]')).to.have.length(1);
    one(element, 'select').focus();
    await sendKeys({ press: 'Tab' });
    expect(activeKey(element)).to.equal('region:cervical');

    const pressAndCheck = async (key: string, expected: string) => {
      await sendKeys({ press: key });
      await settle(element);
      expect(activeKey(element), `${key} → ${expected}`).to.equal(expected);
      const stops = all(element, '[data-key][tabindex="0"]').map((node) => node.getAttribute('data-key'));
      expect(stops).to.deep.equal([expected]);
    };
    await pressAndCheck('ArrowDown', 'vertebra:C1');
    await pressAndCheck('ArrowDown', 'vertebra:C2');
    await pressAndCheck('ArrowRight', 'disc:C2-C3');
    await pressAndCheck('ArrowUp', 'vertebra:C2');
    await pressAndCheck('End', 'spinal-cord');
    await pressAndCheck('ArrowDown', 'spinal-cord');
    await pressAndCheck('Home', 'region:cervical');
    await pressAndCheck('ArrowLeft', 'region:cervical');
    await pressAndCheck('ArrowDown', 'vertebra:C1');
    await pressAndCheck('ArrowDown', 'vertebra:C2');

    const chosen = oneEvent(element, 'rygg-structure-select');
    await sendKeys({ press: 'Enter' });
    const event = (await chosen) as CustomEvent<StructureSelectDetail>;
    expect(event.detail).to.deep.equal({ id: 'vertebra', vertebra: 'C2' });
    await settle(element);
    const details = one(element, '[part~="details"] .details');
    expect(details.getAttribute('aria-live')).to.equal('polite');
    expect(details.querySelector('h3')?.textContent.trim()).to.equal(`${content.ui.vertebraLabel} C2`);
    expect(details.textContent)
      .to.contain(content.structures.vertebra.explanation)
      .and.contain(content.structures.cervical.name);
    expect(one(element, '[data-key="vertebra:C2"]').getAttribute('aria-pressed')).to.equal('true');

    await sendKeys({ press: ' ' });
    await settle(element);
    expect(one(element, '[data-key="vertebra:C2"]').getAttribute('aria-pressed')).to.equal('false');
    expect(details.textContent).to.contain(content.ui.selectPrompt);

    // Tab leaves the drawing in one step.
    await sendKeys({ press: 'Tab' });
    expect(activeKey(element)).to.equal(null);
    expect(shadow(element).activeElement?.textContent.trim()).to.equal(content.ui.previousPart);
  });

  it('reaches the L4–L5 disc in at most 5 key presses from entering the drawing, by type-ahead or by region', async () => {
    for (const lang of LOCALES) {
      const element = await diagram({ lang });
      one(element, 'select').focus();
      await sendKeys({ press: 'Tab' });
      expect(activeKey(element)).to.equal('region:cervical');
      for (const key of ['L', '4']) await sendKeys({ press: key });
      await settle(element);
      expect(activeKey(element), `${lang}: "L4" jumps to the vertebra`).to.equal('vertebra:L4');
      await sendKeys({ press: 'ArrowDown' });
      await settle(element);
      expect(activeKey(element), `${lang}: 3 presses`).to.equal('disc:L4-L5');
    }
    const element = await diagram();
    one(element, 'select').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'PageDown' });
    await settle(element);
    expect(activeKey(element)).to.equal('region:thoracic');
    await sendKeys({ press: 'PageDown' });
    await settle(element);
    expect(activeKey(element)).to.equal('region:lumbar');
    await sendKeys({ press: 'PageUp' });
    await settle(element);
    expect(activeKey(element)).to.equal('region:thoracic');
    // Typing the level in full reaches the disc too: L, 4, - (the disc follows its upper vertebra).
    for (const key of ['L', '4', 'Minus']) await sendKeys({ press: key });
    await settle(element);
    expect(activeKey(element)).to.equal('disc:L4-L5');
    expect(all(element, '[data-key][tabindex="0"]').map((node) => node.getAttribute('data-key'))).to.deep.equal([
      'disc:L4-L5',
    ]);
  });

  it('is one composite: a vertical toolbar of toggle buttons with the hint before it', async () => {
    const content = await loadTopic('anatomy', 'en');
    const element = await diagram({ lang: 'en' });
    const svg = one(element, 'svg.figure');
    expect(svg.getAttribute('role')).to.equal('toolbar');
    expect(svg.getAttribute('aria-orientation')).to.equal('vertical');
    expect(svg.querySelectorAll('[role="button"]').length).to.equal(52);
    const hint = one(element, '#keyboard-hint');
    expect(hint.textContent).to.equal(content.ui.keyboardHint);
    expect(
      hint.compareDocumentPosition(svg) & Node.DOCUMENT_POSITION_FOLLOWING,
      'hint before the drawing',
    ).to.not.equal(0);
    expect(hint.getBoundingClientRect().bottom).to.be.at.most(svg.getBoundingClientRect().top + 1);
  });

  it('chooses a part with a real click and reports it in the event', async () => {
    const content = await loadTopic('anatomy', 'en');
    const element = await diagram({ lang: 'en' });
    const body = one<SVGPathElement>(element, '[data-key="vertebra:L4"] .bone');
    body.scrollIntoView({ block: 'center' });
    await nextFrame();
    const box = body.getBoundingClientRect();
    const chosen = oneEvent(document, 'rygg-structure-select');
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    const event = (await chosen) as CustomEvent<StructureSelectDetail>;
    expect(event.detail).to.deep.equal({ id: 'vertebra', vertebra: 'L4' });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    await element.updateComplete;
    expect(one(element, '.details h3').textContent.trim()).to.equal(`${content.ui.vertebraLabel} L4`);
    expect(one(element, '.details').textContent).to.contain(content.structures.lumbar.name);
  });

  it('reports discs by level, regions and other structures by id', async () => {
    const element = await diagram({ condition: 'prolapse' });
    const expectations: [string, StructureSelectDetail][] = [
      ['disc:L4-L5', { id: 'disc', level: 'L4-L5' }],
      ['region:lumbar', { id: 'lumbar' }],
      ['sacrum', { id: 'sacrum' }],
      ['spinal-cord', { id: 'spinal-cord' }],
      ['prolapse:L4-L5', { id: 'prolapse', level: 'L4-L5' }],
    ];
    for (const [key, detail] of expectations) {
      const chosen = oneEvent(element, 'rygg-structure-select');
      click(one(element, `[data-key="${key}"]`));
      expect(((await chosen) as CustomEvent<StructureSelectDetail>).detail).to.deep.equal(detail);
    }
    const segment = await diagram({ view: 'segment' });
    const chosen = oneEvent(segment, 'rygg-structure-select');
    click(one(segment, '[data-key="spinous-process:L5"] path'));
    expect(((await chosen) as CustomEvent<StructureSelectDetail>).detail).to.deep.equal({
      id: 'spinous-process',
      vertebra: 'L5',
    });
  });

  it('steps through the parts with large previous/next buttons, wrapping round', async () => {
    const content = await loadTopic('anatomy', 'nb');
    const element = await diagram();
    const [previous, next] = all<HTMLButtonElement>(element, '.stepper button');
    next?.click();
    await element.updateComplete;
    expect(one(element, '.details h3').textContent.trim()).to.equal(content.structures.cervical.name);
    previous?.click();
    await element.updateComplete;
    expect(one(element, '.details h3').textContent.trim()).to.equal(content.structures['spinal-cord'].name);
    next?.click();
    next?.click();
    await element.updateComplete;
    expect(one(element, '.details h3').textContent.trim()).to.equal(`${content.ui.vertebraLabel} C1`);
  });

  it('gives every part a button role, a name and a pressed state', async () => {
    const content = await loadTopic('anatomy', 'nb');
    for (const view of VIEWS) {
      const element = await diagram({ view, condition: 'prolapse' });
      const parts = diagramParts(view, 'prolapse');
      const groups = all(element, '[data-key]');
      // Reading order (the document) is the keyboard order.
      expect(groups.map((group) => group.getAttribute('data-key'))).to.deep.equal(parts.map((part) => part.key));
      for (const group of groups) {
        const part = parts.find((candidate) => candidate.key === group.getAttribute('data-key'));
        expect(part, group.getAttribute('data-key') ?? '').to.exist;
        if (!part) continue;
        expect(group.getAttribute('role')).to.equal('button');
        expect(group.getAttribute('aria-label')).to.equal(accessibleName(content, part, false));
        expect(group.getAttribute('aria-pressed')).to.equal('false');
      }
      const svgElement = one(element, 'svg');
      expect(svgElement.getAttribute('role')).to.equal('toolbar');
      const label = shadow(element).getElementById(svgElement.getAttribute('aria-labelledby') ?? '');
      expect(label?.textContent).to.contain(content.ui.diagramLabel);
    }
  });
});

describe('<rygg-spine-diagram>: text alternative', () => {
  for (const lang of LOCALES) {
    it(`says everything the drawing says, in ${lang}`, async () => {
      const content: AnatomyContent = await loadTopic('anatomy', lang);
      for (const view of VIEWS) {
        const element = await diagram({ lang, view, condition: 'prolapse', highlight: 'L4' });
        const words = one(element, '#text-alternative').textContent.replace(/\s+/g, ' ');
        const drawn = new Set(diagramParts(view, 'prolapse').map((part) => part.structure));
        for (const id of drawn) {
          expect(words, `${lang} ${view}: ${id}`)
            .to.contain(content.structures[id].name)
            .and.contain(content.structures[id].explanation);
        }
        for (const id of CONDITION_IDS) expect(words, `${lang}: ${id}`).to.contain(content.conditions[id].name);
        expect(words).to.contain(`${content.ui.shownCondition}: ${content.conditions.prolapse.name}`);
        expect(words).to.contain(`${content.ui.highlightedParts}: ${content.ui.vertebraLabel} L4`);
        expect(words).to.contain(content.ui.views[view]);
      }
    });
  }

  it('is a disclosure: hidden from everyone until asked for, its toggle saying so', async () => {
    const content = await loadTopic('anatomy', 'en');
    const element = await diagram({ lang: 'en' });
    const toggle = one<HTMLButtonElement>(element, '.toggle');
    const body = one(element, '#text-alternative');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('text-alternative');
    expect(toggle.textContent.trim()).to.equal(content.ui.showTextAlternative);
    // Collapsed is hidden from assistive technology too, as aria-expanded says.
    expect(body.hidden).to.equal(true);
    expect(getComputedStyle(body).display).to.equal('none');
    expect(body.querySelector('h3')?.textContent).to.equal(content.ui.textAlternativeHeading);
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent.trim()).to.equal(content.ui.hideTextAlternative);
    expect(body.hidden).to.equal(false);
    expect(body.getBoundingClientRect().height).to.be.greaterThan(100);
  });
});

describe('<rygg-spine-diagram>: fallbacks and attributes', () => {
  it('puts its headings at the level the page asks for', async () => {
    const element = await diagram({ headingLevel: '4' });
    expect(one(element, '[part~="title"]').localName).to.equal('h4');
    expect(one(element, '.details-heading').localName).to.equal('h5');
  });

  it('gives the current view, condition, highlight and chosen part as plain text', async () => {
    const content = await loadTopic('anatomy', 'nn');
    const element = await diagram({ lang: 'nn', view: 'segment', condition: 'degeneration', highlight: 'disc' });
    click(one(element, '[data-key="nerve-root:L4"]'));
    await element.updateComplete;
    const parts = diagramParts('segment', 'degeneration');
    const expected = diagramPlainText(
      content,
      describeDiagram(content, 'segment', 'degeneration', parts, parseHighlight('disc')),
      parts.find((part) => part.key === 'nerve-root:L4'),
    );
    expect(element.toPlainText()).to.equal(expected);
    expect(expected).to.contain(content.conditions.degeneration.explanation[0]);
    expect(expected).to.contain(`${content.ui.highlightedParts}: ${content.structures.disc.name} L4–L5`);
    expect(expected).to.contain(`${content.ui.selectedHeading}: ${content.structures['nerve-root'].name} L4`);
  });
});

describe('<rygg-spine-diagram>: layout, themes, forced colours and print', () => {
  async function inBox(width: number, options: Options = {}): Promise<RyggSpineDiagram> {
    const wrapper = await fixture(
      html`<div style="width:${width}px">
        <rygg-spine-diagram lang="nb" view=${options.view ?? 'spine'}></rygg-spine-diagram>
      </div>`,
    );
    const element = wrapper.querySelector('rygg-spine-diagram') as RyggSpineDiagram;
    await settle(element);
    return element;
  }

  it('fits 280 px: no sideways scrolling, details below the drawing, large targets where parts are small', async () => {
    for (const view of VIEWS) {
      const element = await inBox(280, { view });
      const base = one(element, '[part~="base"]');
      expect(base.scrollWidth, view).to.be.at.most(280);
      const drawing = one(element, '[part~="drawing"]').getBoundingClientRect();
      const panel = one(element, '[part~="details"]').getBoundingClientRect();
      expect(panel.top, view).to.be.at.least(drawing.bottom - 1);
      expect(one(element, 'svg').getBoundingClientRect().width).to.be.within(200, 280);
      for (const button of all<HTMLButtonElement>(element, 'button')) {
        const box = button.getBoundingClientRect();
        expect(box.width, button.textContent).to.be.at.least(24);
        expect(box.height, button.textContent).to.be.at.least(24);
      }
    }
    const spine = await inBox(280);
    for (const region of all(spine, '[data-key^="region:"] .target')) {
      const box = region.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
    for (const label of ['T1', 'T6', 'T12', 'L1', 'L5']) {
      expect(one(spine, `[data-vertebra="${label}"] .hit`).getBoundingClientRect().height, label).to.be.at.least(24);
    }
  });

  it('on a 360 px phone: every target at least 24 × 24 CSS px, every label at least 12 px', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const cases: [string, string][] = [
        ['spine', 'none'],
        ['spine', 'prolapse'],
        ['spine', 'osteoporosis'],
        ['segment', 'prolapse'],
        ['segment', 'stenosis'],
        ['segment', 'degeneration'],
      ];
      for (const [view, condition] of cases) {
        const element = await diagram({ view, condition });
        await settle(element);
        const svg = one<SVGSVGElement>(element, 'svg.figure');
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        for (const part of all(element, '[data-key]')) {
          // The part's pointer target: its largest element that takes the pointer.
          // A nerve root's target is a wide stroke along it: its box grows by the stroke's width.
          const targets = [...part.querySelectorAll('.hit')].map((node) => {
            const box = node.getBoundingClientRect();
            const stroke = node.classList.contains('nerve-hit')
              ? parseFloat(getComputedStyle(node).strokeWidth) * scale
              : 0;
            return { width: box.width + stroke, height: box.height + stroke };
          });
          const largest = targets.sort((a, b) => b.width * b.height - a.width * a.height)[0];
          const name = `${view} ${condition} ${part.getAttribute('data-key') ?? ''}`;
          expect(largest, name).to.exist;
          expect(largest?.width, name).to.be.at.least(24);
          expect(largest?.height, name).to.be.at.least(24);
        }
        for (const text of all<SVGTextElement>(element, 'svg.figure text')) {
          const size = parseFloat(getComputedStyle(text).fontSize) * scale;
          expect(size, `${view} ${condition} "${text.textContent}"`).to.be.at.least(12);
        }
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('in the spine view, the targets of neighbouring vertebrae and discs do not overlap', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const element = await diagram();
      await settle(element);
      // Tapping the middle of each vertebra's and disc's target selects that part and no other.
      for (const key of ['vertebra:C2', 'disc:C2-C3', 'vertebra:C3', 'disc:T6-T7', 'vertebra:L4', 'disc:L4-L5']) {
        const target = one(element, `[data-key="${key}"] .target`);
        target.scrollIntoView({ block: 'center' });
        const box = target.getBoundingClientRect();
        const hit = shadow(element).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        expect(hit?.closest('[data-key]')?.getAttribute('data-key'), key).to.equal(key);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('puts the details beside the drawing when wide, and scales the drawing up to 1200 px', async () => {
    const element = await inBox(900);
    const drawing = one(element, '[part~="drawing"]').getBoundingClientRect();
    const panel = one(element, '[part~="details"]').getBoundingClientRect();
    expect(panel.left).to.be.at.least(drawing.right - 1);
    const wide = await inBox(1200, { view: 'segment' });
    const figure = one(wide, 'svg').getBoundingClientRect();
    expect(figure.width).to.be.greaterThan(500);
    expect(one(wide, '[part~="base"]').scrollWidth).to.be.at.most(1200);
  });

  it('keeps bone boundaries at least 3:1 against the surface, light and dark', async () => {
    const light = await diagram();
    const lightBase = getComputedStyle(one(light, '[part~="base"]')).backgroundColor;
    const lightBone = getComputedStyle(one(light, '[data-key="vertebra:L4"] .bone'));
    expect(contrast(lightBone.stroke, lightBase)).to.be.at.least(3);
    expect(contrast(lightBone.stroke, lightBone.fill)).to.be.at.least(3);
    const dark = await diagram({ theme: 'dark' });
    const darkBase = getComputedStyle(one(dark, '[part~="base"]')).backgroundColor;
    const darkBone = getComputedStyle(one(dark, '[data-key="vertebra:L4"] .bone'));
    expect(darkBone.fill).not.to.equal(lightBone.fill);
    expect(contrast(darkBone.fill, darkBase)).to.be.at.least(3);
    expect(contrast(darkBone.stroke, darkBone.fill)).to.be.at.least(3);
    const disc = getComputedStyle(one(dark, '[data-key="disc:L4-L5"] .disc'));
    expect(
      contrast(disc.stroke, darkBase) >= 3 || contrast(getComputedStyle(one(dark, '.disc-fill')).fill, darkBase) >= 3,
    ).to.equal(true);
  });

  it('lets a host recolour bone, disc, nerve and highlight', async () => {
    const wrapper = await fixture(
      html`<div
        style="--rygg-spine-bone: rgb(1, 2, 3); --rygg-spine-disc: rgb(4, 5, 6); --rygg-spine-nerve: rgb(7, 8, 9); --rygg-spine-highlight: rgb(10, 11, 12)"
      >
        <rygg-spine-diagram lang="nb" condition="prolapse" highlight="L4"></rygg-spine-diagram>
      </div>`,
    );
    const element = wrapper.querySelector('rygg-spine-diagram') as RyggSpineDiagram;
    await element.updateComplete;
    expect(getComputedStyle(one(element, '[data-key="vertebra:L3"] .bone')).fill).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(one(element, '.disc-fill')).fill).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(one(element, '.nerve')).stroke).to.equal('rgb(7, 8, 9)');
    expect(getComputedStyle(one(element, '[data-key="vertebra:L4"] .bone')).stroke).to.equal('rgb(10, 11, 12)');
  });

  it('uses system colours and a thick Highlight outline in forced-colours mode', async () => {
    const element = await diagram({ highlight: 'L4' });
    await underMedia(element, 'forced-colors', () => {
      const probe = document.createElement('div');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      const highlightColour = getComputedStyle(probe).color;
      probe.style.color = 'CanvasText';
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      const marked = getComputedStyle(one(element, '[data-key="vertebra:L4"] .bone'));
      expect(marked.stroke).to.equal(highlightColour);
      expect(parseFloat(marked.strokeWidth)).to.be.at.least(4);
      expect(getComputedStyle(one(element, '[data-key="vertebra:L3"] .bone')).stroke).to.equal(canvasText);
    });
  });

  for (const scheme of ['light', 'dark']) {
    it(`shows the highlighted prolapse in Highlight and keeps the disc label's background in forced colours (${scheme})`, async function () {
      const spine = await diagram({ condition: 'prolapse', highlight: 'prolapse' });
      const segment = await diagram({ view: 'segment', condition: 'prolapse' });
      const emulated = await emulateMedia([
        { name: 'forced-colors', value: 'active' },
        { name: 'prefers-color-scheme', value: scheme },
      ]);
      try {
        // Only a browser that can emulate forced colours can show what they look like.
        if (!emulated) this.skip();
        const probe = document.createElement('div');
        document.body.append(probe);
        const system = (colour: string): string => {
          probe.style.color = colour;
          return getComputedStyle(probe).color;
        };
        const [highlight, canvas] = [system('Highlight'), system('Canvas')];
        probe.remove();
        expect(highlight).not.to.equal(canvas);
        for (const element of [spine, segment]) {
          const prolapse = getComputedStyle(one(element, '[data-structure="prolapse"] .prolapse'));
          expect(prolapse.fill, 'prolapse filled with Highlight').to.equal(highlight);
          const bone = getComputedStyle(one(element, '[data-structure="vertebra"] .bone'));
          expect(bone.fill, 'bone stays Canvas').to.equal(canvas);
        }
        const label = getComputedStyle(one(segment, '.disc-label'));
        expect(label.stroke, 'the halo behind the disc label').to.equal(canvas);
        expect(label.paintOrder).to.contain('stroke');
        expect(parseFloat(label.strokeWidth)).to.be.at.least(3);
      } finally {
        await resetMedia();
      }
    });
  }
});

describe('<rygg-spine-diagram>: accessibility', () => {
  it('is axe clean in the dark theme with a part chosen and the text shown', async () => {
    const element = await diagram({ theme: 'dark', view: 'segment', condition: 'prolapse' });
    click(one(element, '[data-key="prolapse:L4-L5"]'));
    one<HTMLButtonElement>(element, '.toggle').click();
    await element.updateComplete;
    await expectAxeClean(element, 'dark, chosen, text shown');
  });
});

describeWidgetConformance<RyggSpineDiagram>({
  tag: 'rygg-spine-diagram',
  locales: LOCALES,
  defaults: { view: 'spine', condition: 'none', theme: 'light' },
  axe: {
    each: [{}],
    with: VIEWS.flatMap((view) =>
      CONDITION_IDS.map((condition) => ({ view, condition, highlight: condition === 'none' ? '' : 'L4 disc' })),
    ),
  },
  badHeadingLevels: ['9'],
  fallbacks: [
    {
      title: 'an unknown view, giving the spine view',
      attributes: { lang: 'nb', view: 'sideways' },
      words: ['view', '"sideways"'],
      check(element) {
        expect(element.resolvedView).to.equal('spine');
        expect(all(element, '[data-structure="vertebra"]')).to.have.length(24);
      },
    },
    {
      title: 'an unknown condition, giving no condition',
      attributes: { lang: 'nb', condition: 'fracture' },
      words: ['condition', '"fracture"'],
      async check(element) {
        expect(element.resolvedCondition).to.equal('none');
        expect(structuresShown(element).has('prolapse')).to.equal(false);
        element.condition = 'PROLAPSE';
        await element.updateComplete;
        expect(structuresShown(element).has('prolapse')).to.equal(true);
      },
    },
  ],
  englishTitle: 'How the back is built',
  privacy: {
    attributes: { lang: 'nb', condition: 'prolapse' },
    async use(element) {
      click(one(element, '[data-key="disc:L4-L5"]'));
      one<HTMLButtonElement>(element, '.toggle').click();
      await element.updateComplete;
      const external = all<Element>(element, '[href], [src], image, use').filter(
        (node) => node.getAttribute('href') || node.getAttribute('src'),
      );
      expect(external).to.deep.equal([]);
    },
  },
  print: {
    attributes: { highlight: 'L4' },
    check(element) {
      // The drawing and its explanations, without the controls.
      expect(getComputedStyle(one(element, '.controls')).display).to.equal('none');
      expect(getComputedStyle(one(element, '.stepper')).display).to.equal('none');
      expect(getComputedStyle(one(element, '[part~="details"]')).display).not.to.equal('none');
      const bone = getComputedStyle(one(element, '[data-key="vertebra:L3"] .bone'));
      expect(bone.fill).to.equal('rgb(255, 255, 255)');
      expect(bone.stroke).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(one(element, '.disc-line')).stroke).to.equal('rgb(0, 0, 0)');
    },
  },
});
