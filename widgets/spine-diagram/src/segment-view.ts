/**
 * The close-up (segment) view of <rygg-spine-diagram>: two lumbar vertebrae and their disc, from
 * the side. Only this view needs this code, so the element imports it the first time the close-up
 * is shown (or the reader reaches for its button); pages that show only the whole spine never
 * download it. Layout and drawing, pure functions of the content and the condition, like geometry.ts and spine-view.ts for the whole spine; no element code.
 * The rules for shapes only the close-up draws come with it (`segmentStyles`).
 */
import { css, nothing, svg, type SVGTemplateResult } from 'lit';
import type { AnatomyContent, ConditionId } from '@ryggrad/content';
import { SEGMENT_SIZE, SEGMENT_VERTEBRAE } from './anatomy.js';
import type { DiagramPart, DiagramStructure, RootRole } from './anatomy.js';
import { fmt, lerp, round, roundedPath, smoothPath } from './paths.js';
import type { Point } from './paths.js';
import { partName } from './plain-text.js';
import { nerveShapes, textAt, type Figure, type Shapes } from './shapes.js';

/**
 * Styles of the shapes and labels only the close-up draws, added after the element's own
 * (spine-diagram.styles.ts, whose colours they use) when this code arrives.
 */
export const segmentStyles = css`
  .nucleus {
    fill: var(--_nucleus);
    pointer-events: none;
  }
  .cord-band {
    fill: color-mix(in srgb, var(--_nerve) 45%, var(--_surface));
    stroke: var(--_text);
    stroke-width: 1;
    stroke-dasharray: 4 3;
  }
  .foramen {
    fill: color-mix(in srgb, var(--_outline) 14%, transparent);
    stroke: var(--_text);
    stroke-width: 1;
    stroke-dasharray: 3 2;
  }
  .joint-line {
    fill: none;
    stroke: var(--_outline);
    stroke-width: 1.4;
  }
  .label {
    font-size: 13px;
    fill: var(--_text);
  }
  .on-bone {
    fill: var(--_ink);
  }
  /* The disc's name sits on the disc's hatching: a halo of the disc's colour keeps it readable. */
  .disc-label {
    font-size: 13px;
    paint-order: stroke;
    stroke: var(--_disc);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .leader {
    fill: none;
    stroke: var(--_text);
    stroke-width: 0.8;
  }

  @media (forced-colors: active) {
    .cord-band,
    .foramen {
      fill: Canvas;
    }
    .disc-label {
      stroke: Canvas;
    }
  }
`;

// ---------------------------------------------------------------------------------------------
// The layout: every shape as data, in SVG user units

export interface LabelSpot {
  /** Where the text sits, and where its leader line points (absent when the text sits on the part). */
  readonly at: Point;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly leaderTo?: Point;
}

export interface SegmentVertebraShape {
  readonly label: string;
  readonly body: string;
  /** Pedicle, lamina and the articular processes (the spinous process is its own part). */
  readonly arch: string;
  readonly spinousProcess: string;
  readonly spurs: string;
  readonly labelAt: Point;
}

export interface SegmentLayout {
  readonly width: number;
  readonly height: number;
  readonly vertebrae: readonly SegmentVertebraShape[];
  readonly disc: {
    readonly path: string;
    readonly nucleus: string;
    readonly height: number;
    readonly labelAt: Point;
    /** The disc's target: at least 24 units high, reaching into the bodies when age changes have lowered it. */
    readonly hit: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  };
  /**
   * The cauda equina in the canal (the cord itself ends near L1–L2), seen through the gaps
   * between the bony parts: its outline, its nerve fibres, and its narrowest width (at the disc).
   */
  readonly cauda: { readonly path: string; readonly fibres: readonly string[]; readonly waist: number };
  /** The canal from the front of the lamina to the back of the bodies. */
  readonly canalWidth: number;
  readonly facetJoint: {
    readonly path: string;
    readonly line: string;
    /** The joint's target: its ellipse, widened to at least 24 CSS px at the close-up's natural size. */
    readonly hit: { readonly cx: number; readonly cy: number; readonly rx: number; readonly ry: number };
  };
  /** The nerve-root canal (intervertebral foramen) and its size. */
  readonly foramen: { readonly path: string; readonly width: number; readonly height: number };
  /** The L4 root, leaving above the disc, and the L5 root, running past the back of the disc. */
  readonly roots: Readonly<Record<RootRole, string>>;
  readonly prolapse?: string;
  readonly labels: Readonly<Record<'cauda' | 'spinous' | 'facet' | 'foramen' | RootRole | 'prolapse', LabelSpot>>;
}

const SEG_FRONT = 18;
const SEG_DEPTH = 124;
const SEG_BACK = SEG_FRONT + SEG_DEPTH;
const SEG_TOP = 84;

/**
 * Two lumbar vertebrae (L4, L5) and the disc between them, from the side, as in the brochure's
 * drawing: bodies, disc with its soft core, the cauda equina in the canal behind them, the arches
 * with spinous processes and facet joint, the nerve-root canal with the L4 root leaving through
 * it, the L5 root running past the disc, and — with `condition` prolapse — the bulge pressing on
 * the L5 root. The conditions differ where the eye lands first: age changes lower the disc and
 * grow spurs at the front; stenosis pinches the canal and its nerves at the disc; osteoporosis
 * compresses the front of the L4 body into a wedge.
 */
export function segmentLayout(condition: ConditionId = 'none'): SegmentLayout {
  // As the whole spine's: choosing a part re-renders, the drawing stays the same.
  let layout = segmentLayouts.get(condition);
  if (!layout) segmentLayouts.set(condition, (layout = computeSegmentLayout(condition)));
  return layout;
}

const segmentLayouts = new Map<ConditionId, SegmentLayout>();

function computeSegmentLayout(condition: ConditionId): SegmentLayout {
  const aged = condition === 'degeneration' || condition === 'stenosis';
  // Stenosis keeps a near-normal disc, so the pinched canal is what tells it from age changes.
  const discH = condition === 'degeneration' ? 14 : condition === 'stenosis' ? 24 : 28;
  // L4 (88 high) on top, then the disc, then L5 (92 high).
  const discTop = SEG_TOP + 88;
  const discBottom = discTop + discH;
  const lowerTop = discBottom;
  const discMiddle = (discTop + discBottom) / 2;
  const canalWidth = condition === 'stenosis' ? 16 : 34;

  // Facet joint between the lower articular process of L4 and the upper one of L5: larger and
  // further forward with age changes, which narrows the nerve-root canal.
  const facetGrowth = condition === 'stenosis' ? 9 : condition === 'degeneration' ? 5 : 0;
  const facet: Point = [SEG_BACK + 66 - facetGrowth, lowerTop - 10];
  const facetRx = 8 + facetGrowth * 0.7;
  const facetRy = 17 + facetGrowth * 0.5;

  const vertebrae: SegmentVertebraShape[] = SEGMENT_VERTEBRAE.map((label, index) => {
    const top = index ? lowerTop : SEG_TOP;
    const h = index ? 92 : 88;
    const bottom = top + h;
    // An osteoporotic fracture compresses the front of the body: a wedge (section 3).
    const wedge = index === 0 && condition === 'osteoporosis' ? 26 : 0;
    const body = roundedPath(
      [
        [SEG_FRONT, top + wedge],
        [SEG_BACK, top],
        [SEG_BACK, bottom],
        [SEG_FRONT, bottom],
        [SEG_FRONT + 8, top + h / 2],
      ],
      7,
    );
    const inferiorTip = index === 0 ? facet[1] + facetRy * 0.6 : bottom + 14;
    const arch = roundedPath(
      [
        [SEG_BACK - 6, top + 12],
        [SEG_BACK + 40, top + 8],
        [SEG_BACK + 46, top - 12],
        [SEG_BACK + 58, top - 19],
        [SEG_BACK + 66, top - 6],
        [SEG_BACK + 78, top + 16],
        [SEG_BACK + 92, top + 28],
        [SEG_BACK + 94, top + 58],
        [SEG_BACK + 86, top + 70],
        [SEG_BACK + 82, inferiorTip],
        [SEG_BACK + 70, inferiorTip + 2],
        [SEG_BACK + 66, top + 62],
        [SEG_BACK + 42, top + 46],
        [SEG_BACK - 6, top + 48],
      ],
      6,
    );
    const spinousProcess = roundedPath(
      [
        [SEG_BACK + 88, top + 24],
        [SEG_BACK + 156, top + 28],
        [SEG_BACK + 164, top + 38],
        [SEG_BACK + 158, top + 58],
        [SEG_BACK + 92, top + 64],
      ],
      7,
    );
    // Bony deposits at the edges next to the disc (age changes, section 3).
    const edge = index === 0 ? bottom : top;
    const toward = index === 0 ? 1 : -1;
    const frontSpur: Point[] = [
      [SEG_FRONT + 2, edge - toward * 16],
      [SEG_FRONT - 9, edge + toward * 3],
      [SEG_FRONT + 12, edge],
    ];
    const backSpur: Point[] = [
      [SEG_BACK - 2, edge - toward * 14],
      [SEG_BACK + (condition === 'stenosis' ? 12 : 8), edge + toward * 2],
      [SEG_BACK - 12, edge],
    ];
    // Age changes grow spurs front and back; with stenosis the spur behind the body narrows the canal.
    const spurs =
      (condition === 'degeneration' ? roundedPath(frontSpur, 1.5) : '') + (aged ? roundedPath(backSpur, 1.5) : '');
    return { label, body, arch, spinousProcess, spurs, labelAt: [SEG_FRONT + 56, top + (h + wedge) / 2] };
  });

  const bulge = condition === 'prolapse' ? 24 : 0;
  const disc = {
    path: roundedPath(
      [
        [SEG_FRONT - 2, discTop],
        [SEG_BACK + 2, discTop],
        [SEG_BACK + 4, discMiddle],
        [SEG_BACK + 2, discBottom],
        [SEG_FRONT - 2, discBottom],
        [SEG_FRONT - 5, discMiddle],
      ],
      3,
    ),
    nucleus: smoothPath(
      [
        [SEG_FRONT + 46, discMiddle],
        [SEG_FRONT + 70, discTop + discH * (aged ? 0.32 : 0.2)],
        [SEG_FRONT + 98, discMiddle],
        [SEG_FRONT + 70, discBottom - discH * (aged ? 0.32 : 0.2)],
      ],
      true,
    ),
    height: discH,
    hit: {
      x: SEG_FRONT - 5,
      y: discMiddle - Math.max(24, discH) / 2,
      width: SEG_DEPTH + 9,
      height: Math.max(24, discH),
    },
    labelAt: [(SEG_FRONT + SEG_BACK) / 2, discMiddle] as Point,
  };

  // The cauda equina: a bundle of nerve roots down the canal, pinched at the disc by stenosis.
  const caudaCentre = SEG_BACK + 18;
  const waist = condition === 'stenosis' ? 10 : 24;
  const caudaLine = (share: number): Point[] =>
    [6, discTop - 34, discMiddle, discBottom + 34, 324].map((y) => [
      caudaCentre + (share - 0.5) * (y === discMiddle ? waist : 24),
      y,
    ]);
  const cauda = {
    path: `${smoothPath(caudaLine(0))}L${smoothPath(caudaLine(1).reverse()).slice(1)}Z`,
    fibres: [0.2, 0.4, 0.6, 0.8].map((share) => smoothPath(caudaLine(share))),
    waist,
  };

  const facetJoint = {
    hit: { cx: facet[0], cy: facet[1], rx: round(Math.max(13, facetRx)), ry: round(facetRy) },
    path: `M${fmt([facet[0] - facetRx, facet[1]])}a${round(facetRx)} ${round(facetRy)} 0 1 0 ${round(2 * facetRx)} 0a${round(facetRx)} ${round(facetRy)} 0 1 0 ${round(-2 * facetRx)} 0Z`,
    line: smoothPath([
      [facet[0] - 2, facet[1] - facetRy + 3],
      [facet[0] + 1.5, facet[1]],
      [facet[0] - 1, facet[1] + facetRy - 3],
    ]),
  };

  // The nerve-root canal: from the pedicle of L4 down to the pedicle of L5, between the back of
  // the bodies and disc in front and the facet joint behind.
  const foramenTop = SEG_TOP + 50;
  const foramenBottom = lowerTop + 6;
  const foramenFront = SEG_BACK + 2 + (aged ? 6 : 0) + bulge * 0.4;
  const foramenBack = SEG_BACK + 56 - facetGrowth;
  const foramen = {
    path: smoothPath(
      [
        [foramenFront, foramenTop + 4],
        [SEG_BACK + 30, foramenTop],
        [foramenBack, foramenTop + 10],
        [foramenBack - 4, facet[1] - facetRy - 4],
        [foramenBack - 14, lowerTop - 8],
        [lerp(foramenFront, foramenBack, 0.45), foramenBottom],
        [foramenFront, discMiddle],
      ],
      true,
    ),
    width: round(foramenBack - foramenFront),
    height: round(foramenBottom - foramenTop),
  };

  // The L4 root leaves the bundle above the disc and runs out through the nerve-root canal under
  // the pedicle of L4. The L5 root runs down past the back of the disc (a prolapse pushes it
  // backwards) and leaves one level lower, below the drawing.
  const roots = {
    exiting: smoothPath([
      [caudaCentre - 2, SEG_TOP + 14],
      [SEG_BACK + 28, foramenTop + 6],
      [SEG_BACK + 20, foramenTop + 30],
      [SEG_BACK - 2, discTop - 14],
      [SEG_BACK - 34, discTop - 4],
    ]),
    traversing: smoothPath([
      [caudaCentre - 6, 6],
      [SEG_BACK + 10, discTop - 24],
      [SEG_BACK + (bulge ? bulge + 6 : 9), discMiddle],
      [SEG_BACK + 11, discBottom + 30],
      [SEG_BACK + 12, lowerTop + 70],
      [SEG_BACK + 2, 322],
    ]),
  };
  const prolapse = bulge
    ? smoothPath(
        [
          [SEG_BACK - 6, discTop + 2],
          [SEG_BACK + bulge * 0.6, discTop - 1],
          [SEG_BACK + bulge, discMiddle + 2],
          [SEG_BACK + bulge * 0.55, discBottom + 2],
          [SEG_BACK - 6, discBottom - 2],
        ],
        true,
      )
    : undefined;

  return {
    ...SEGMENT_SIZE,
    vertebrae,
    disc,
    cauda,
    canalWidth,
    facetJoint,
    foramen,
    roots,
    ...(prolapse ? { prolapse } : {}),
    labels: {
      cauda: { at: [SEG_BACK + 40, 28], anchor: 'start', leaderTo: [caudaCentre + 6, 40] },
      spinous: { at: [SEG_BACK + 124, SEG_TOP + 46], anchor: 'middle' },
      facet: { at: [SEG_BACK + 98, facet[1] - 16], anchor: 'start', leaderTo: [facet[0] + facetRx, facet[1] - 4] },
      foramen: { at: [SEG_BACK + 98, lowerTop + 88], anchor: 'start', leaderTo: [foramenBack - 6, foramenBottom - 16] },
      exiting: { at: [SEG_FRONT + 40, SEG_TOP - 34], anchor: 'start', leaderTo: [SEG_BACK + 22, foramenTop + 4] },
      traversing: { at: [SEG_BACK - 22, 314], anchor: 'end', leaderTo: [SEG_BACK + 6, 312] },
      prolapse: {
        at: [SEG_BACK + 98, facet[1] + 28],
        anchor: 'start',
        leaderTo: [SEG_BACK + bulge - 2, discMiddle + 6],
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The drawing: the layout as SVG, with the labels that name the parts

/** Splits a label into lines of about `width` characters at spaces and hyphens, for labels in narrow places. */
function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/(?<=[\s-])/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + word).trim().length <= width) lines[lines.length - 1] = last + word;
    else lines.push(word);
  }
  return lines.map((line) => line.trim());
}

/** A label of the close-up: wrapped to about `width` characters, with a leader line when it sits beside its part. */
function calloutLabel(text: string, spot: LabelSpot, width = 14, className = 'label'): SVGTemplateResult {
  const lines = wrapLabel(text, width);
  const first = spot.at[1] - ((lines.length - 1) * 14) / 2;
  return svg`${
    spot.leaderTo
      ? svg`<path class="leader" d="M${spot.at[0] - 3} ${spot.at[1]}L${spot.leaderTo[0]} ${spot.leaderTo[1]}"></path>`
      : nothing
  }<text class=${className} text-anchor=${spot.anchor} dominant-baseline="central"> ${lines.map(
    // A space between the lines, so the words do not run together for assistive technology.
    (line, index) => svg`${index > 0 ? ' ' : ''}<tspan x=${spot.at[0]} y=${first + index * 14}>${line}</tspan>`,
  )}</text>`;
}

/** The shapes of each part of the close-up, with the labels that name them. */
function segmentShapes(content: AnatomyContent, layout: SegmentLayout): (part: DiagramPart) => Shapes {
  const name = (structure: DiagramStructure) => content.structures[structure].name;
  const { labels } = layout;
  return (part) => {
    const vertebra = layout.vertebrae.find((shape) => shape.label === part.vertebra);
    switch (part.structure) {
      case 'vertebra':
        return vertebra
          ? svg`<path class="bone hit" d=${vertebra.body}></path>
            <path class="bone" d=${vertebra.arch}></path>
            ${vertebra.spurs ? svg`<path class="bone spur" d=${vertebra.spurs}></path>` : nothing}
            ${textAt('label on-bone', vertebra.labelAt, 'middle', partName(content, part))}`
          : nothing;
      case 'spinous-process':
        return vertebra
          ? svg`<path class="bone hit" d=${vertebra.spinousProcess}></path>
            ${vertebra === layout.vertebrae[0] ? calloutLabel(name('spinous-process'), labels.spinous, 11, 'label on-bone') : nothing}`
          : nothing;
      case 'cauda-equina':
        return svg`<path class="cord-band hit" d=${layout.cauda.path}></path>
          ${layout.cauda.fibres.map((fibre) => svg`<path class="cauda" d=${fibre}></path>`)}
          ${calloutLabel(name('cauda-equina'), labels.cauda)}`;
      case 'disc':
        return svg`<rect class="hit target" x=${layout.disc.hit.x} y=${layout.disc.hit.y} width=${layout.disc.hit.width}
            height=${layout.disc.hit.height}></rect>
          <path class="disc" d=${layout.disc.path}></path>
          <path class="nucleus" d=${layout.disc.nucleus}></path>
          ${textAt('disc-label on-bone', layout.disc.labelAt, 'middle', name('disc'))}`;
      case 'nerve-root-canal':
        return svg`<path class="foramen hit" d=${layout.foramen.path}></path>${calloutLabel(name('nerve-root-canal'), labels.foramen)}`;
      case 'facet-joint':
        return svg`<ellipse class="hit target" cx=${layout.facetJoint.hit.cx} cy=${layout.facetJoint.hit.cy}
            rx=${layout.facetJoint.hit.rx} ry=${layout.facetJoint.hit.ry}></ellipse>
          <path class="bone facet" d=${layout.facetJoint.path}></path>
          <path class="joint-line" d=${layout.facetJoint.line}></path>
          ${calloutLabel(name('facet-joint'), labels.facet)}`;
      case 'prolapse':
        return layout.prolapse
          ? svg`<path class="prolapse hit" d=${layout.prolapse}></path>${calloutLabel(name('prolapse'), labels.prolapse)}`
          : nothing;
      case 'nerve-root':
        return part.role
          ? svg`${nerveShapes(layout.roots[part.role])}${calloutLabel(partName(content, part), labels[part.role])}`
          : nothing;
      default:
        return nothing;
    }
  };
}

/** The close-up's drawing for a condition, named with the content's words. */
export function segmentFigure(content: AnatomyContent, condition: ConditionId): Figure {
  const layout = segmentLayout(condition);
  return { width: layout.width, height: layout.height, shapes: segmentShapes(content, layout) };
}
