import { html, svg, type TemplateResult } from 'lit';
import {
  RyggElement,
  headingTemplate,
  leafletSection,
  leafletTemplate,
  leafletWidgetStyles,
  lineList,
  preloaded,
  subLevel,
  type HeadingLevel,
  type Locale,
} from '@ryggrad/core';
import { loadAbout, loadCauses } from '@ryggrad/content';
import { backFactsStyles } from './back-facts.styles.js';
import { SHARE_TRACK, STRETCH, courseSpan, shareBar, type Span } from './chart.js';
import { backFactsPlainText } from './plain-text.js';
import { FACTS_AUDIENCES, factsView, type FactsAudience, type FactsContent, type FactsView } from './view.js';

/** Height of a bar in the drawings' units; the drawings stretch to their box. */
const BAR_HEIGHT = 10;

/**
 * Facts about low back pain: why backs hurt, with the share of each kind drawn as bars that show
 * the brochure's ranges honestly (85–90 % non-specific, 5–10 % nerve-root pain, 1–5 % other
 * disease; section 1); how it usually goes, as a timeline (a few weeks; several months for
 * nerve-root pain; relapse within 1–2 years; section 8); how common it is (half the population
 * within half a year, about 15 % at any time; section 10); and where to learn more (section 11).
 * The shares are a real table with the bars drawn inside it, so every number is text.
 *
 * @tagname rygg-back-facts
 * @summary Why backs hurt, how it goes, how common it is — with an accessible chart and timeline.
 *
 * @csspart base - The widget's box (also carries the theme, language and audience).
 * @csspart title - The title heading.
 * @csspart section - Each block: causes, course, how common, learn more.
 * @csspart chart - The table of the kinds of back pain with their shares and bars.
 * @csspart timeline - The course timeline with its text.
 * @csspart source - The source line (brochure, FORMI 2007, sections).
 * @csspart error - The error box shown instead of the content when it cannot load.
 *
 * @cssprop --rygg-facts-accent - Colour of the section rules. Defaults to `--rygg-color-accent`.
 * @cssprop --rygg-facts-bar - Colour of the bars and range bands. Defaults to `--rygg-facts-accent`.
 * @cssprop --rygg-facts-reserved-height - Height kept free while the content loads, so the page does not jump. Defaults to `97em` (`148em` on narrow screens).
 */
export class RyggBackFacts extends RyggElement<FactsContent> {
  static override styles = leafletWidgetStyles({ token: 'facts', wide: '97em', narrow: '148em' }, backFactsStyles);
  static override properties = {
    audience: {},
  };

  /**
   * Who the text is for: `patient` (default), or `clinician` for short professional wording
   * where the content has it. Other values fall back to `patient` with one console warning.
   */
  audience = 'patient';

  /** The audience actually used, after checking the attribute. */
  get resolvedAudience(): FactsAudience {
    return this.allowed('audience', this.audience, FACTS_AUDIENCES, 'patient');
  }

  /** What is shown, as plain text in the widget's language ('' until the content has loaded). */
  toPlainText(): string {
    return this.content ? backFactsPlainText(this.content, this.resolvedAudience) : '';
  }

  protected override async loadContent(locale: Locale): Promise<FactsContent> {
    const [causes, about] = await Promise.all([loadCauses(locale), loadAbout(locale)]);
    return { causes, about };
  }

  protected override preloadedContent(locale: Locale): FactsContent | undefined {
    const causes = preloaded(loadCauses, locale);
    const about = preloaded(loadAbout, locale);
    return causes && about && { causes, about };
  }

  protected override baseClass(): string {
    return `audience-${this.resolvedAudience}`;
  }

  protected override renderContent(content: FactsContent): TemplateResult {
    const view = factsView(content, this.resolvedAudience);
    const sub = subLevel(this.resolvedHeadingLevel);
    return leafletTemplate(
      this.resolvedHeadingLevel,
      view,
      html`${this.renderShares(view, sub)} ${this.renderCourse(view, sub)}
        ${leafletSection(sub, view.prevalenceHeading, view.prevalence, 'prevalence')}
        <section class="leaflet-section links" part="section" data-section="more-info">
          ${headingTemplate(sub, view.moreInfoHeading)}
          <ul>
            ${view.links.map(
              (link) =>
                html`<li data-item=${link.id}>
                  ${
                    link.url
                      ? html`<a href=${link.url} target="_blank" rel="noopener noreferrer"
                          >${link.label}<span class="visually-hidden">
                            ${content.causes.common.ui.externalLink}</span
                          ></a
                        >`
                      : html`<strong>${link.label}</strong>`
                  }:
                  ${link.text}
                </li>`,
            )}
          </ul>
          <p class="links-note">${view.linksNote}</p>
        </section>`,
    );
  }

  /** Section 1's shares: a table (every number is text) with each share drawn as a bar beside it. */
  private renderShares(view: FactsView, level: HeadingLevel): TemplateResult {
    return html`<section class="leaflet-section" part="section" data-section="causes">
      ${headingTemplate(level, view.causesHeading)}
      <figure>
        <figcaption id="shares-caption">${view.shareLabel}</figcaption>
        <table class="shares" part="chart" aria-labelledby="shares-caption">
          <thead>
            <tr>
              <th scope="col">${view.typesHeading}</th>
              <th scope="col">${view.shareLabel}</th>
            </tr>
          </thead>
          <tbody>
            ${view.shares.map((row) => {
              const bar = shareBar(row.min, row.max);
              return html`<tr data-item=${row.id}>
                <th scope="row">${row.name}</th>
                <td>
                  <span class="share-value">${row.share}</span>
                  ${this.renderTrack(SHARE_TRACK, [bar.solid], [bar.band])}
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </figure>
    </section>`;
  }

  /**
   * Section 8 as a timeline of three stretches (a few weeks, several months, 1–2 years). The
   * scale and the bars are drawings; each row also says in words how far it reaches.
   */
  private renderCourse(view: FactsView, level: HeadingLevel): TemplateResult {
    return html`<section class="leaflet-section" part="section" data-section="course">
      ${headingTemplate(level, view.courseHeading)}
      <figure part="timeline">
        <figcaption>${view.courseCaption}</figcaption>
        <div class="course-scale" aria-hidden="true">
          <span></span>
          <div class="stretches">${view.stretches.map((stretch) => html`<span>${stretch}</span>`)}</div>
        </div>
        <ul class="course-rows">
          ${view.course.map((row) => {
            const span = courseSpan(row);
            return html`<li data-item=${row.id} class=${`course-${row.kind}`}>
              <span>${row.label}<span class="visually-hidden">: ${view.stretches[row.to]}</span></span>
              ${this.renderTrack(STRETCH * 3, row.kind === 'bar' ? [span] : [], row.kind === 'band' ? [span] : [])}
            </li>`;
          })}
        </ul>
        ${lineList(view.recovery)}
      </figure>
    </section>`;
  }

  /** One bar track: its background, solid spans and range bands. Decorative: the numbers are text beside it. */
  private renderTrack(width: number, solid: readonly Span[], bands: readonly Span[]): TemplateResult {
    const rect = (span: Span, className: string) =>
      svg`<rect class=${className} x=${span.x} y="0" width=${span.width} height=${BAR_HEIGHT}></rect>`;
    return html`<svg
      class="track"
      viewBox=${`0 0 ${width} ${BAR_HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      ${rect({ x: 0, width }, 'track-bg')} ${solid.map((span) => rect(span, 'solid'))}
      ${bands.filter((span) => span.width > 0).map((span) => rect(span, 'band'))}
    </svg>`;
  }
}
