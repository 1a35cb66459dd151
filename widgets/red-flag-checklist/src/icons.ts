import { html, svg, type TemplateResult } from 'lit';
import type { Tier } from '@ryggrad/content';

// Icons mark each level next to its words, so no level is told by colour alone. The emergency
// group shows its icon with the questions; the others only on the result card (result-view.ts).

/** A triangle with an exclamation mark. */
export const EMERGENCY_ICON = svg`<path d="M12 2 1 21h22L12 2Zm-1 7h2v6h-2V9Zm0 8h2v2h-2v-2Z"/>`;

/** The icon of `tier`, drawn with `path`. */
export function icon(tier: Tier, path: TemplateResult): TemplateResult {
  return html`<svg class="icon icon-${tier}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${path}</svg>`;
}
