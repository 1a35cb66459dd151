/**
 * The copy-paste snippet beside each live demo: the one script tag and the element with the
 * attributes the reader chose. Pure, so it is tested without a page.
 */
import { VERSION } from '@ryggrad/core';

/** The loader of this release on jsDelivr (the npm package's cdn/ folder); a site may serve its own copy. */
export const CDN_EXAMPLE_URL = `https://cdn.jsdelivr.net/npm/ryggrad@${VERSION}/cdn/ryggrad.js`;

/** The one tag a page needs. */
export const SCRIPT_TAG = `<script type="module" src="${CDN_EXAMPLE_URL}"></script>`;

/** Longer tags are written one attribute per line. */
const MAX_LINE = 80;

/** Escapes an attribute value for double quotes in HTML. */
export function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * `<rygg-x lang="en" audience="clinician"></rygg-x>` (one attribute per line when longer than
 * 80 characters). Attributes keep the order given; a `true`
 * value is written as a boolean attribute; `false`, null and '' leave the attribute out.
 */
export function elementSnippet(
  tagName: string,
  attributes: readonly (readonly [string, string | boolean | null])[],
): string {
  const written = attributes
    .filter(([, value]) => value !== false && value !== null && value !== '')
    .map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(String(value))}"`));
  const oneLine = `<${tagName}${written.map((attribute) => ` ${attribute}`).join('')}></${tagName}>`;
  if (oneLine.length <= MAX_LINE) return oneLine;
  // A long tag reads better with one attribute per line.
  return `<${tagName}\n${written.map((attribute) => `  ${attribute}\n`).join('')}></${tagName}>`;
}

/** The full snippet: the script tag once, then the element. */
export function pageSnippet(
  tagName: string,
  attributes: readonly (readonly [string, string | boolean | null])[],
): string {
  return `${SCRIPT_TAG}\n\n${elementSnippet(tagName, attributes)}`;
}
