import { html, nothing, type TemplateResult } from 'lit';
import { headingTemplate, type HeadingLevel } from './heading.js';

/** One line as the reader sees it: its id (the same in every locale) and its words. */
export interface LeafletLine {
  readonly id: string;
  readonly text: string;
}

/** What frames every leaflet's body (`leafletTemplate`). */
export interface LeafletFrame {
  readonly title: string;
  /** Who this version is written for, shown under the title; none when the widget has one audience. */
  readonly audienceLabel?: string;
  /** "Source: <brochure> (FORMI, 2007), sections …" in the content's language. */
  readonly source: string;
}

/**
 * A leaflet (styled by `leafletStyles`): the title at `level` (`part="title"`), the audience
 * line when there is one, the body, and the source line (`part="source"`).
 */
export function leafletTemplate(level: HeadingLevel, frame: LeafletFrame, body: unknown): TemplateResult {
  return html`
    ${headingTemplate(level, frame.title, 'leaflet-title', '', 'title')}
    ${frame.audienceLabel === undefined ? nothing : html`<p class="audience-label">${frame.audienceLabel}</p>`} ${body}
    <p class="source" part="source">${frame.source}</p>
  `;
}

/** A list of lines, each item naming its line in `data-item`. */
export function lineList(lines: readonly LeafletLine[]): TemplateResult {
  return html`<ul>
    ${lines.map((line) => html`<li data-item=${line.id}>${line.text}</li>`)}
  </ul>`;
}

/** One section of a leaflet (`part="section"`): its heading at `level` and its lines; `id` goes in `data-section`. */
export function leafletSection(
  level: HeadingLevel,
  heading: string,
  lines: readonly LeafletLine[],
  id?: string,
): TemplateResult {
  return html`<section class="leaflet-section" part="section" data-section=${id ?? nothing}>
    ${headingTemplate(level, heading)} ${lineList(lines)}
  </section>`;
}
