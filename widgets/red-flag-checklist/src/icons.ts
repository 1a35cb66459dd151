import { html, svg, type TemplateResult } from 'lit';
import type { Tier } from '@ryggrad/content';

/** Icons that mark each level next to its words, so no level is told by colour alone. */
const ICONS: Record<Tier, TemplateResult> = {
  // A triangle with an exclamation mark.
  emergency: svg`<path d="M12 2 1 21h22L12 2Zm-1 7h2v6h-2V9Zm0 8h2v2h-2v-2Z"/>`,
  // A circle with an exclamation mark.
  'seek-help': svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1 5h2v7h-2V7Zm0 9h2v2h-2v-2Z"/>`,
  // A circle with a tick.
  'self-care': svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.5 14.2-4.2-4.2 1.4-1.4 2.8 2.8 5.8-5.8 1.4 1.4-7.2 7.2Z"/>`,
};

export function icon(tier: Tier): TemplateResult {
  return html`<svg class="icon icon-${tier}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${ICONS[tier]}
  </svg>`;
}
