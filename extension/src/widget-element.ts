import type { Audience, PatientLanguage, UiTheme } from './settings/settings.js';
import type { WidgetEntry } from './widgets.js';

/** What the extension needs of a widget: every Ryggrad widget is a RyggElement. */
export interface WidgetElement extends HTMLElement {
  /** Resolves once the widget has loaded its content and rendered. */
  readonly updateComplete: Promise<boolean>;
  /** The widget's content or result as plain text, in its language. */
  toPlainText(): string;
}

export interface WidgetOptions {
  language: PatientLanguage;
  audience: Audience;
  theme: UiTheme;
}

/** The attributes a widget gets for the given options: only the ones that widget understands. */
export function widgetAttributes(entry: WidgetEntry, options: WidgetOptions): Record<string, string> {
  const attributes: Record<string, string> = { lang: options.language, theme: options.theme };
  if (entry.takesAudience) attributes.audience = options.audience;
  return attributes;
}

/** Sets the attributes that differ, so an unchanged widget does not re-render. */
export function applyWidgetOptions(element: Element, entry: WidgetEntry, options: WidgetOptions): void {
  for (const [name, value] of Object.entries(widgetAttributes(entry, options))) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}

function isWidgetElement(element: Element): element is WidgetElement {
  return typeof (element as Partial<WidgetElement>).toPlainText === 'function' && 'updateComplete' in element;
}

/** Loads a widget's code (its own chunk) and creates the element with the given options. */
export async function createWidget(entry: WidgetEntry, options: WidgetOptions): Promise<WidgetElement> {
  await entry.load();
  if (!customElements.get(entry.tag)) throw new Error(`<${entry.tag}> was not registered by its module`);
  const element = document.createElement(entry.tag);
  if (!isWidgetElement(element)) throw new Error(`<${entry.tag}> is not a Ryggrad widget`);
  applyWidgetOptions(element, entry, options);
  return element;
}
