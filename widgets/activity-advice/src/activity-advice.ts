import { html, type TemplateResult } from 'lit';
import { RyggElement, leafletSection, leafletTemplate, leafletWidgetStyles, subLevel } from '@ryggrad/core';
import { loadActivity, loadActivityLongLasting } from '@ryggrad/content';
import type { ActivityContent, ActivityVariant } from '@ryggrad/content';
import { activityAdviceStyles } from './activity-advice.styles.js';
import { activityPlainText } from './plain-text.js';
import { ACTIVITY_VARIANTS, activityView } from './view.js';

/**
 * Advice for low back pain that changes how an episode goes: keep moving, lie as little as
 * possible, and use painkillers without prescription at regular intervals (brochure section 5).
 * For pain that lasts: guided exercise, daily activity, referral, and preventing relapse
 * (sections 7 and 9). Reads well on a phone, prints on one page, and copies as plain text.
 *
 * @tagname rygg-activity-advice
 * @summary "Stay active" advice from the brochure, for acute or long-lasting low back pain.
 *
 * @csspart base - The widget's box (also carries the theme and language).
 * @csspart title - The title heading.
 * @csspart section - Each block of advice: its heading and list.
 * @csspart source - The source line (brochure, FORMI 2007, sections).
 * @csspart error - The error box shown instead of the content when it cannot load.
 *
 * @cssprop --rygg-advice-accent - Colour of the key-message border and the section rules. Defaults to `--rygg-color-accent`.
 */
export class RyggActivityAdvice extends RyggElement<ActivityContent> {
  static override styles = leafletWidgetStyles(
    { token: 'advice', wide: '74em', narrow: '104em' },
    activityAdviceStyles,
  );
  static override properties = {
    variant: {},
  };

  /**
   * Which advice to show: `acute` (default) — stay active, lie little, painkillers — or
   * `long-lasting` — guided exercise after 4–6 weeks, daily activity, referral after 6–8 weeks,
   * and relapse prevention. Other values fall back to `acute` with one console warning.
   */
  variant = 'acute';

  /** The variant actually shown, after checking the attribute. */
  get resolvedVariant(): ActivityVariant {
    return this.allowed('variant', this.variant, ACTIVITY_VARIANTS, 'acute');
  }

  /** The advice shown, as plain text in the widget's language ('' until the content has loaded). */
  toPlainText(): string {
    const content = this.contentForVariant();
    return content ? activityPlainText(content, this.resolvedVariant) : '';
  }

  /**
   * The content the variant needs; undefined until it has loaded. The advice for long-lasting pain
   * is a chunk of its own, so pages with the acute advice never download it.
   */
  private contentForVariant(): ActivityContent | undefined {
    const content = this.content;
    if (!content || this.resolvedVariant === 'acute') return content;
    const longLasting = this.optionalContent('long-lasting', content.common.locale, loadActivityLongLasting);
    return longLasting && { ...content, ...longLasting };
  }

  protected override readonly contentLoader = loadActivity;

  protected override baseClass(): string {
    return `variant-${this.resolvedVariant}`;
  }

  protected override renderContent(): TemplateResult {
    const content = this.contentForVariant();
    if (!content) return this.renderLoading();
    const view = activityView(content, this.resolvedVariant);
    const level = subLevel(this.resolvedHeadingLevel);
    return leafletTemplate(
      this.resolvedHeadingLevel,
      view,
      html`<div class="key-message"><p>${view.keyMessage.text}</p></div>
        <div class="leaflet-sections">
          ${view.sections.map((section) => leafletSection(level, section.heading, section.items, section.id))}
        </div>`,
    );
  }
}
