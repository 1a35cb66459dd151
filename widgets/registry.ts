/**
 * Every Ryggrad widget, once: the single list the CDN loader, the docs site, the browser
 * extension and the package checks read (widgets/README.md, "Adding a widget"). Adding a widget
 * is one entry here plus its folder `widgets/<folder>/`.
 *
 * Data only: importing this module runs nothing and imports no widget. Each `load` is a literal
 * dynamic `import()`, so bundlers give every widget its own chunk (named from the folder,
 * `widget-<folder>-[hash].js`) and a page downloads only the widgets it shows.
 */
export interface WidgetRegistration {
  /**
   * The custom element's tag, `rygg-<folder>`: the widget's folder under widgets/ is the package
   * entry's name (`ryggrad/<folder>.js`) and the CDN chunk's, and its class is `Rygg<Folder>`
   * (`RyggRedFlagChecklist`). Only the loader's data travels with it to every page.
   */
  readonly tag: string;
  /**
   * Space kept while the widget's code and content load, so the page does not jump: the
   * `--rygg-<token>-reserved-height` token and its defaults in a 720 px column and below 600 px
   * (what the widget measures there; the themes' `:not(:defined)` recipe and the widget agree).
   */
  readonly reservedHeight: { readonly token: string; readonly wide: string; readonly narrow: string };
  /** Registers the element under `tag` (imports its define module). */
  readonly load: () => Promise<unknown>;
}

export const WIDGET_REGISTRY: readonly WidgetRegistration[] = [
  {
    tag: 'rygg-red-flag-checklist',
    reservedHeight: { token: 'checklist', wide: '58em', narrow: '82em' },
    load: () => import('./red-flag-checklist/src/define.js'),
  },
  {
    tag: 'rygg-spine-diagram',
    reservedHeight: { token: 'spine', wide: '92em', narrow: '120em' },
    load: () => import('./spine-diagram/src/define.js'),
  },
  {
    tag: 'rygg-activity-advice',
    reservedHeight: { token: 'advice', wide: '74em', narrow: '104em' },
    load: () => import('./activity-advice/src/define.js'),
  },
  {
    tag: 'rygg-return-to-work',
    reservedHeight: { token: 'work', wide: '40em', narrow: '66em' },
    load: () => import('./return-to-work/src/define.js'),
  },
  {
    tag: 'rygg-care-options',
    reservedHeight: { token: 'care', wide: '204em', narrow: '334em' },
    load: () => import('./care-options/src/define.js'),
  },
  {
    tag: 'rygg-back-facts',
    reservedHeight: { token: 'facts', wide: '97em', narrow: '148em' },
    load: () => import('./back-facts/src/define.js'),
  },
];

/** The registration of `tag`, or undefined when it is not a Ryggrad widget. */
export function registrationOf(tag: string): WidgetRegistration | undefined {
  return WIDGET_REGISTRY.find((widget) => widget.tag === tag);
}
