import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { RyggElement, headingTemplate, subLevel, widgetStyles } from '@ryggrad/core';
import type { HeadingLevel } from '@ryggrad/core';
import { loadAnatomy, sourceLine } from '@ryggrad/content';
import type { AnatomyContent, ConditionId } from '@ryggrad/content';
import {
  CONDITIONS,
  DEFAULT_PROLAPSE_LEVEL,
  SEGMENT_SIZE,
  VERTEBRAE,
  VIEWS,
  diagramParts,
  type DiagramPart,
  type DiagramStructure,
  type SpineView,
} from './anatomy.js';
import { isHighlighted, parseHighlight, prolapseLevel, type Highlight } from './highlight.js';
import {
  accessibleName,
  describeDiagram,
  diagramPlainText,
  partName,
  partNote,
  shortLabel,
  type ExplainedItem,
} from './plain-text.js';
import type { Figure } from './shapes.js';
import { spineDiagramStyles } from './spine-diagram.styles.js';
import { spineFigure } from './spine-view.js';
import { keyTarget, typeAheadTarget } from './navigation.js';

/** The close-up's drawing code, imported the first time the close-up is needed (segment-view.ts). */
export type SegmentViewModule = typeof import('./segment-view.js');

export type { SpineView } from './anatomy.js';

/** `detail` of the `rygg-structure-select` event. */
export interface StructureSelectDetail {
  /** The structure chosen: `vertebra`, `disc`, `spinal-cord`, `cauda-equina`, `lumbar`, `prolapse` … */
  id: DiagramStructure;
  /** The vertebra, when one was chosen (`L4`), or the vertebra a spinous process or nerve root belongs to. */
  vertebra?: string;
  /** The disc level, for a disc, facet joint, nerve-root canal or prolapse (`L4-L5`). */
  level?: string;
}

/** Fill patterns that keep discs, porous bone and highlighted parts apart in print and forced colours. */
const PATTERNS = svg`<defs>
  <pattern id="disc-lines" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
    <rect class="disc-fill" width="4" height="4"></rect>
    <path class="disc-line" d="M0 0V4"></path>
  </pattern>
  <pattern id="porous" patternUnits="userSpaceOnUse" width="6" height="6">
    <rect class="porous-fill" width="6" height="6"></rect>
    <circle class="porous-dot" cx="1.5" cy="1.5" r="1"></circle>
    <circle class="porous-dot" cx="4.5" cy="4.5" r="1.2"></circle>
  </pattern>
</defs>`;

/**
 * How the back is built, and what a prolapse, a narrow spinal canal, age changes and
 * osteoporosis are (brochure sections 2 and 3): an explorable drawing of the whole spine or of
 * two lumbar vertebrae close up, with the brochure's explanation of every part beside it.
 *
 * Keyboard: the drawing is a vertical toolbar (the WAI-ARIA composite-widget pattern screen
 * readers announce as such) of toggle buttons, one tab stop with a roving tabindex; the hint
 * before it says how to use it. Arrow Down/Right moves to the next part along the spine, Arrow
 * Up/Left to the previous one, Home/End to the first/last, Page Down/Up to the next/previous
 * region (neck, upper back, lower back); typing a label jumps to it ("L4" to vertebra L4, then
 * Arrow Down or "-" to the L4–L5 disc). Enter or Space shows the part's explanation (and again
 * hides it). Pointer: click or tap a part; every part's target is at least 24 × 24 CSS px.
 * The "previous part"/"next part" buttons step through the parts with large targets.
 *
 * @tagname rygg-spine-diagram
 * @summary An explorable drawing of the spine (whole spine or close-up) with the brochure's explanations.
 *
 * @fires {CustomEvent<StructureSelectDetail>} rygg-structure-select - When the reader chooses a part. `detail` is `{ id, vertebra?, level? }`,
 * e.g. `{ id: 'vertebra', vertebra: 'L4' }` or `{ id: 'disc', level: 'L4-L5' }`. Bubbles and crosses shadow roots.
 *
 * @csspart base - The widget's outer box.
 * @csspart title - The title heading.
 * @csspart drawing - The box around the drawing (the SVG and the keyboard hint).
 * @csspart details - The panel beside (or below) the drawing: the chosen part and the condition.
 * @csspart text-alternative - The drawing in words, with its show/hide button.
 * @csspart error - The error box shown when the content cannot load.
 *
 * @cssprop --rygg-spine-bone - Fill of bone (vertebrae, sacrum). Light and dark defaults look like bone.
 * @cssprop --rygg-spine-disc - Fill of the discs.
 * @cssprop --rygg-spine-nerve - Colour of the spinal cord and nerve roots.
 * @cssprop --rygg-spine-outline - Outline of every shape; keep ≥ 3:1 against the fills and the surface.
 * @cssprop --rygg-spine-highlight - Colour of highlighted parts and the prolapse. Defaults to `--rygg-color-emergency`.
 */
export class RyggSpineDiagram extends RyggElement<AnatomyContent> {
  static override styles = widgetStyles({ token: 'spine', wide: '92em', narrow: '120em' }, spineDiagramStyles);
  static override properties = {
    view: {},
    condition: {},
    highlight: {},
    selectedKey: { state: true, attribute: false },
    focusKey: { state: true, attribute: false },
    textAlternativeOpen: { state: true, attribute: false },
  };

  /**
   * What the drawing shows: `spine` (default) — the whole spine from the side — or `segment` —
   * two lumbar vertebrae (L4, L5) and their disc close up. Other values fall back to `spine`
   * with one console warning. The close-up's drawing loads the first time it is shown (a
   * placeholder of its size stands in meanwhile); `await el.updateComplete` waits for it.
   */
  view = 'spine';

  /**
   * A change to show: `none` (default), `prolapse`, `stenosis`, `degeneration` or
   * `osteoporosis`. Its explanation shows beside the drawing. Other values fall back to `none`
   * with one console warning.
   */
  condition = 'none';

  /**
   * Parts to make stand out, separated by spaces: structure ids (`prolapse`, `disc`, `lumbar`,
   * `nerve-root` …), vertebrae (`L4`, `c7`, `Th12`) and disc levels (`L4-L5`). With
   * `condition="prolapse"` the spine view draws the prolapse at the first highlighted lumbar disc
   * level (default L4–L5). Unknown tokens are ignored with one console warning each.
   */
  highlight = '';

  /** The part whose explanation is shown (its key, e.g. `vertebra:L4`). */
  private selectedKey: string | undefined;

  /** The part that holds the drawing's one tab stop (roving tabindex). */
  private focusKey: string | undefined;

  private textAlternativeOpen = false;

  /**
   * The close-up's drawing code, loaded the first time it is shown; until then the close-up shows a
   * placeholder of its size, or why it could not load.
   */
  private readonly segmentView = this.onDemand('the close-up view', () => this.importSegmentView());

  /** The view actually shown, after checking the attribute. */
  get resolvedView(): SpineView {
    return this.allowed('view', this.view, VIEWS, 'spine');
  }

  /** The condition actually shown, after checking the attribute. */
  get resolvedCondition(): ConditionId {
    return this.allowed('condition', this.condition, CONDITIONS, 'none');
  }

  /** The parsed `highlight`, warning once about each token that names nothing. */
  get resolvedHighlight(): Highlight {
    const parsed = parseHighlight(this.highlight);
    for (const token of parsed.unknown) {
      this.log.warn(
        `highlight:${token}`,
        `<${this.localName}> highlight "${token}" names no part of the drawing; it is ignored. ` +
          'Use structure ids (vertebra, disc, prolapse, lumbar …), vertebrae (C1–C7, T1–T12, L1–L5) or disc levels (L4-L5).',
      );
    }
    return parsed;
  }

  /**
   * The explorable parts of the current view, in keyboard order. Known without the close-up's
   * drawing code, so choosing, stepping and keeping the chosen part work while it loads.
   */
  get parts(): DiagramPart[] {
    return diagramParts(
      this.resolvedView,
      this.resolvedCondition,
      prolapseLevel(this.resolvedHighlight, DEFAULT_PROLAPSE_LEVEL),
    );
  }

  /**
   * The current view, condition, highlight and chosen part as plain text ('' until the content has
   * loaded). The same for both views from the first moment: the words come from the content and
   * the list of parts, not from the close-up's drawing code, so it never waits for that to load.
   */
  toPlainText(): string {
    const content = this.content;
    if (!content) return '';
    const parts = this.parts;
    const description = describeDiagram(
      content,
      this.resolvedView,
      this.resolvedCondition,
      parts,
      this.resolvedHighlight,
    );
    return diagramPlainText(
      content,
      description,
      parts.find((part) => part.key === this.selectedKey),
    );
  }

  protected override readonly contentLoader = loadAnatomy;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view') || changed.has('condition') || changed.has('highlight')) {
      // Keep the chosen part when the new drawing has it too (the L4–L5 disc is in both views).
      const keys = new Set(this.parts.map((part) => part.key));
      if (this.selectedKey && !keys.has(this.selectedKey)) this.selectedKey = undefined;
      if (this.focusKey && !keys.has(this.focusKey)) this.focusKey = undefined;
    }
    // The close-up's code loads the first time it is shown, also when the page asks for it from the start.
    if (changed.has('view') && this.resolvedView === 'segment') this.segmentView.start();
    // Its rules come with it: in place before the close-up first renders.
    const segment = this.segmentView.value;
    if (segment) this.adoptOnDemandStyles(segment.segmentStyles);
  }

  // ------------------------------------------------------------------------------------------
  // The close-up's code, loaded on demand

  /**
   * Imports the close-up's drawing code. Its own method so a subclass can supply the code another
   * way; the import stays literal so bundlers put the close-up in a chunk of its own.
   */
  protected importSegmentView(): Promise<SegmentViewModule> {
    return import('./segment-view.js');
  }

  /** Pointing at or focusing the close-up button starts the load, so the switch feels instant. */
  private readonly onSegmentIntent = (): void => {
    this.segmentView.start();
  };

  // ------------------------------------------------------------------------------------------
  // Choosing parts

  private select(part: DiagramPart): void {
    if (this.selectedKey === part.key) {
      this.selectedKey = undefined; // a second press hides the explanation again, like a toggle button
      return;
    }
    this.selectedKey = part.key;
    this.focusKey = part.key;
    const detail: StructureSelectDetail = { id: part.structure };
    if (part.vertebra) detail.vertebra = part.vertebra;
    if (part.level) detail.level = part.level;
    this.emit('rygg-structure-select', detail satisfies StructureSelectDetail);
  }

  private partFromEvent(event: Event): DiagramPart | undefined {
    const target = event.target;
    const key = target instanceof Element ? target.closest('[data-key]')?.getAttribute('data-key') : undefined;
    return key ? this.parts.find((part) => part.key === key) : undefined;
  }

  private readonly onDrawingClick = (event: MouseEvent): void => {
    const part = this.partFromEvent(event);
    if (part) this.select(part);
  };

  private readonly onDrawingFocus = (event: FocusEvent): void => {
    const part = this.partFromEvent(event);
    if (part) this.focusKey = part.key;
  };

  private readonly onDrawingKeydown = (event: KeyboardEvent): void => {
    const part = this.partFromEvent(event);
    if (!part) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(part);
      return;
    }
    const parts = this.parts;
    const index = parts.findIndex((candidate) => candidate.key === part.key);
    const target = keyTarget(parts, index, event.key) ?? this.typeAhead(event, parts, index);
    if (target === undefined) return;
    event.preventDefault();
    const next = parts[target];
    if (next) void this.focusPart(next.key);
  };

  /** Characters typed so far for type-ahead, and when the last one came (a pause of 1 s starts afresh). */
  private typed = '';
  private typedAt = 0;

  private typeAhead(event: KeyboardEvent, parts: readonly DiagramPart[], index: number): number | undefined {
    const content = this.content;
    if (!content || event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return undefined;
    this.typed = event.timeStamp - this.typedAt > 1000 ? event.key : this.typed + event.key;
    this.typedAt = event.timeStamp;
    return typeAheadTarget(
      parts.map((candidate) => shortLabel(content, candidate)),
      index,
      this.typed,
    );
  }

  private async focusPart(key: string): Promise<void> {
    this.focusKey = key;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGElement>(`[data-key="${key}"]`)?.focus();
  }

  /** The "previous part" / "next part" buttons: large targets that step the selection, wrapping round. */
  private step(direction: 1 | -1): void {
    const parts = this.parts;
    const index = parts.findIndex((part) => part.key === this.selectedKey);
    const target =
      index < 0 ? (direction === 1 ? 0 : parts.length - 1) : (index + direction + parts.length) % parts.length;
    const part = parts[target];
    if (part) this.select(part);
  }

  // ------------------------------------------------------------------------------------------
  // Rendering

  protected override renderContent(content: AnatomyContent): TemplateResult {
    const view = this.resolvedView;
    const condition = this.resolvedCondition;
    const highlight = this.resolvedHighlight;
    const parts = this.parts;
    const level = this.resolvedHeadingLevel;
    const description = describeDiagram(content, view, condition, parts, highlight);
    const selected = parts.find((part) => part.key === this.selectedKey);
    const tabStop =
      parts.find((part) => part.key === this.focusKey) ??
      selected ??
      parts.find((part) => isHighlighted(highlight, part)) ??
      parts[0];
    const { ui } = content;
    const figure =
      view === 'spine'
        ? spineFigure(content, condition, prolapseLevel(highlight, DEFAULT_PROLAPSE_LEVEL))
        : this.segmentView.value?.segmentFigure(content, condition);

    return html`
      ${headingTemplate(level, ui.title, 'title', '', 'title')}
      <div class="controls no-print">
        <div class="view-switch" role="group" aria-label=${ui.viewLabel}>
          ${VIEWS.map(
            (option) =>
              html`<button
                type="button"
                aria-pressed=${option === view ? 'true' : 'false'}
                @click=${() => (this.view = option)}
                @pointerenter=${option === 'segment' ? this.onSegmentIntent : nothing}
                @focus=${option === 'segment' ? this.onSegmentIntent : nothing}
              >
                ${ui.views[option]}
              </button>`,
          )}
        </div>
        <label class="condition-picker">
          <span>${ui.conditionLabel}</span>
          <select
            .value=${condition}
            @change=${(event: Event) => (this.condition = (event.target as HTMLSelectElement).value)}
          >
            ${CONDITIONS.map((option) => html`<option value=${option} ?selected=${option === condition}>${content.conditions[option].name}</option>`)}
          </select>
        </label>
      </div>
      <div class="layout view-${view}">
        <!-- Listeners sit on this HTML box: Chromium makes an <svg> with focus listeners a tab stop of its own. -->
        <div
          class="drawing"
          part="drawing"
          @click=${this.onDrawingClick}
          @keydown=${this.onDrawingKeydown}
          @focusin=${this.onDrawingFocus}
        >
          <p id="keyboard-hint" class="hint no-print">${ui.keyboardHint}</p>
          ${
            figure
              ? html`<svg
                  class="figure condition-${condition}"
                  viewBox="0 0 ${figure.width} ${figure.height}"
                  width=${figure.width}
                  height=${figure.height}
                  role="toolbar"
                  aria-orientation="vertical"
                  aria-labelledby="drawing-label"
                  aria-describedby="drawing-summary keyboard-hint"
                >
                  ${PATTERNS} ${this.renderParts(content, figure, parts, highlight, tabStop)}
                </svg>`
              : this.renderSegmentPending()
          }
          <span id="drawing-label" class="visually-hidden">${ui.diagramLabel}: ${description.viewName}</span>
          <span id="drawing-summary" class="visually-hidden"
            >${description.conditionLine}.${description.highlightLine ? ` ${description.highlightLine}.` : ''}</span
          >
        </div>
        <div class="panel" part="details">
          <section class="details" aria-live="polite">
            ${headingTemplate(subLevel(level), selected ? partName(content, selected) : ui.selectedHeading, 'details-heading')}
            ${selected ? this.renderPartExplanation(content, selected) : html`<p class="prompt">${ui.selectPrompt}</p>`}
          </section>
          <div class="stepper no-print">
            <button
              type="button"
              @click=${() => {
                this.step(-1);
              }}
            >
              ${ui.previousPart}
            </button>
            <button
              type="button"
              @click=${() => {
                this.step(1);
              }}
            >
              ${ui.nextPart}
            </button>
          </div>
          <section class="condition">
            ${headingTemplate(subLevel(level), description.condition.name, 'condition-heading')}
            ${description.condition.explanation.map((sentence) => html`<p>${sentence}</p>`)}
            <p class="source">${description.condition.source}</p>
          </section>
        </div>
      </div>
      ${this.renderTextAlternative(content, description, subLevel(level))}
    `;
  }

  /** Stands in for the close-up while its code loads (same size, so nothing jumps), or says why it could not load. */
  private renderSegmentPending(): TemplateResult {
    if (this.segmentView.problem) return this.renderFailure({ kind: 'load', detail: this.segmentView.problem });
    return html`<div class="figure-pending">
      <svg
        class="figure"
        viewBox="0 0 ${SEGMENT_SIZE.width} ${SEGMENT_SIZE.height}"
        width=${SEGMENT_SIZE.width}
        height=${SEGMENT_SIZE.height}
        aria-hidden="true"
      >
        <rect class="placeholder" width=${SEGMENT_SIZE.width} height=${SEGMENT_SIZE.height} rx="8"></rect>
      </svg>
      ${this.renderLoading()}
    </div>`;
  }

  private renderPartExplanation(content: AnatomyContent, part: DiagramPart): TemplateResult {
    const structure = content.structures[part.structure];
    const region = VERTEBRAE.find(
      (vertebra) => vertebra.label === part.vertebra && part.structure === 'vertebra',
    )?.region;
    const note = partNote(content, part);
    return html`<p>${structure.explanation}</p>
      ${note ? html`<p class="root-role">${note}</p>` : nothing}
      ${region ? html`<p class="region-note">${content.structures[region].name}</p>` : nothing}
      <p class="source">${sourceLine(content.common, structure.section)}</p>`;
  }

  private renderTextAlternative(
    content: AnatomyContent,
    description: ReturnType<typeof describeDiagram>,
    level: HeadingLevel,
  ): TemplateResult {
    const { ui } = content;
    const open = this.textAlternativeOpen;
    const item = (entry: ExplainedItem) =>
      html`<li><strong>${entry.name}</strong>${entry.range ? ` (${entry.range})` : ''}: ${entry.text}</li>`;
    return html`<section class="text-alternative" part="text-alternative">
      <button
        type="button"
        class="toggle no-print"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="text-alternative"
        @click=${() => (this.textAlternativeOpen = !open)}
      >
        ${open ? ui.hideTextAlternative : ui.showTextAlternative}
      </button>
      <!-- Collapsed means hidden from everyone: the drawing's parts carry their own names and explanations. -->
      <div id="text-alternative" class="text-body" ?hidden=${!open}>
        ${headingTemplate(level, ui.textAlternativeHeading)}
        <p>${ui.diagramLabel}: ${description.viewName}. ${description.conditionLine}.</p>
        ${description.highlightLine ? html`<p>${description.highlightLine}.</p>` : nothing}
        ${
          description.regions.length > 0
            ? html`${headingTemplate(subLevel(level), ui.regionsHeading)}
                <ul>
                  ${description.regions.map(item)}
                </ul>`
            : nothing
        }
        ${headingTemplate(subLevel(level), ui.structuresHeading)}
        <ul>
          ${description.structures.map(item)}
        </ul>
        ${headingTemplate(subLevel(level), ui.conditionsHeading)}
        <ul>
          ${CONDITIONS.map(
            (id) =>
              html`<li data-condition=${id}>
                <strong>${content.conditions[id].name}</strong>: ${content.conditions[id].explanation.join(' ')}
              </li>`,
          )}
        </ul>
        <p class="source">${description.source}</p>
      </div>
    </section>`;
  }

  /** The parts of the drawing in keyboard order, each a focusable button with its name and state, wrapping its shapes. */
  private renderParts(
    content: AnatomyContent,
    { shapes }: Figure,
    parts: readonly DiagramPart[],
    highlight: Highlight,
    tabStop: DiagramPart | undefined,
  ): SVGTemplateResult {
    return svg`${parts.map((part) => {
      const highlighted = isHighlighted(highlight, part);
      const selected = part.key === this.selectedKey;
      return svg`<g
        class="part part-${part.structure}${highlighted ? ' is-highlighted' : ''}${selected ? ' is-selected' : ''}"
        role="button"
        tabindex=${part.key === tabStop?.key ? '0' : '-1'}
        aria-label=${accessibleName(content, part, highlighted)}
        aria-pressed=${selected ? 'true' : 'false'}
        data-key=${part.key}
        data-structure=${part.structure}
        data-vertebra=${part.vertebra ?? nothing}
        data-level=${part.level ?? nothing}
      >${shapes(part)}</g>`;
    })}`;
  }
}
