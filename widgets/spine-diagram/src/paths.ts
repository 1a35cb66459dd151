/**
 * The SVG path maths both views of <rygg-spine-diagram> draw with: rounding, interpolation,
 * rounded polygons, smooth curves and frames that follow the spine's curve. Pure functions of
 * numbers; no knowledge of anatomy.
 */

export type Point = readonly [x: number, y: number];

export const round = (value: number): number => Math.round(value * 10) / 10;
export const fmt = (point: Point): string => `${round(point[0])} ${round(point[1])}`;
export const lerp = (from: number, to: number, t: number): number => from + (to - from) * t;
export const mix = (a: Point, b: Point, t: number): Point => [lerp(a[0], b[0], t), lerp(a[1], b[1], t)];
export const distance = (a: Point, b: Point): number => Math.hypot(a[0] - b[0], a[1] - b[1]);
/** The point moved `amount` further away from `from`. */
export const away = (point: Point, from: Point, amount: number): Point =>
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
export interface Frame {
  readonly center: Point;
  /** Radians; 0 is straight down, positive leans the lower end backwards. */
  readonly angle: number;
}

/** A point given in a frame's own axes (x backwards, y down the spine) in drawing units. */
export function place(frame: Frame, x: number, y: number): Point {
  const cos = Math.cos(frame.angle);
  const sin = Math.sin(frame.angle);
  return [frame.center[0] + x * cos + y * sin, frame.center[1] - x * sin + y * cos];
}

/** Points given in a frame's own axes, placed in the drawing. */
export const placeAll = (frame: Frame, points: readonly Point[]): Point[] => points.map(([x, y]) => place(frame, x, y));
