import { INTL_LOCALES, type Locale } from './locale.js';

/**
 * Helpers for `toPlainText()`: every widget's text for a journal note or an e-mail is built from
 * the same few shapes, so they read alike.
 */

/** A heading line followed by an underline of the same length, as plain-text mail reads well. */
export function plainHeading(text: string, underline = '='): string {
  return `${text}\n${underline.repeat(Math.max(3, [...new Intl.Segmenter().segment(text)].length))}`;
}

/** A bulleted list, one item a line. */
export function plainList(items: readonly string[], bullet = '- '): string {
  return items.map((item) => `${bullet}${item}`).join('\n');
}

/** Blocks separated by one blank line; empty blocks are dropped. */
export function plainBlocks(blocks: readonly (string | undefined | false)[]): string {
  return blocks.filter((block): block is string => typeof block === 'string' && block.trim() !== '').join('\n\n');
}

/** A date written out in the widget's language, e.g. "26. november 2026" / "26 November 2026". */
export function plainDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat([...INTL_LOCALES[locale]], { day: 'numeric', month: 'long', year: 'numeric' }).format(
    date,
  );
}
