import { html, nothing, type TemplateResult } from 'lit';
import {
  RyggElement,
  headingTemplate,
  leafletSection,
  leafletTemplate,
  leafletWidgetStyles,
  lineList,
  subLevel,
} from '@ryggrad/core';
import { loadTreatment } from '@ryggrad/content';
import type { TreatmentContent } from '@ryggrad/content';
import { careOptionsStyles } from './care-options.styles.js';
import { careOptionsPlainText } from './plain-text.js';
import { CARE_AUDIENCES, CARE_TOPICS, careView, type CareAudience, type CareTopic } from './view.js';

/**
 * What authorised health personnel (doctors, physiotherapists, chiropractors, manual therapists)
 * can do for low back pain (brochure section 7): examine, judge whether a scan is needed (rarely;
 * when the pain is nearly unchanged after 4–6 weeks), explain, prescribe medicines, sick leave,
 * manipulation and other treatment, surgery (who it is for, what it achieves, how long recovery
 * takes), and exercise and interdisciplinary programmes for long-lasting pain. Shows every part,
 * or one part with `topic`. Prints on paper and copies as plain text.
 *
 * @tagname rygg-care-options
 * @summary What health professionals can do for back pain: examination, scans, medicines, treatment, surgery.
 *
 * @csspart base - The widget's box (also carries the theme, language, topic and audience).
 * @csspart title - The title heading.
 * @csspart key-messages - The short messages to remember (with every topic).
 * @csspart section - Each thing the professionals can do: its heading and list.
 * @csspart source - The source line (brochure, FORMI 2007, section 7).
 * @csspart error - The error box shown instead of the content when it cannot load.
 *
 * @cssprop --rygg-care-accent - Colour of the key-message border and the section rules. Defaults to `--rygg-color-accent`.
 * @cssprop --rygg-care-reserved-height - Height kept free while the content loads, so the page does not jump. Defaults to `204em` (`334em` on narrow screens).
 */
export class RyggCareOptions extends RyggElement<TreatmentContent> {
  static override styles = leafletWidgetStyles({ token: 'care', wide: '204em', narrow: '334em' }, careOptionsStyles);
  static override properties = {
    audience: {},
    topic: {},
  };

  /**
   * Who the text is for: `patient` (default), or `clinician` for short professional wording
   * without the introduction. Other values fall back to `patient` with one console warning.
   */
  audience = 'patient';

  /**
   * Which part to show: `all` (default), or one of `examination`, `imaging`, `advice`,
   * `medicines`, `sick-leave`, `other-treatment`, `surgery`, `training` (e.g. `topic="imaging"`
   * on a page about scans). Other values fall back to `all` with one console warning.
   */
  topic = 'all';

  /** The audience actually used, after checking the attribute. */
  get resolvedAudience(): CareAudience {
    return this.allowed('audience', this.audience, CARE_AUDIENCES, 'patient');
  }

  /** The topic actually shown, after checking the attribute. */
  get resolvedTopic(): CareTopic {
    return this.allowed('topic', this.topic, CARE_TOPICS, 'all');
  }

  /** What is shown, as plain text in the widget's language ('' until the content has loaded). */
  toPlainText(): string {
    if (!this.content) return '';
    return careOptionsPlainText(this.content, this.resolvedTopic, this.resolvedAudience);
  }

  protected override readonly contentLoader = loadTreatment;

  protected override baseClass(): string {
    return `audience-${this.resolvedAudience} topic-${this.resolvedTopic}`;
  }

  protected override renderContent(content: TreatmentContent): TemplateResult {
    const view = careView(content, this.resolvedTopic, this.resolvedAudience);
    const level = subLevel(this.resolvedHeadingLevel);
    return leafletTemplate(
      this.resolvedHeadingLevel,
      view,
      html`${
          view.intro.length > 0
            ? html`<div class="intro">${view.intro.map((line) => html`<p data-item=${line.id}>${line.text}</p>`)}</div>`
            : nothing
        }
        ${
          view.keyMessages.length > 0
            ? html`<div class="key-message" part="key-messages">
                ${headingTemplate(level, view.keyMessagesHeading)} ${lineList(view.keyMessages)}
              </div>`
            : nothing
        }
        <div class="leaflet-sections">
          ${view.groups.map((group) => leafletSection(level, group.heading, group.lines, group.id))}
        </div>`,
    );
  }
}
