import { SECTION_NUMBERS } from './source.js';
import type { SectionNumber } from './source.js';
import type { CommonStrings, SourcedText } from './types/common.js';
import { CONTENT_VERSION } from './version.js';

/** "Innholdsversjon 2026.3": which signed-off wording the reader sees. */
export function contentVersionText(common: CommonStrings): string {
  return `${common.source.contentVersion} ${CONTENT_VERSION}`;
}

/**
 * The source line under a piece of content, with the content version, e.g.
 * "Kilde: <the brochure's title> (FORMI, 2007), avsnitt 6. Innholdsversjon 2026.3" or
 * "Source: … (FORMI, 2007), sections 5, 7. Content version 2026.3". Sections are sorted and deduplicated.
 */
export function sourceLine(common: CommonStrings, sections: SectionNumber | readonly SectionNumber[] = []): string {
  const list = (typeof sections === 'number' ? [sections] : [...sections])
    .filter((n, i, all) => all.indexOf(n) === i)
    .sort((a, b) => SECTION_NUMBERS.indexOf(a) - SECTION_NUMBERS.indexOf(b));
  const { source } = common;
  const base = `${source.label}: ${source.titleInLocale} (${source.publisherShort}, ${source.year})`;
  const version = contentVersionText(common);
  if (list.length === 0) return `${base}. ${version}`;
  const word = list.length === 1 ? source.section : source.sections;
  return `${base}, ${word} ${list.join(', ')}. ${version}`;
}

/** An item in its reader's words: the short professional wording for clinicians where there is one. */
export function wordingFor(item: SourcedText, audience: 'patient' | 'clinician'): string {
  return audience === 'clinician' ? (item.clinician ?? item.text) : item.text;
}
