import { html, nothing, type TemplateResult } from 'lit';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

// Lit removes an attribute bound to `nothing`, so ids, classes and parts are optional.
const nothingId = nothing as unknown as string;

/**
 * A real `<h1>`…`<h6>` at a level the host chooses (`heading-level`), so a widget's headings fit
 * the outline of the page it is placed in. Written as a switch rather than a dynamic tag so the
 * templates stay static (and safe under Trusted Types). `part` exposes the heading itself as a
 * `::part`, so a host can style it directly.
 */
export function headingTemplate(
  level: HeadingLevel,
  content: unknown,
  className = '',
  id = '',
  part = '',
): TemplateResult {
  const partName = part || nothingId;
  switch (level) {
    case 1:
      return html`<h1 class=${className} id=${id || nothingId} part=${partName}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} id=${id || nothingId} part=${partName}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} id=${id || nothingId} part=${partName}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} id=${id || nothingId} part=${partName}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} id=${id || nothingId} part=${partName}>${content}</h5>`;
    default:
      return html`<h6 class=${className} id=${id || nothingId} part=${partName}>${content}</h6>`;
  }
}

/** A heading one level below `level`, never deeper than 6. */
export function subLevel(level: HeadingLevel, steps = 1): HeadingLevel {
  return Math.min(6, level + steps) as HeadingLevel;
}
