/**
 * The drawing of <rygg-spine-diagram> as data: every shape is computed here by pure functions,
 * in SVG user units, so the element only maps the result to SVG and tests can check the numbers
 * (how many vertebrae, how narrow the canal is with stenosis) without a browser.
 *
 * Conventions: the body faces left. Front (anterior) is towards smaller x, the back (posterior)
 * towards larger x; y grows downwards.
 */
import { CONDITION_IDS, VERTEBRA_COUNTS } from '../../../packages/content/src/index.js';
import type { ConditionId, SpineRegion, StructureId } from '../../../packages/content/src/index.js';

export type Point = readonly [x: number, y: number];

export const VIEWS = ['spine', 'segment'] as const;
export type SpineView = (typeof VIEWS)[number];

export const CONDITIONS: readonly ConditionId[] = CONDITION_IDS;

export const REGIONS: readonly SpineRegion[] = ['cervical', 'thoracic', 'lumbar'];

/** The structures the drawing shows (the content also describes the muscles, which it does not draw). */
export type DiagramStructure = Exclude<StructureId, 'muscles'>;

export const DIAGRAM_STRUCTURES: readonly DiagramStructure[] = [
  'cervical',
  'thoracic',
  'lumbar',
  'vertebra',
  'disc',
  'spinal-cord',
  'spinous-process',
  'facet-joint',
  'nerve-root',
  'nerve-root-canal',
  'prolapse',
  'sacrum',
];

/** The letter of each region in the labels that identify vertebrae (`data-vertebra`, `highlight`). */
export const REGION_LETTERS: Readonly<Record<SpineRegion, string>> = { cervical: 'C', thoracic: 'T', lumbar: 'L' };

export interface VertebraInfo {
  /** `C1` … `C7`, `T1` … `T12`, `L1` … `L5`. */
  readonly label: string;
  readonly region: SpineRegion;
  /** 1-based number within its region. */
  readonly number: number;
}

/** The 24 movable vertebrae from the top down: 7 cervical, 12 thoracic, 5 lumbar. */
export const VERTEBRAE: readonly VertebraInfo[] = REGIONS.flatMap((region) =>
  Array.from({ length: VERTEBRA_COUNTS[region] }, (_, index) => ({
    label: `${REGION_LETTERS[region]}${index + 1}`,
    region,
    number: index + 1,
  })),
);

/** The label of the bone below the last lumbar vertebra, used in the lowest disc level (`L5-S1`). */
export const SACRUM_LABEL = 'S1';

/** Disc levels from the top down, `C2-C3` … `L5-S1`: there is no disc between C1 and C2. */
export const DISC_LEVELS: readonly string[] = VERTEBRAE.slice(1).map(
  (vertebra, index) => `${vertebra.label}-${VERTEBRAE[index + 2]?.label ?? SACRUM_LABEL}`,
);

/** The vertebrae and disc of the close-up (segment) view, where the brochure's drawing sits. */
export const SEGMENT_VERTEBRAE = ['L4', 'L5'] as const;
export const SEGMENT_LEVEL = 'L4-L5';
/**
 * The size of the close-up's drawing. Its shapes load on demand (segment-view.ts); the element
 * keeps a placeholder of this size meanwhile, so the page does not jump.
 */
export const SEGMENT_SIZE = { width: 344, height: 330 } as const;

/** Where the spine view draws a prolapse unless the host highlights another lumbar disc level. */
export const DEFAULT_PROLAPSE_LEVEL = 'L4-L5';

/**
 * One explorable part of the drawing. `key` is unique within a view; the element renders one
 * focusable button per part, in this order (the keyboard order along the spine).
 */
export interface DiagramPart {
  readonly key: string;
  readonly structure: DiagramStructure;
  /** The vertebra the part belongs to (vertebrae, spinous processes, a nerve root). */
  readonly vertebra?: string;
  /** The disc level the part belongs to (discs, facet joints, nerve-root canals, a prolapse). */
  readonly level?: string;
}

// ---------------------------------------------------------------------------------------------
// Small path helpers

export const round = (value: number): number => Math.round(value * 10) / 10;
export const fmt = (point: Point): string => `${round(point[0])} ${round(point[1])}`;
export const lerp = (from: number, to: number, t: number): number => from + (to - from) * t;
const mix = (a: Point, b: Point, t: number): Point => [lerp(a[0], b[0], t), lerp(a[1], b[1], t)];
const distance = (a: Point, b: Point): number => Math.hypot(a[0] - b[0], a[1] - b[1]);
/** The point moved `amount` further away from `from`. */
const away = (point: Point, from: Point, amount: number): Point =>
  mix(point, from, -amount / (distance(point, from) || 1));

/** A closed polygon through the points, with each corner rounded by up to `radius`. */
export function roundedPath(points: readonly Point[], radius: number): string {
  const corners = points.map((corner, index) => {
    const before = points.at(index - 1) as Point;
    const after = points[(index + 1) % points.length] as Point;
    // Cut each corner no further than half-way along its sides, then curve across the cut.
    const inLength = distance(corner, before);
    const outLength = distance(corner, after);
    const cut = Math.min(radius, inLength / 2, outLength / 2);
    const start = mix(corner, before, cut / (inLength || 1));
    const end = mix(corner, after, cut / (outLength || 1));
    return `${index ? 'L' : 'M'}${fmt(start)}Q${fmt(corner)} ${fmt(end)}`;
  });
  return `${corners.join('')}Z`;
}

/** A smooth curve through the points (Catmull-Rom written as cubic Béziers). */
export function smoothPath(points: readonly Point[], closed = false): string {
  const count = points.length;
  if (count < 2) return '';
  const at = (index: number): Point =>
    closed ? (points[(index + count) % count] as Point) : (points[Math.max(0, Math.min(count - 1, index))] as Point);
  let path = `M${fmt(at(0))}`;
  const segments = closed ? count : count - 1;
  for (let index = 0; index < segments; index++) {
    const [p0, p1, p2, p3] = [at(index - 1), at(index), at(index + 1), at(index + 2)];
    const c1: Point = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Point = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    path += `C${fmt(c1)} ${fmt(c2)} ${fmt(p2)}`;
  }
  return closed ? `${path}Z` : path;
}

/** A frame along the spine: a centre, the direction down the spine and the direction backwards. */
interface Frame {
  readonly center: Point;
  /** Radians; 0 is straight down, positive leans the lower end backwards. */
  readonly angle: number;
}

/** A point given in a frame's own axes (x backwards, y down the spine) in drawing units. */
function place(frame: Frame, x: number, y: number): Point {
  const cos = Math.cos(frame.angle);
  const sin = Math.sin(frame.angle);
  return [frame.center[0] + x * cos + y * sin, frame.center[1] - x * sin + y * cos];
}

/** Points given in a frame's own axes, placed in the drawing. */
const placeAll = (frame: Frame, points: readonly Point[]): Point[] => points.map(([x, y]) => place(frame, x, y));

// ---------------------------------------------------------------------------------------------
// The spine view: the whole spine from the side

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
  /** The part of the drawing that reacts to pointer and shows the focus ring. */
  readonly hit: string;
  /** Where the label (C1 …) ends, just in front of the body. */
  readonly labelAt: Point;
}

export interface DiscShape {
  readonly level: string;
  readonly path: string;
  /** Mean height of the disc (front and back). */
  readonly height: number;
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
  readonly cord: string;
  /** The nerve fibres that continue below the cord, down to the sacrum. */
  readonly cauda: readonly string[];
  /** The thoracic curve's amplitude (kyphosis): larger with osteoporosis. */
  readonly kyphosis: number;
  readonly prolapse?: { readonly level: string; readonly path: string; readonly nerveRoot: string };
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
/** Osteoporotic vertebrae that lose height at the front, increasing the curve of the upper back. */
const WEDGED = new Set(['T6', 'T7', 'T8']);

/**
 * The whole spine from the side: 24 vertebrae growing larger downwards, 23 discs, the sacrum,
 * the natural curves (cervical lordosis, thoracic kyphosis, lumbar lordosis), the canal with the
 * cord, and region brackets. `condition` changes the drawing as the brochure describes.
 */
export function spineLayout(condition: ConditionId = 'none', prolapseLevel = DEFAULT_PROLAPSE_LEVEL): SpineLayout {
  // 1. Stack the vertebrae and discs along y (`disc`: the gap below each vertebra).
  let y = SPINE_TOP;
  const stacked = VERTEBRAE.map((vertebra, index) => {
    const size = vertebraSize(vertebra, condition);
    const top = y;
    const disc = index ? discHeight(vertebra, condition) : 3; // C1 rests on C2 without a disc
    y += size.height + disc;
    return { vertebra, size, top, disc };
  });
  const sacrumTop = y;

  // Each region spans from the top of its first body to the bottom of its last; its curve runs on
  // to the middle of the disc below (the lumbar curve down to the sacrum).
  const spans = {} as Record<SpineRegion, { top: number; bottom: number; end: number }>;
  for (const { vertebra, size, top, disc } of stacked) {
    if (!(vertebra.region in spans)) spans[vertebra.region] = { top, bottom: 0, end: 0 };
    const span = spans[vertebra.region];
    span.bottom = top + size.height;
    span.end = span.bottom + disc / 2;
  }
  spans.lumbar.end = sacrumTop;

  // 2. The curves: one half sine wave per region, forwards in the neck and the low back, backwards
  //    in the chest. Osteoporosis deepens the thoracic curve (section 3).
  const kyphosis = condition === 'osteoporosis' ? 32 : 20;
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

  // 3. Shift everything right so the labels and brackets fit in front, then draw each vertebra in its frame.
  const shift =
    BRACKET_X + 8 + LABEL_ROOM - Math.min(...curved.map((entry) => place(entry, -entry.size.depth / 2, 0)[0]));
  const placed = curved.map((entry) => ({ ...entry, center: [entry.center[0] + shift, entry.center[1]] as Point }));
  type Placed = (typeof placed)[number];

  const vertebrae: VertebraShape[] = placed.map((frame) => {
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
    const hit = roundedPath(
      placeAll(frame, [
        [-d / 2 - LABEL_ROOM, -h / 2],
        [d / 2, -h / 2],
        [d / 2, h / 2],
        [-d / 2 - LABEL_ROOM, h / 2],
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
  });

  // 4. The sacrum, tilted further back than L5 so the L5–S1 disc is wedge-shaped.
  const first = placed[0] as Placed;
  const l5 = placed[placed.length - 1] as Placed;
  const sacrumFrame: Frame = { center: place(l5, 0, l5.size.height / 2 + l5.disc), angle: l5.angle + SACRUM_TILT };
  const sd = l5.size.depth;
  const sacrumOutline = placeAll(sacrumFrame, [
    [-sd / 2, 0],
    [sd / 2, 0],
    [sd / 2 + 16, -4],
    [sd / 2 + 21, 8],
    [sd / 2 + 8, 48],
    [16, 90],
    [6, 98],
    [-3, 92],
    [-sd / 2 + 22, 50],
    [-sd / 2 + 7, 20],
  ]);

  // 5. Discs: each joins the lower corners of one body to the upper corners of the next (or the
  //    sacrum), bulging a little at the front and the back.
  const corners = (frame: Frame, depth: number, along: number): Point[] => [
    place(frame, -depth / 2, along),
    place(frame, depth / 2, along),
  ];
  const discs: DiscShape[] = DISC_LEVELS.map((level, index) => {
    const upper = placed[index + 1] as Placed;
    const lower = placed[index + 2];
    const [upperFront, upperBack] = corners(upper, upper.size.depth, upper.size.height / 2) as [Point, Point];
    const [lowerFront, lowerBack] = (
      lower ? corners(lower, lower.size.depth, -lower.size.height / 2) : corners(sacrumFrame, sd, 0)
    ) as [Point, Point];
    const frontMiddle = mix(upperFront, lowerFront, 0.5);
    const backMiddle = mix(upperBack, lowerBack, 0.5);
    return {
      level,
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

  // 6. The canal: a band behind the bodies, its width following each vertebra's canal, from above
  //    C1 into the sacrum. `across` gives a line's distance behind the bodies from the canal's width.
  const canalLine = (across: (canal: number) => number, frames: readonly Placed[] = placed): Point[] =>
    frames.flatMap((frame) =>
      [-1, 1].map((side) =>
        place(frame, frame.size.depth / 2 + across(frame.size.canal), (side * frame.size.height) / 2),
      ),
    );
  const aboveC1 = (across: (canal: number) => number, gap: number): Point =>
    place(first, first.size.depth / 2 + across(first.size.canal), -first.size.height / 2 - SPINE_TOP + gap);
  const sacralCanal = (x: number): Point => place(sacrumFrame, sd / 2 + x, 26);
  const front = (): number => 1;
  const back = (canal: number): number => canal - 1;
  const middle = (canal: number): number => canal / 2;
  const canalFront = [aboveC1(front, 2), ...canalLine(front), sacralCanal(2)];
  const canalBack = [aboveC1(back, 2), ...canalLine(back), sacralCanal(12)];
  const canal = `${smoothPath(canalFront)}L${smoothPath(canalBack.reverse()).slice(1)}Z`;

  // The cord ends at about the L1–L2 disc; below it the nerve roots run on to the sacrum.
  const l1 = VERTEBRAE.findIndex((vertebra) => vertebra.label === 'L1');
  const cord = smoothPath([aboveC1(middle, 1), ...canalLine(middle, placed.slice(0, l1 + 1))]);
  const cauda = [-0.25, 0, 0.25].map((share) =>
    smoothPath([
      ...canalLine((width) => middle(width) + share * (width - 2), placed.slice(l1)),
      sacralCanal(7 + share * 8),
    ]),
  );

  // 7. Region brackets in front of the labels.
  const regions: RegionShape[] = REGIONS.map((region) => {
    const { top, bottom } = spans[region];
    return {
      id: region,
      bracket: `M${BRACKET_X + 6} ${round(top)}H${BRACKET_X}V${round(bottom)}H${BRACKET_X + 6}`,
      labelAt: [BRACKET_X - 10, round((top + bottom) / 2)],
      hit: { x: 0, y: round(top), width: BRACKET_X + 8, height: round(bottom - top) },
    };
  });

  // 8. A prolapse: the back of one lumbar disc bulges into the canal and presses on a nerve root.
  let prolapse: SpineLayout['prolapse'];
  if (condition === 'prolapse' && isLumbarLevel(prolapseLevel)) {
    // Drawn in the upper vertebra's frame: a rounded bulge from the back of the disc into the canal.
    const upperIndex = DISC_LEVELS.indexOf(prolapseLevel) + 1;
    const upper = placed[upperIndex] as Placed;
    const { height: h, depth: d, canal: c } = upper.size;
    const disc = upper.disc;
    const bulge = c * 0.7 + 2;
    const back = d / 2;
    // A nerve root runs down the canal; the bulge pushes it backwards.
    const lowerHeight = placed[upperIndex + 1]?.size.height ?? 24;
    prolapse = {
      level: prolapseLevel,
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
      nerveRoot: smoothPath(
        placeAll(upper, [
          [back + c * 0.45, -h * 0.1],
          [back + c * 0.4, h / 2 - 2],
          [back + bulge + 1.8, h / 2 + disc * 0.6],
          [back + c * 0.5, h / 2 + disc + lowerHeight * 0.45],
          [back + c * 0.3, h / 2 + disc + lowerHeight * 0.9],
        ]),
      ),
    };
  }

  // The drawing reaches from the labels to the tips of the spinous processes (with room to spare) and down to the sacrum.
  const rightmost = Math.max(
    ...placed.map((frame) => place(frame, frame.size.depth / 2 + frame.size.canal + 8 + frame.size.spine, 0)[0]),
    ...sacrumOutline.map((point) => point[0]),
  );
  const lowest = Math.max(...sacrumOutline.map((point) => point[1]));

  return {
    width: Math.ceil(rightmost + 10),
    height: Math.ceil(lowest + 10),
    vertebrae,
    discs,
    regions,
    sacrum: { path: roundedPath(sacrumOutline, 8), labelAt: place(sacrumFrame, -sd / 2 - 4, 20) },
    canal,
    cord,
    cauda,
    kyphosis,
    prolapse,
  };
}

// ---------------------------------------------------------------------------------------------
// The explorable parts, in keyboard order

/**
 * The parts of a view in keyboard order, which is also their order in the document (what a
 * screen reader reads) and their painting order (later parts lie on top).
 *
 * Spine view: down the spine, each region before its vertebrae and discs, then the sacrum, the
 * cord (its canal lies between the bones, so painting it late covers nothing but the sacral
 * canal), and with a prolapse its nerve root and the bulge that presses on it.
 * Segment view: the cord (behind everything), each vertebra with its spinous process, the disc,
 * the nerve-root canal, the facet joint, a prolapse, and the nerve root on top.
 */
export function diagramParts(
  view: SpineView,
  condition: ConditionId,
  prolapseLevel = DEFAULT_PROLAPSE_LEVEL,
): DiagramPart[] {
  const prolapse = condition === 'prolapse';
  if (view === 'segment') {
    const [upper, lower] = SEGMENT_VERTEBRAE;
    const level = SEGMENT_LEVEL;
    return [
      part('spinal-cord'),
      part('vertebra', { vertebra: upper }),
      part('spinous-process', { vertebra: upper }),
      part('vertebra', { vertebra: lower }),
      part('spinous-process', { vertebra: lower }),
      part('disc', { level }),
      part('nerve-root-canal', { level }),
      part('facet-joint', { level }),
      ...(prolapse ? [part('prolapse', { level })] : []),
      part('nerve-root', { vertebra: upper }),
    ];
  }
  const parts: DiagramPart[] = [];
  for (const vertebra of VERTEBRAE) {
    if (vertebra.number === 1) parts.push({ key: `region:${vertebra.region}`, structure: vertebra.region });
    parts.push(part('vertebra', { vertebra: vertebra.label }));
    const level = DISC_LEVELS.find((candidate) => candidate.startsWith(`${vertebra.label}-`));
    if (level) parts.push(part('disc', { level }));
  }
  parts.push(part('sacrum'), part('spinal-cord'));
  if (prolapse && isLumbarLevel(prolapseLevel)) {
    parts.push(part('nerve-root', { level: prolapseLevel }), part('prolapse', { level: prolapseLevel }));
  }
  return parts;
}

/** A part of a structure, keyed by the structure and the vertebra or disc level it belongs to: `disc:L4-L5`. */
function part(structure: DiagramStructure, of: { vertebra?: string; level?: string } = {}): DiagramPart {
  const owner = of.vertebra ?? of.level;
  return { key: owner ? `${structure}:${owner}` : structure, structure, ...of };
}

/** True for a lumbar disc level (`L1-L2` … `L5-S1`), where the spine view can draw a prolapse. */
export function isLumbarLevel(level: string): boolean {
  return level.startsWith('L') && DISC_LEVELS.includes(level);
}
