import { AUDIENCES, PATIENT_LANGUAGES, type Audience, type PatientLanguage } from '../settings/settings.js';
import { widgetById, type WidgetId } from '../widgets.js';

/** What the "Show to patient" tab shows: which widget, in which language, for whom. */
export interface ShowParams {
  widget: WidgetId;
  language: PatientLanguage;
  audience: Audience;
}

/** The path of the show page for these parameters (relative to the extension root). */
export function showPagePath({ widget, language, audience }: ShowParams): string {
  return `show.html?${new URLSearchParams({ widget, lang: language, audience }).toString()}`;
}

/**
 * Reads the show page's query string. Unknown or missing values are left out, so the page falls
 * back to the settings; it never trusts the URL beyond these three known lists.
 */
export function parseShowParams(search: string): Partial<ShowParams> {
  const params = new URLSearchParams(search);
  const result: Partial<ShowParams> = {};
  const widget = widgetById(params.get('widget'));
  if (widget) result.widget = widget.id;
  const language = params.get('lang');
  if ((PATIENT_LANGUAGES as readonly string[]).includes(language ?? '')) result.language = language as PatientLanguage;
  const audience = params.get('audience');
  if ((AUDIENCES as readonly string[]).includes(audience ?? '')) result.audience = audience as Audience;
  return result;
}
