// The screenshot sheet (docs/screenshots.html): every widget in every mode at every width. The
// pictures are taken by scripts/screenshots.mjs (`npm run screenshots`) and committed; the page
// itself is written from the same lists when the docs are built or served, from the page's
// `<!-- rygg:screenshots -->` marker (page-shell.mjs).
import { WIDGET_TAGS } from '../../scripts/widget-tags.mjs';

/** What each picture shows, and how the host page asks for it. */
export const MODES = [
  { id: 'light', label: 'Light theme', theme: 'light', forcedColors: false },
  { id: 'dark', label: 'Dark theme', theme: 'dark', forcedColors: false },
  { id: 'forced', label: 'Forced colours', theme: 'light', forcedColors: true },
];
export const WIDTHS = [360, 1280];

/** The file name of one picture, relative to docs/. */
export const screenshotFile = (tag, mode, width) => `screenshots/${tag}-${mode}-${width}.webp`;

/** One section per widget, a figure per mode and width, each with a text alternative. */
export function screenshotSheet() {
  return WIDGET_TAGS.map((tag) => {
    const figures = MODES.flatMap((mode) =>
      WIDTHS.map(
        (width) => `  <figure class="screenshot">
    <img src="./${screenshotFile(tag, mode.id, width)}" alt="&lt;${tag}&gt;, ${mode.label.toLowerCase()}, ${width} px wide" loading="lazy" />
    <figcaption>${mode.label}, ${width} px</figcaption>
  </figure>`,
      ),
    );
    return `<h2 id="${tag}"><code>&lt;${tag}&gt;</code></h2>\n<div class="screenshot-grid">\n${figures.join('\n')}\n</div>`;
  }).join('\n');
}
