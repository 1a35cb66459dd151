/**
 * SVG pieces that both views of <rygg-spine-diagram> draw with, and the shape of a drawing the
 * element renders: its size and the shapes of each explorable part.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { DiagramPart } from './anatomy.js';
import type { Point } from './paths.js';

export type Shapes = SVGTemplateResult | typeof nothing;

/** A view's drawing: its size in SVG user units and the shapes inside each part's button. */
export interface Figure {
  readonly width: number;
  readonly height: number;
  readonly shapes: (part: DiagramPart) => Shapes;
}

/** A text label at a point, centred vertically on it. */
export function textAt(
  className: string,
  at: Point,
  anchor: 'start' | 'middle' | 'end',
  text: unknown,
): SVGTemplateResult {
  return svg`<text class=${className} x=${at[0]} y=${at[1]} text-anchor=${anchor} dominant-baseline="central">${text}</text>`;
}

/** The nerve root: a wide invisible stroke to aim at, an outline and the nerve itself. */
export function nerveShapes(path: string): SVGTemplateResult {
  return svg`<path class="nerve-hit hit" d=${path}></path>
    <path class="nerve-outline" d=${path}></path>
    <path class="nerve" d=${path}></path>`;
}
