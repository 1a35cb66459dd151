// The extension's toolbar icons, rendered from the one Ryggrad brand mark (docs/favicon.svg, also
// the docs site's favicon). Chrome needs PNG (not SVG) for action icons; rendering them at build
// time keeps binary files out of the repository.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';

const BRAND_MARK = new URL('../../docs/favicon.svg', import.meta.url);

/** The icon sizes the manifests name. */
export const ICON_SIZES = [16, 32, 48, 128];

/** The brand mark as a PNG file, `size` pixels square. */
export function renderIcon(size) {
  const svg = readFileSync(BRAND_MARK, 'utf8');
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}
