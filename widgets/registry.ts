/**
 * Every Ryggrad widget, once: the single list the CDN loader, the docs site, the browser
 * extension and the package checks read (widgets/README.md, "Adding a widget"). Adding a widget
 * is one entry here plus its folder `widgets/<folder>/`.
 *
 * Data only: importing this module runs nothing and imports no widget. Each `load` is a literal
 * dynamic `import()`, so bundlers give every widget its own chunk (named from the folder,
 * `widget-<folder>.js`) and a page downloads only the widgets it shows.
 */
export interface WidgetRegistration {
  /**
   * The custom element's tag, `rygg-<folder>`: the widget's folder under widgets/ is the package
   * entry's name (`ryggrad/<folder>.js`) and the CDN chunk's, and its class is `Rygg<Folder>`
   * (`RyggRedFlagChecklist`). Only the loader's data travels with it to every page.
   */
  readonly tag: string;
  /** Registers the element under `tag` (imports its define module). */
  readonly load: () => Promise<unknown>;
}

export const WIDGET_REGISTRY: readonly WidgetRegistration[] = [
  {
    tag: 'rygg-red-flag-checklist',
    load: () => import('./red-flag-checklist/src/define.js'),
  },
  {
    tag: 'rygg-spine-diagram',
    load: () => import('./spine-diagram/src/define.js'),
  },
  {
    tag: 'rygg-activity-advice',
    load: () => import('./activity-advice/src/define.js'),
  },
  {
    tag: 'rygg-return-to-work',
    load: () => import('./return-to-work/src/define.js'),
  },
  {
    tag: 'rygg-care-options',
    load: () => import('./care-options/src/define.js'),
  },
  {
    tag: 'rygg-back-facts',
    load: () => import('./back-facts/src/define.js'),
  },
];

/**
 * Space kept while a widget's code and content load, so the page does not jump: the
 * `--rygg-<token>-reserved-height` token and its defaults in a 720 px column and below 600 px
 * (what the widget measures there; the themes' `:not(:defined)` recipe and the widget agree).
 * Apart from the list above because the loader never reads it (the themes and the widgets' styles
 * hold these heights; the package checks compare them), so it does not travel to every page.
 */
export interface ReservedHeight {
  readonly token: string;
  readonly wide: string;
  readonly narrow: string;
}

/** Each registered tag's reserved height. */
export const RESERVED_HEIGHTS: Readonly<Record<string, ReservedHeight>> = {
  'rygg-red-flag-checklist': { token: 'checklist', wide: '58em', narrow: '82em' },
  'rygg-spine-diagram': { token: 'spine', wide: '92em', narrow: '120em' },
  'rygg-activity-advice': { token: 'advice', wide: '74em', narrow: '104em' },
  'rygg-return-to-work': { token: 'work', wide: '40em', narrow: '66em' },
  'rygg-care-options': { token: 'care', wide: '204em', narrow: '334em' },
  'rygg-back-facts': { token: 'facts', wide: '97em', narrow: '148em' },
};

/**
 * A part a widget loads only when its configuration shows it (a clinician's wording, a result card,
 * a close-up): `when` is the CSS selector a tag matches then, `loads` what the part is made of, each
 * a content loader of @ryggrad/content (`loadRedFlagsClinician`) or a view module of the widget's
 * own folder (`result-view`).
 */
export interface ConfiguredPart {
  readonly when: string;
  readonly loads: readonly string[];
}

/**
 * Each tag's configured parts. The CDN build writes them into the loader's chunk graph, so when a
 * tag's attributes ask for a part, the loader starts it with the widget's code instead of the
 * widget asking for it one round trip later. Build data, like the heights above: a part missing
 * here still loads, later. The build fails on a name it cannot find.
 */
export const CONFIGURED_PARTS: Readonly<Record<string, readonly ConfiguredPart[]>> = {
  'rygg-red-flag-checklist': [
    { when: '[audience=clinician i]', loads: ['loadRedFlagsClinician'] },
    // Answers set by the page: the result shows at once.
    { when: '[flags]:not([flags=""])', loads: ['result-view', 'loadRedFlagsResult'] },
  ],
  'rygg-spine-diagram': [{ when: '[view=segment i]', loads: ['segment-view'] }],
  'rygg-activity-advice': [{ when: '[variant=long-lasting i]', loads: ['loadActivityLongLasting'] }],
  'rygg-return-to-work': [{ when: '[checklist]', loads: ['form-view'] }],
};

/** The registration of `tag`, or undefined when it is not a Ryggrad widget. */
export function registrationOf(tag: string): WidgetRegistration | undefined {
  return WIDGET_REGISTRY.find((widget) => widget.tag === tag);
}
