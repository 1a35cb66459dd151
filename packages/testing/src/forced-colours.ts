/**
 * Forced colours (Windows contrast themes) in both palettes, and what a reader can see of a state
 * there: a highlighted or chosen thing must differ from a plain one by a system colour, or by a
 * border or outline that is drawn, not by a tint the palette takes away.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from './index.js';

/** Contrast themes come light (black on white) and dark (white on black): a state must show in both. */
export const FORCED_PALETTES = ['light', 'dark'] as const;
type ForcedPalette = (typeof FORCED_PALETTES)[number];

/**
 * Emulates forced colours with a light or dark palette. Resolves to false where the browser cannot
 * (Firefox has no such emulation), so the test can skip. Call `resetMedia()` afterwards.
 */
export function emulateForcedColours(palette: ForcedPalette): Promise<boolean> {
  return emulateMedia([
    { name: 'forced-colors', value: 'active' },
    { name: 'prefers-color-scheme', value: palette },
  ]);
}

/** A CSS colour (a system colour keyword such as `Highlight`) as the page computes it. */
export function systemColour(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed;
}

function isTransparent(colour: string): boolean {
  return colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);
}

/** The colour painted behind an element: its own background, or the nearest one behind it (across shadow roots). */
function paintedBehind(node: Element): string {
  for (let at: Element | null = node; at;) {
    const colour = getComputedStyle(at).backgroundColor;
    if (!isTransparent(colour)) return colour;
    const root = at.getRootNode();
    at = at.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return systemColour('Canvas');
}

/**
 * What shows of an element on screen: its text colour, the colour behind it, and each border,
 * its outline and (for SVG shapes) its fill and stroke — a line only when it is drawn and differs
 * from the colour behind it.
 */
function appearance(node: Element): Record<string, string> {
  const style = getComputedStyle(node);
  const behind = paintedBehind(node);
  const line = (width: string, kind: string, colour: string): string =>
    parseFloat(width) > 0 && kind !== 'none' && kind !== 'hidden' && colour !== behind
      ? `${width} ${kind} ${colour}`
      : 'none';
  const seen: Record<string, string> = { color: style.color, background: behind };
  for (const side of ['top', 'right', 'bottom', 'left']) {
    seen[`border-${side}`] = line(
      style.getPropertyValue(`border-${side}-width`),
      style.getPropertyValue(`border-${side}-style`),
      style.getPropertyValue(`border-${side}-color`),
    );
  }
  seen.outline = line(style.outlineWidth, style.outlineStyle, style.outlineColor);
  if (node instanceof SVGElement) {
    seen.fill = style.fill;
    const dashes = style.strokeDasharray === 'none' ? 'solid' : `dashed ${style.strokeDasharray}`;
    seen.stroke = line(style.strokeWidth, style.stroke === 'none' ? 'none' : dashes, style.stroke);
  }
  return seen;
}

/**
 * Fails unless the marked element (highlighted, chosen, ticked) looks different from the plain one:
 * another colour, or a border, outline, fill or stroke the plain one does not have.
 */
export function expectVisiblyDifferent(plain: Element, marked: Element, label: string): void {
  const [before, after] = [appearance(plain), appearance(marked)];
  const differences = Object.keys(after).filter((key) => before[key] !== after[key]);
  expect(differences, `${label}: looks the same as the plain state (${JSON.stringify(after)})`).not.to.be.empty;
}
