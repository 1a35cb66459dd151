// The checklist's result: its view model and the card with the numbers to call. Not needed for the
// first paint (the questions), so it is a chunk of its own that the element imports when the reader
// first points at, focuses or answers the checklist, or when the page sets answers.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { headingTemplate, type HeadingLevel } from '@ryggrad/core';
import type { Tier } from '@ryggrad/content';
import { EMERGENCY_ICON, icon } from './icons.js';
import type { ContactView, ResultContent, ResultView } from './view-model.js';

export { checklistView, resultAnnouncement } from './view-model.js';
export { resultStyles } from './result.styles.js';

const ICONS: Record<Tier, TemplateResult> = {
  emergency: EMERGENCY_ICON,
  // A circle with an exclamation mark.
  'seek-help': svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1 5h2v7h-2V7Zm0 9h2v2h-2v-2Z"/>`,
  // A circle with a tick.
  'self-care': svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.5 14.2-4.2-4.2 1.4-1.4 2.8 2.8 5.8-5.8 1.4 1.4-7.2 7.2Z"/>`,
};

/** The contacts with their `tel:` links (`call` words them); descriptions only where there is room. */
export function renderContacts(
  contacts: readonly ContactView[],
  withDescriptions: boolean,
  call: string,
): TemplateResult {
  return html`<ul class="contacts" role="list">
    ${contacts.map(
      (contact) =>
        html`<li class="contact">
          <span class="contact-label">${contact.label}</span>
          ${
            contact.number
              ? contact.href
                ? html`<a class="tel" href=${contact.href}>${call} ${contact.number}</a>`
                : html`<span class="tel">${contact.number}</span>`
              : nothing
          }
          ${withDescriptions && contact.description ? html`<span class="contact-description">${contact.description}</span>` : nothing}
        </li>`,
    )}
  </ul>`;
}

/** The result card; `adviceHref` (self-care only) links to the activity advice. */
export function renderCard(
  result: ResultView,
  content: ResultContent,
  level: HeadingLevel,
  adviceHref: string | undefined,
): TemplateResult {
  const heading = html`<span class="visually-hidden">${result.levelText}: </span>${result.heading}`;
  return html`<div
    class="card card-${result.tier}"
    part="card"
    data-tier=${result.tier}
    data-route=${result.route ?? nothing}
  >
    <div class="card-heading-box">
      ${icon(result.tier, ICONS[result.tier])}${headingTemplate(level, heading, 'card-heading')}
    </div>
    <div class="card-body">
      ${result.action ? html`<p class="action">${result.action}</p>` : nothing}
      ${result.contacts.length > 0 ? renderContacts(result.contacts, true, content.ui.call) : nothing}
      ${
        result.advice.length > 0
          ? html`<ul class="advice">
              ${result.advice.map((point) => html`<li>${point}</li>`)}
            </ul>`
          : nothing
      }
      ${adviceHref ? html`<p><a class="advice-link" href=${adviceHref}>${content.adviceLinkText}</a></p>` : nothing}
    </div>
  </div>`;
}
