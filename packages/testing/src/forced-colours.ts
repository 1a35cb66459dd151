/**
 * Forced colours (Windows contrast themes) in both palettes, and what a reader can see of a state
 * there: a highlighted or chosen thing must differ from a plain one by a system colour, or by a
 * border or outline that is drawn, not by a tint the palette takes away.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, resetMedia } from './index.js';

/** Contrast themes come light (black on white) and dark (white on black): a state must show in both. */
const FORCED_PALETTES = ['light', 'dark'] as const;
type ForcedPalette = (typeof FORCED_PALETTES)[number];

/**
 * Emulates forced colours with a light or dark palette. Resolves to false where the browser cannot
 * (Firefox has no such emulation), so the test can skip. Call `resetMedia()` afterwards.
 */
function emulateForcedColours(palette: ForcedPalette): Promise<boolean> {
  return emulateMedia([
    { name: 'forced-colors', value: 'active' },
    { name: 'prefers-color-scheme', value: palette },
  ]);
}

/** A CSS colour (a system colour keyword such as `Highlight`) as the page computes it. */
function systemColour(keyword: string): string {
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
function expectVisiblyDifferent(plain: Element, marked: Element, label: string): void {
  const [before, after] = [appearance(plain), appearance(marked)];
  const differences = Object.keys(after).filter((key) => before[key] !== after[key]);
  expect(differences, `${label}: looks the same as the plain state (${JSON.stringify(after)})`).not.to.be.empty;
}

/** A state to check: what it is, an element in the plain state and one in the marked state. */
export type MarkedState = readonly [label: string, plain: Element, marked: Element];

/**
 * One test per forced-colours palette: `render` sets the widgets up (before the emulation, as a
 * page is when its reader switches palette) and names the states; each marked element must differ
 * visibly from its plain one. Skipped where the browser cannot emulate forced colours (Firefox).
 */
export function itShowsStatesInForcedColours(title: string, render: () => Promise<MarkedState[]>): void {
  for (const palette of FORCED_PALETTES) {
    it(`${title} (${palette} palette)`, async function () {
      const states = await render();
      try {
        if (!(await emulateForcedColours(palette))) this.skip();
        for (const [label, plain, marked] of states) expectVisiblyDifferent(plain, marked, label);
      } finally {
        await resetMedia();
      }
    });
  }
}

/** The element a selector finds in a widget's shadow root; fails the test when there is none. */
export function inShadow(element: Element, selector: string): Element {
  const found = element.shadowRoot?.querySelector(selector);
  if (!found) throw new Error(`<${element.localName}> has nothing that matches ${selector}`);
  return found;
}
