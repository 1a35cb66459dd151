export { RyggElement } from './ryggrad-element.js';
export { preload, preloaded, remember, type ContentLoader } from './preloaded.js';
export { onServer } from './server.js';
export { defineElement, type DefineOutcome } from './define.js';
export {
  INTL_LOCALES,
  UNTAGGED_LOCALE,
  normaliseLocale,
  inheritedLanguageTag,
  localeOf,
  type Locale,
  type NormalisedLocale,
} from './locale.js';
export { pickAllowed, pickInteger } from './attributes.js';
export {
  THEMES,
  TOKEN_DEFAULTS,
  tokenStyles,
  baseStyles,
  widgetStyles,
  type ReservedHeight,
  type Theme,
} from './theme.js';
export { OnceLog, ryggWarn, ryggError } from './warnings.js';
export { VERSION } from './version.js';
export { AUDIENCES, type Audience } from './audience.js';
export { errorMessage } from './warnings.js';
export { LOAD_FAILED } from './messages.js';
export { headingTemplate, subLevel, type HeadingLevel } from './heading.js';
export { plainHeading, plainList, plainBlocks, plainDate } from './plain-text.js';
export { leafletWidgetStyles } from './leaflet-styles.js';
export { TOKEN_SIZES } from './tokens.js';
export { leafletSection, leafletTemplate, lineList, type LeafletFrame, type LeafletLine } from './leaflet.js';
