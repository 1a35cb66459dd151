/**
 * The whole spine's layout for <rygg-spine-diagram> as data: every shape is computed here by
 * pure functions, in SVG user units, so spine-view.ts only maps the result to SVG and tests can
 * check the numbers (how many vertebrae, how narrow the canal is with stenosis) without a browser.
 * `spineLayout` runs the named steps below in order.
 *
 * Conventions: the body faces left. Front (anterior) is towards smaller x, the back (posterior)
 * towards larger x; y grows downwards.
 */
import { VERTEBRA_COUNTS } from '@ryggrad/content';
import type { ConditionId, SpineRegion } from '@ryggrad/content';
import { DEFAULT_PROLAPSE_LEVEL, DISC_LEVELS, REGIONS, VERTEBRAE, isLumbarLevel } from './anatomy.js';
import type { VertebraInfo } from './anatomy.js';
import { away, distance, lerp, mix, place, placeAll, round, roundedPath, smoothPath } from './paths.js';
import type { Frame, Point } from './paths.js';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface VertebraShape extends VertebraInfo {
  readonly center: Point;
  /** Height of the vertebral body along the spine, and its depth from front to back. */
  readonly height: number;
  readonly depth: number;
  /** Width of the spinal canal behind this vertebra. */
  readonly canalWidth: number;
  readonly body: string;
  /** The arch behind the canal with the spinous process. */
  readonly arch: string;
  /** Bony deposits at the edges of the body (degeneration only). */
  readonly spurs: string;
  /**
   * The part of the drawing that reacts to pointer and shows the focus ring: the label and the
   * front two thirds of the body, down to the middle of the discs above and below, so it stays
   * at least 24 CSS px high on a phone (the back third belongs to the discs' targets).
   */
  readonly hit: string;
  /** Where the label (C1 …) ends, just in front of the body. */
  readonly labelAt: Point;
}

export interface DiscShape {
  readonly level: string;
  readonly path: string;
  /** Mean height of the disc (front and back). */
  readonly height: number;
  /**
   * The disc's target: the back third of the bodies and the canal behind, from the middle of the
   * vertebra above to the middle of the one below. A disc is a few units high, far below 24 CSS
   * px; this band is not, and it touches no other target.
   */
  readonly hit: string;
}

export interface RegionShape {
  readonly id: SpineRegion;
  readonly bracket: string;
  /** Centre of the (vertical) region label. */
  readonly labelAt: Point;
  readonly hit: Box;
}

export interface SpineLayout {
  readonly width: number;
  readonly height: number;
  readonly vertebrae: readonly VertebraShape[];
  readonly discs: readonly DiscShape[];
  readonly regions: readonly RegionShape[];
  readonly sacrum: { readonly path: string; readonly labelAt: Point };
  /** The spinal canal as a band, and the cord inside it down to about L1–L2. */
  readonly canal: string;
  /** The cord's target, above C1 where it rises to the brain (the canal lower down is the discs' targets). */
  readonly cordHit: Box;
  readonly cord: string;
  /** The nerve fibres that continue below the cord, down to the sacrum. */
  readonly cauda: readonly string[];
  /** The thoracic curve's amplitude (kyphosis): larger with osteoporosis. */
  readonly kyphosis: number;
  readonly prolapse?: {
    readonly level: string;
    readonly path: string;
    readonly nerveRoot: string;
    /** Targets a little larger than the shapes, so each is at least 24 CSS px across on a phone. */
    readonly hit: { readonly x: number; readonly y: number; readonly r: number };
    readonly nerveHit: Box;
  };
}

/** Sizes of one vertebra, growing from the neck downwards. */
function vertebraSize(vertebra: VertebraInfo, condition: ConditionId) {
  const t = (vertebra.number - 1) / Math.max(1, VERTEBRA_COUNTS[vertebra.region] - 1);
  let size: { height: number; depth: number; canal: number; spine: number; slope: number };
  switch (vertebra.region) {
    case 'cervical':
      size = {
        height: vertebra.number === 1 ? 10 : lerp(12, 16, t),
        depth: lerp(24, 32, t),
        canal: 13,
        // C1 has only a small tubercle; C7 ("vertebra prominens") has the longest spinous process.
        spine: vertebra.number === 1 ? 7 : vertebra.number === 7 ? 26 : lerp(14, 19, t),
        slope: 0.25,
      };
      break;
    case 'thoracic':
      size = {
        height: lerp(18, 26, t),
        depth: lerp(34, 48, t),
        canal: 11,
        spine: lerp(24, 26, t),
        slope: 0.9 - 0.55 * t,
      };
      break;
    default:
      size = { height: lerp(28, 32, t), depth: lerp(52, 58, t), canal: 13, spine: 22, slope: 0.08 };
  }
  if (condition === 'stenosis' && vertebra.region === 'lumbar' && vertebra.number >= 2) {
    // Age changes narrow the canal, most at the lowest levels (section 3).
    size.canal = vertebra.number === 2 ? 9 : 5;
  }
  return size;
}

function discHeight(upper: VertebraInfo, condition: ConditionId): number {
  const t = (upper.number - 1) / Math.max(1, VERTEBRA_COUNTS[upper.region] - 1);
  const normal = upper.region === 'cervical' ? 5 : upper.region === 'thoracic' ? lerp(5, 8, t) : lerp(10, 12, t);
  // With age the discs become lower (section 3).
  return condition === 'degeneration' ? normal * 0.5 : normal;
}

const SPINE_TOP = 22; // room above C1 for the cord on its way up to the brain
const BRACKET_X = 24;
const LABEL_ROOM = 22; // room for the vertebra labels in front of the bodies
const SACRUM_TILT = (24 * Math.PI) / 180;
/** The share of a body's depth, at the back, that belongs to the disc targets above and below it. */
const DISC_TARGET_SHARE = 0.35;
/** The smallest target, in drawing units: 24 CSS px at the scale of a 360 px phone (300 px for 195 units). */
const MIN_TARGET = 16;
/** How far C1's target reaches above it (twice, as a disc's half): into the room above the spine. */
const C1_ROOM_ABOVE = 12;
/** Osteoporotic vertebrae that lose height at the front, increasing the curve of the upper back. */
const WEDGED = new Set(['T6', 'T7', 'T8']);

type Size = ReturnType<typeof vertebraSize>;

/** A vertebra stacked along y: its size, the y of its top and the height of the disc below it. */
interface Stacked {
  readonly vertebra: VertebraInfo;
  readonly size: Size;
  readonly top: number;
  readonly disc: number;
}

/** A stacked vertebra placed on the curve: its frame (centre and tilt) in the drawing. */
type Placed = Stacked & Frame;

/** Where each region's vertebrae start and end along y, and where its curve ends. */
type Spans = Record<SpineRegion, { top: number; bottom: number; end: number }>;

/** Step 1: stack the vertebrae and discs along y (`disc`: the gap below each vertebra). */
function stackVertebrae(condition: ConditionId): { stacked: Stacked[]; sacrumTop: number } {
  let y = SPINE_TOP;
  const stacked = VERTEBRAE.map((vertebra, index) => {
    const size = vertebraSize(vertebra, condition);
    const top = y;
    const disc = index ? discHeight(vertebra, condition) : 3; // C1 rests on C2 without a disc
    y += size.height + disc;
    return { vertebra, size, top, disc };
  });
  return { stacked, sacrumTop: y };
}

/**
 * Step 2: each region spans from the top of its first body to the bottom of its last; its curve
 * runs on to the middle of the disc below (the lumbar curve down to the sacrum).
 */
function regionSpans(stacked: readonly Stacked[], sacrumTop: number): Spans {
  const spans = {} as Spans;
  for (const { vertebra, size, top, disc } of stacked) {
    if (!(vertebra.region in spans)) spans[vertebra.region] = { top, bottom: 0, end: 0 };
    const span = spans[vertebra.region];
    span.bottom = top + size.height;
    span.end = span.bottom + disc / 2;
  }
  spans.lumbar.end = sacrumTop;
  return spans;
}

/**
 * Step 3: the curves, one half sine wave per region, forwards in the neck and the low back,
 * backwards in the chest; then everything shifted right so the labels and brackets fit in front.
 */
function curveSpine(stacked: readonly Stacked[], spans: Spans, kyphosis: number): Placed[] {
  const amplitudes: Record<SpineRegion, number> = { cervical: -9, thoracic: kyphosis, lumbar: -18 };
  const curved = stacked.map((entry) => {
    const { top: start, end } = spans[entry.vertebra.region];
    const amplitude = amplitudes[entry.vertebra.region];
    const centerY = entry.top + entry.size.height / 2;
    const t = (centerY - start) / (end - start);
    return {
      ...entry,
      center: [amplitude * Math.sin(Math.PI * t), centerY] as Point,
      angle: Math.atan((amplitude * Math.PI * Math.cos(Math.PI * t)) / (end - start)),
    };
  });
  const shift =
    BRACKET_X + 8 + LABEL_ROOM - Math.min(...curved.map((entry) => place(entry, -entry.size.depth / 2, 0)[0]));
  return curved.map((entry) => ({ ...entry, center: [entry.center[0] + shift, entry.center[1]] as Point }));
}

/** Step 4: one vertebra drawn in its frame: body, arch with spinous process, spurs, and its target. */
function vertebraShape(frame: Placed, condition: ConditionId, discAbove: number): VertebraShape {
  const { vertebra } = frame;
  const { height: h, depth: d, canal, spine, slope } = frame.size;
  const front = condition === 'osteoporosis' && WEDGED.has(vertebra.label) ? 0.7 : 1;
  const body = roundedPath(
    placeAll(frame, [
      [-d / 2, (-h / 2) * front],
      [d / 2, -h / 2],
      [d / 2, h / 2],
      [-d / 2, (h / 2) * front],
      [-d / 2 + d * 0.07, 0],
    ]),
    Math.min(3, h / 5),
  );
  // The arch: lamina behind the canal, then the spinous process pointing back and down.
  const archFront = d / 2 + canal;
  const direction = Math.atan(slope);
  const tip: Point = [archFront + 6 + spine * Math.cos(direction), spine * Math.sin(direction)];
  const rootWidth = Math.max(5, h * 0.5);
  const tipWidth = Math.max(3, h * 0.28);
  const across: Point = [-Math.sin(direction), Math.cos(direction)];
  const arch = roundedPath(
    placeAll(frame, [
      [archFront, -h * 0.42],
      [archFront + 6, -h * 0.5],
      [archFront + 9, -rootWidth / 2],
      [tip[0] - (across[0] * tipWidth) / 2, tip[1] - (across[1] * tipWidth) / 2],
      [tip[0] + (across[0] * tipWidth) / 2, tip[1] + (across[1] * tipWidth) / 2],
      [archFront + 9, rootWidth / 2 + h * 0.08],
      [archFront + 4, h * 0.45],
      [archFront, h * 0.38],
    ]),
    Math.min(3, h / 6),
  );
  const spurs =
    condition === 'degeneration' && (vertebra.region === 'lumbar' || ['C5', 'C6', 'C7'].includes(vertebra.label))
      ? [-1, 1]
          .map((side) => {
            const edge = (side * h) / 2;
            return roundedPath(
              placeAll(frame, [
                [-d / 2 + 1, edge - side * Math.min(7, h * 0.3)],
                [-d / 2 - 5, edge + side * 1.5],
                [-d / 2 + 6, edge],
              ]),
              1,
            );
          })
          .join('')
      : '';
  const top = -h / 2 - discAbove / 2;
  const bottom = h / 2 + frame.disc / 2;
  const back = d / 2 - d * DISC_TARGET_SHARE;
  const hit = roundedPath(
    placeAll(frame, [
      [-d / 2 - LABEL_ROOM, top],
      [back, top],
      [back, bottom],
      [-d / 2 - LABEL_ROOM, bottom],
    ]),
    2,
  );
  return {
    ...vertebra,
    center: frame.center,
    height: h,
    depth: d,
    canalWidth: canal,
    body,
    arch,
    spurs,
    hit,
    labelAt: place(frame, -d / 2 - 4, 0),
  };
}

/** Step 5: the sacrum, tilted further back than L5 so the L5–S1 disc is wedge-shaped. */
function sacrumFrame(l5: Placed): Frame {
  return { center: place(l5, 0, l5.size.height / 2 + l5.disc), angle: l5.angle + SACRUM_TILT };
}

function sacrumOutline(frame: Frame, depth: number): Point[] {
  return placeAll(frame, [
    [-depth / 2, 0],
    [depth / 2, 0],
    [depth / 2 + 16, -4],
    [depth / 2 + 21, 8],
    [depth / 2 + 8, 48],
    [16, 90],
    [6, 98],
    [-3, 92],
    [-depth / 2 + 22, 50],
    [-depth / 2 + 7, 20],
  ]);
}

/**
 * Step 6: the discs. Each joins the lower corners of one body to the upper corners of the next
 * (or the sacrum), bulging a little at the front and the back.
 */
function discShapes(placed: readonly Placed[], sacrum: Frame, sacrumDepth: number): DiscShape[] {
  const corners = (frame: Frame, depth: number, along: number): [Point, Point] => [
    place(frame, -depth / 2, along),
    place(frame, depth / 2, along),
  ];
  return DISC_LEVELS.map((level, index) => {
    const upper = placed[index + 1] as Placed;
    const lower = placed[index + 2];
    const [upperFront, upperBack] = corners(upper, upper.size.depth, upper.size.height / 2);
    const [lowerFront, lowerBack] = lower
      ? corners(lower, lower.size.depth, -lower.size.height / 2)
      : corners(sacrum, sacrumDepth, 0);
    const frontMiddle = mix(upperFront, lowerFront, 0.5);
    const backMiddle = mix(upperBack, lowerBack, 0.5);
    const band = (frame: Frame, depth: number, canal: number, along: number): Point[] => [
      place(frame, depth / 2 - depth * DISC_TARGET_SHARE, along),
      place(frame, depth / 2 + canal, along),
    ];
    const [upperInner, upperOuter] = band(upper, upper.size.depth, upper.size.canal, 0) as [Point, Point];
    const [lowerInner, lowerOuter] = (
      lower ? band(lower, lower.size.depth, lower.size.canal, 0) : band(sacrum, sacrumDepth, 12, 14)
    ) as [Point, Point];
    return {
      level,
      hit: roundedPath([upperInner, upperOuter, lowerOuter, lowerInner], 2),
      path: roundedPath(
        [
          upperFront,
          upperBack,
          away(backMiddle, frontMiddle, 1.2),
          lowerBack,
          lowerFront,
          away(frontMiddle, backMiddle, 1.5),
        ],
        1.5,
      ),
      height: round((distance(upperFront, lowerFront) + distance(upperBack, lowerBack)) / 2),
    };
  });
}

/**
 * Step 7: the canal, a band behind the bodies whose width follows each vertebra's canal, from
 * above C1 into the sacrum; the cord inside it ends at about the L1–L2 disc, and below it the
 * nerve roots (cauda equina) run on to the sacrum.
 */
function canalShapes(
  placed: readonly Placed[],
  sacrum: Frame,
  sacrumDepth: number,
): Pick<SpineLayout, 'canal' | 'cordHit' | 'cord' | 'cauda'> {
  const first = placed[0] as Placed;
  // `across` gives a line's distance behind the bodies from the canal's width.
  const canalLine = (across: (canal: number) => number, frames: readonly Placed[] = placed): Point[] =>
    frames.flatMap((frame) =>
      [-1, 1].map((side) =>
        place(frame, frame.size.depth / 2 + across(frame.size.canal), (side * frame.size.height) / 2),
      ),
    );
  const aboveC1 = (across: (canal: number) => number, gap: number): Point =>
    place(first, first.size.depth / 2 + across(first.size.canal), -first.size.height / 2 - SPINE_TOP + gap);
  const sacralCanal = (x: number): Point => place(sacrum, sacrumDepth / 2 + x, 26);
  const front = (): number => 1;
  const back = (canal: number): number => canal - 1;
  const middle = (canal: number): number => canal / 2;
  const canalFront = [aboveC1(front, 2), ...canalLine(front), sacralCanal(2)];
  const canalBack = [aboveC1(back, 2), ...canalLine(back), sacralCanal(12)];

  const l1 = VERTEBRAE.findIndex((vertebra) => vertebra.label === 'L1');
  const [topX] = aboveC1(middle, 0);
  return {
    cordHit: {
      x: round(topX - MIN_TARGET / 2 - 1),
      y: 0,
      width: MIN_TARGET + 2,
      height: round(first.center[1] - first.size.height / 2),
    },
    canal: `${smoothPath(canalFront)}L${smoothPath(canalBack.reverse()).slice(1)}Z`,
    cord: smoothPath([aboveC1(middle, 1), ...canalLine(middle, placed.slice(0, l1 + 1))]),
    cauda: [-0.25, 0, 0.25].map((share) =>
      smoothPath([
        ...canalLine((width) => middle(width) + share * (width - 2), placed.slice(l1)),
        sacralCanal(7 + share * 8),
      ]),
    ),
  };
}

/** Step 8: the region brackets in front of the labels. */
function regionShapes(spans: Spans): RegionShape[] {
  return REGIONS.map((region) => {
    const { top, bottom } = spans[region];
    return {
      id: region,
      bracket: `M${BRACKET_X + 6} ${round(top)}H${BRACKET_X}V${round(bottom)}H${BRACKET_X + 6}`,
      labelAt: [BRACKET_X - 10, round((top + bottom) / 2)],
      hit: { x: 0, y: round(top), width: BRACKET_X + 8, height: round(bottom - top) },
    };
  });
}

/**
 * Step 9: a prolapse, drawn in the upper vertebra's frame: the back of one lumbar disc bulges
 * into the canal and pushes a nerve root backwards.
 */
function prolapseShape(placed: readonly Placed[], level: string): SpineLayout['prolapse'] {
  const upperIndex = DISC_LEVELS.indexOf(level) + 1;
  const upper = placed[upperIndex] as Placed;
  const { height: h, depth: d, canal: c } = upper.size;
  const disc = upper.disc;
  const bulge = c * 0.7 + 2;
  const back = d / 2;
  const lowerHeight = placed[upperIndex + 1]?.size.height ?? 24;
  const root = placeAll(upper, [
    [back + c * 0.45, -h * 0.1],
    [back + c * 0.4, h / 2 - 2],
    [back + bulge + 1.8, h / 2 + disc * 0.6],
    [back + c * 0.5, h / 2 + disc + lowerHeight * 0.45],
    [back + c * 0.3, h / 2 + disc + lowerHeight * 0.9],
  ]);
  const xs = root.map(([x]) => x);
  const ys = root.map(([, y]) => y);
  const rootMiddle = (Math.min(...xs) + Math.max(...xs)) / 2;
  const rootWidth = Math.max(MIN_TARGET + 2, Math.max(...xs) - Math.min(...xs));
  const [cx, cy] = place(upper, back + bulge * 0.5, h / 2 + disc / 2);
  return {
    level,
    path: smoothPath(
      placeAll(upper, [
        [back - 3, h / 2 + 0.5],
        [back + bulge * 0.55, h / 2 - 0.5],
        [back + bulge, h / 2 + disc * 0.6],
        [back + bulge * 0.6, h / 2 + disc + 3],
        [back - 3, h / 2 + disc - 0.5],
      ]),
      true,
    ),
    nerveRoot: smoothPath(root),
    hit: { x: round(cx), y: round(cy), r: MIN_TARGET / 2 + 1 },
    nerveHit: {
      x: round(rootMiddle - rootWidth / 2),
      y: round(Math.min(...ys)),
      width: round(rootWidth),
      height: round(Math.max(...ys) - Math.min(...ys)),
    },
  };
}

/**
 * The whole spine from the side: 24 vertebrae growing larger downwards, 23 discs, the sacrum,
 * the natural curves (cervical lordosis, thoracic kyphosis, lumbar lordosis), the canal with the
 * cord, and region brackets. `condition` changes the drawing as the brochure describes.
 */
export function spineLayout(condition: ConditionId = 'none', prolapseLevel = DEFAULT_PROLAPSE_LEVEL): SpineLayout {
  // Every render draws from the layout, and choosing a part re-renders: work each one out once.
  // The level changes the drawing only where it draws a prolapse.
  const level = condition === 'prolapse' && isLumbarLevel(prolapseLevel) ? prolapseLevel : '';
  const key = `${condition} ${level}`;
  let layout = layouts.get(key);
  if (!layout) layouts.set(key, (layout = computeSpineLayout(condition, level)));
  return layout;
}

/** The layouts worked out so far, by condition and, with a prolapse, its lumbar level (ten at most). */
const layouts = new Map<string, SpineLayout>();

/** The layout itself; `prolapseLevel` is '' when no prolapse is drawn. */
function computeSpineLayout(condition: ConditionId, prolapseLevel: string): SpineLayout {
  const { stacked, sacrumTop } = stackVertebrae(condition);
  const spans = regionSpans(stacked, sacrumTop);
  // Osteoporosis deepens the thoracic curve (section 3).
  const kyphosis = condition === 'osteoporosis' ? 32 : 20;
  const placed = curveSpine(stacked, spans, kyphosis);
  const l5 = placed[placed.length - 1] as Placed;
  const sacrum = sacrumFrame(l5);
  const sacrumDepth = l5.size.depth;
  const outline = sacrumOutline(sacrum, sacrumDepth);

  // The drawing reaches from the labels to the tips of the spinous processes (with room to spare) and down to the sacrum.
  const rightmost = Math.max(
    ...placed.map((frame) => place(frame, frame.size.depth / 2 + frame.size.canal + 8 + frame.size.spine, 0)[0]),
    ...outline.map((point) => point[0]),
  );
  const lowest = Math.max(...outline.map((point) => point[1]));

  return {
    width: Math.ceil(rightmost + 10),
    height: Math.ceil(lowest + 10),
    vertebrae: placed.map((frame, index) => vertebraShape(frame, condition, placed[index - 1]?.disc ?? C1_ROOM_ABOVE)),
    discs: discShapes(placed, sacrum, sacrumDepth),
    regions: regionShapes(spans),
    sacrum: { path: roundedPath(outline, 8), labelAt: place(sacrum, -sacrumDepth / 2 - 4, 20) },
    ...canalShapes(placed, sacrum, sacrumDepth),
    kyphosis,
    prolapse: prolapseLevel ? prolapseShape(placed, prolapseLevel) : undefined,
  };
}
